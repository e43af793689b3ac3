using System.Text.Json;

namespace Gort.Tests.Cli;

/// <summary>gort footprint / slices / report in-process: the documented JSON shape, errors with caret and exit 2.</summary>
public class LabCommandTests
{
    [Fact]
    public void Footprint_Json_HasExactlyTheDocumentedShape()
    {
        var json = CliRunner.Json("footprint", "map[int64]int64", "--n", "1000", "--go", "1.22", "--json");
        Assert.Equal(["go", "type", "n", "bytes", "bytesPerEntry", "payloadBytes", "range", "parts"], json.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("1.22", json.GetProperty("go").GetString());
        Assert.Equal(1000, json.GetProperty("n").GetInt64());
        Assert.Equal(16000, json.GetProperty("payloadBytes").GetInt64());
        var range = json.GetProperty("range").EnumerateArray().Select(e => e.GetInt64()).ToArray();
        Assert.True(range[0] <= json.GetProperty("bytes").GetInt64() && json.GetProperty("bytes").GetInt64() <= range[1]);
        var parts = json.GetProperty("parts").EnumerateArray().ToList();
        Assert.All(parts, p => Assert.Equal(["what", "count", "bytes"], p.EnumerateObject().Select(x => x.Name).ToArray()));
        Assert.Equal(json.GetProperty("bytes").GetInt64(), parts.Sum(p => p.GetProperty("bytes").GetInt64()));

        // make(map[int64]int64, 1000) on 1.22 is 3 mallocs / 41032 B (oracle map_allocs); inserting 1000 keys adds only overflow.
        Assert.Contains(parts, p => p.GetProperty("bytes").GetInt64() == 40960 && p.GetProperty("count").GetDouble() == 284);
    }

    [Fact]
    public void Footprint_AllVersions_IsAnArrayAndFast()
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var (exit, output, error) = CliRunner.Run("footprint", "map[string]string", "--n", "10^9", "--go", "all", "--json");
        Assert.True(exit == 0, error);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(output).RootElement.ValueKind);
        Assert.Equal(11, JsonDocument.Parse(output).RootElement.GetArrayLength());
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(10), $"footprint for 11 versions at N = 10^9 took {sw.Elapsed}");
    }

    [Theory]
    [InlineData("footprint", "map[int]", "--n", "5")]
    [InlineData("footprint", "int", "--n", "5")]
    [InlineData("footprint", "[]int", "--n", "lots")]
    [InlineData("slices", "a := make([]int, 3, 8); b := a[1:")]
    [InlineData("slices", "a := make([]int, 3, 8); a := a[1:2]")]
    [InlineData("slices", "a := make([]int, 3, 8); b := a[1:9]")]
    public void BadInput_ExitsTwoWithAMessage(params string[] args)
    {
        var (exit, output, error) = CliRunner.Run(args);
        Assert.Equal(2, exit);
        Assert.StartsWith("gort: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal("", output);
    }

    [Fact]
    public void Slices_SyntaxError_ShowsACaretUnderTheColumn()
    {
        var (_, _, error) = CliRunner.Run("slices", "a := make([]int, 3, 8); b := a[1:5:");
        var lines = error.TrimEnd().Split('\n');
        Assert.Contains("column 36", lines[0], StringComparison.Ordinal);
        Assert.Equal(35, lines[^1].IndexOf('^', StringComparison.Ordinal));
    }

    [Fact]
    public void Slices_Json_ShowsAliasingAndReallocation()
    {
        var json = CliRunner.Json("slices", "a := make([]int, 3, 8); b := a[1:5]; c := append(b, 9); d := append(a[:8], 1)", "--json");
        var vars = json.GetProperty("variables").EnumerateArray().ToDictionary(v => v.GetProperty("name").GetString()!);
        Assert.Equal(vars["a"].GetProperty("array").GetInt32(), vars["c"].GetProperty("array").GetInt32()); // c still aliases a
        Assert.Equal(7, vars["b"].GetProperty("cap").GetInt32());
        Assert.Equal(16, vars["d"].GetProperty("cap").GetInt32());   // growslice from cap 8 doubles
        Assert.NotEqual(vars["a"].GetProperty("array").GetInt32(), vars["d"].GetProperty("array").GetInt32());
        Assert.Equal("9", json.GetProperty("arrays")[0].GetProperty("values")[5].GetString()); // c's append wrote into a's array
    }

    [Fact]
    public void Report_WritesASelfContainedFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gort-report-{Guid.NewGuid():N}.html");
        try
        {
            var (exit, _, error) = CliRunner.Run("report", "--out", path, "--go", "1.21,1.27");
            Assert.True(exit == 0, error);
            var html = File.ReadAllText(path);
            Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
            Assert.True(html.Split("class=\"gort-chart\"").Length - 1 >= 5);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
