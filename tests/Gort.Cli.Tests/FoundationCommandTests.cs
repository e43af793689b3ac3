namespace Gort.Tests.Cli;

public class FoundationCommandTests
{
    [Fact]
    public void Alloc_1024PointerfulOnGo122_Charges1152()
    {
        var json = CliRunner.Json("alloc", "1024", "--pointers", "--go", "1.22", "--json");
        Assert.Equal(1152, json.GetProperty("charged").GetInt64());
        Assert.Equal(1144, json.GetProperty("usable").GetInt64());
        Assert.Equal("small", json.GetProperty("path").GetString());
        Assert.Equal(33, json.GetProperty("sizeClass").GetInt32());
        Assert.Equal(1, json.GetProperty("mallocs").GetInt32());
        Assert.True(json.GetProperty("pointers").GetBoolean());
        Assert.Equal(1024, json.GetProperty("size").GetInt64());
    }

    [Theory]
    [InlineData("0", "zero", 0)]
    [InlineData("7", "tiny", 16)]
    [InlineData("40000", "large", 40960)]
    public void Alloc_ReportsThePath(string size, string path, long charged)
    {
        var json = CliRunner.Json("alloc", size, "--json");
        Assert.Equal(path, json.GetProperty("path").GetString());
        Assert.Equal(charged, json.GetProperty("charged").GetInt64());
    }

    [Fact]
    public void Alloc_AllVersions_PrintsOneRowPerVersion()
    {
        var json = CliRunner.Json("alloc", "1024", "--pointers", "--go", "all", "--json");
        Assert.Equal(11, json.GetArrayLength());
        Assert.Equal(1024, json[4].GetProperty("charged").GetInt64()); // 1.21
        Assert.Equal(1152, json[5].GetProperty("charged").GetInt64()); // 1.22
    }

    [Theory]
    [InlineData(new[] { "alloc", "12x" }, "gort: bytes: \"12x\" is not a non-negative integer")]
    [InlineData(new[] { "alloc", "8", "--go", "1.99" }, "gort: --go: Go 1.99 is not modelled (supported: 1.17 to 1.27)")]
    [InlineData(new[] { "alloc", "8", "--go", "1.22", "--experiment", "noswissmap" }, "gort: --experiment: go 1.22 has no GOEXPERIMENT noswissmap (it applies to 1.24, 1.25)")]
    [InlineData(new[] { "alloc" }, "gort: Required argument 'bytes' missing for command: 'alloc'.")]
    [InlineData(new[] { "frobnicate" }, "gort: Unrecognized command or argument 'frobnicate'.")]
    public void BadInput_IsOneLineOnStderr_Exit2(string[] args, string expected)
    {
        var (exit, output, error) = CliRunner.Run(args);
        Assert.Equal(2, exit);
        Assert.Equal(expected, error.TrimEnd('\n', '\r'));
        Assert.DoesNotContain('\n', error.TrimEnd('\n', '\r'));
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public void Versions_ListsEveryProfileWithExperiments()
    {
        var json = CliRunner.Json("versions", "--json");
        var names = json.EnumerateArray().Select(e => e.GetProperty("go").GetString()).ToList();
        Assert.Contains("1.17", names);
        Assert.Contains("1.22+noallocheaders", names);
        Assert.Contains("1.24+noswissmap", names);
        Assert.Contains("1.25+noswissmap", names);
        Assert.Contains("1.27", names);
        Assert.Equal(14, names.Count);
    }

    [Fact]
    public void Tour_RunsAndEveryAnswerComesFromTheModel()
    {
        var json = CliRunner.Json("tour", "--json");
        var sections = json.GetProperty("sections");
        Assert.True(sections.GetArrayLength() >= 4);
        var headers = sections.EnumerateArray().First(s => s.GetProperty("id").GetString() == "malloc-headers");
        var row1024 = headers.GetProperty("rows").EnumerateArray().First(r => r[1].GetString() == "1,024");
        Assert.Equal("1,024", row1024[2].GetString());
        Assert.Equal("1,152", row1024[3].GetString());

        var (exit, text, _) = CliRunner.Run("tour");
        Assert.Equal(0, exit);
        Assert.Contains("How big is my struct?", text, StringComparison.Ordinal);
    }
}
