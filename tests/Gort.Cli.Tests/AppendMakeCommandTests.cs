using System.Text.Json;
using Gort.Cli;

namespace Gort.Tests.Cli;

public class AppendMakeCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = GortApp.Run(args, output, error, interactive: false);
        return (code, output.ToString(), error.ToString());
    }

    private static JsonElement Json(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.True(code == 0, error);
        return JsonDocument.Parse(output).RootElement;
    }

    [Fact]
    public void Append_Int64_Go122_CapsAndExactJsonShape()
    {
        // Act
        var json = Json("append", "int64", "--count", "2000", "--go", "1.22", "--json");

        // Assert
        Assert.Equal(["go", "elem", "transitions", "caps", "mallocs", "totalAlloc"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("1.22", json.GetProperty("go").GetString());
        Assert.Equal(["type", "size", "align", "pointers"], json.GetProperty("elem").EnumerateObject().Select(p => p.Name));
        Assert.Equal([1L, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560], json.GetProperty("caps").EnumerateArray().Select(c => c.GetInt64()));
        Assert.Equal([512L, 512, 848], json.GetProperty("transitions")[10].EnumerateArray().Select(c => c.GetInt64()));
        Assert.Equal(14, json.GetProperty("mallocs").GetInt64());
        Assert.Equal(60032, json.GetProperty("totalAlloc").GetInt64()); // = oracle slice_allocs mode A, N = 2000
    }

    [Fact]
    public void Append_PointerElements_GoAll_128Before122_143After()
    {
        var json = Json("append", "*int", "--count", "200", "--go", "all", "--json");
        foreach (var v in json.EnumerateArray())
        {
            var minor = int.Parse(v.GetProperty("go").GetString()!["1.".Length..], System.Globalization.CultureInfo.InvariantCulture);
            var caps = v.GetProperty("caps").EnumerateArray().Select(c => c.GetInt64()).ToList();
            Assert.Contains(minor <= 21 ? 128L : 143L, caps);
            Assert.DoesNotContain(minor <= 21 ? 143L : 128L, caps);
        }

        Assert.Equal(11, json.GetArrayLength());
        var (code, text, _) = Run("append", "*int", "--count", "200", "--go", "all");
        Assert.Equal(0, code);
        Assert.Contains("143 *", text, StringComparison.Ordinal); // differs from 1.17, marked
    }

    [Fact]
    public void Append_EscapesFalse_Go125_UsesStackBufferFirst()
    {
        var json = Json("append", "int64", "--count", "100", "--go", "1.24,1.25", "--escapes", "false", "--json");
        Assert.Equal(1, json[0].GetProperty("caps")[0].GetInt64());
        Assert.Equal(4, json[1].GetProperty("caps")[0].GetInt64());
    }

    [Fact]
    public void Append_EscapesAtEnd_Go126_MatchesOracleModeB()
    {
        // oracle go1.27 slice_allocs mode B, N = 100: 5 mallocs, 1984 bytes.
        var json = Json("append", "int", "--count", "100", "--go", "1.26", "--escapes", "at-end-nocap", "--json");
        Assert.Equal((5L, 1984L), (json.GetProperty("mallocs").GetInt64(), json.GetProperty("totalAlloc").GetInt64()));
    }

    [Fact]
    public void Append_AddMode_JsonOfTheAppendAlone()
    {
        var json = Json("append", "int", "--len", "3", "--cap", "3", "--add", "7", "--json");
        Assert.Equal(["cap", "len", "mallocs", "totalAlloc"], json.EnumerateObject().Select(p => p.Name).Where(n => n != "go"));
        Assert.Equal((10L, 10L, 1L, 80L), (json.GetProperty("cap").GetInt64(), json.GetProperty("len").GetInt64(), json.GetProperty("mallocs").GetInt64(), json.GetProperty("totalAlloc").GetInt64()));
    }

    [Fact]
    public void Append_HumanTable_ShowsClassAndWaste()
    {
        var (code, text, _) = Run("append", "string", "--count", "100", "--go", "1.22");
        Assert.Equal(0, code);
        Assert.Contains("1,136", text, StringComparison.Ordinal); // 71 strings requested
        Assert.Contains("1,152", text, StringComparison.Ordinal); // charged: class 33
        Assert.Contains("total: 8 mallocs, 4,464 bytes", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "append", "int64" }, "give either --count")]
    [InlineData(new[] { "append", "int64", "--count", "-5" }, "--count: -5 is out of range")]
    [InlineData(new[] { "append", "int64", "--count", "3", "--escapes", "maybe" }, "--escapes")]
    [InlineData(new[] { "append", "int64", "--len", "5", "--cap", "2", "--add", "1" }, "need 0 <= len <= cap")]
    [InlineData(new[] { "append", "int64", "--count", "1", "--go", "1.99" }, "--go")]
    [InlineData(new[] { "append", "nosuch", "--count", "1" }, "undefined: nosuch")]
    [InlineData(new[] { "make", "[]int", "-1" }, "makeslice: len out of range")]
    [InlineData(new[] { "make", "[]int", "5", "3" }, "makeslice: cap out of range")]
    [InlineData(new[] { "make", "int", "5" }, "not a slice or map type")]
    [InlineData(new[] { "make", "[]int", "x" }, "is not an integer")]
    public void BadInput_OneLineOnStderr_Exit2(string[] args, string expected)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("gort: ", error, StringComparison.Ordinal);
        Assert.Contains(expected, error.Split('\n')[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Make_Slice_JsonWithAllocations()
    {
        var json = Json("make", "[]*int", "100", "128", "--go", "1.21,1.22", "--json");
        Assert.Equal(["go", "cap", "len", "mallocs", "totalAlloc", "allocations"], json[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(1024, json[0].GetProperty("totalAlloc").GetInt64()); // 1.21: class 1024
        Assert.Equal(1152, json[1].GetProperty("totalAlloc").GetInt64()); // 1.22: 1024 + 8 header → class 1152
        Assert.Equal(128, json[1].GetProperty("cap").GetInt64());
        Assert.Equal(1024, json[1].GetProperty("allocations")[0].GetProperty("size").GetInt64());
        var empty = Json("make", "[]int", "0", "--json");
        Assert.Equal(0, empty.GetProperty("mallocs").GetInt64());
        Assert.Equal(0, empty.GetProperty("allocations").GetArrayLength());
    }

    [Fact]
    public void Make_MapType_DispatchesToTheMapEngine()
    {
        // The anchor: make(map[int]int, 1000) on Go 1.22 = hmap + 5-page bucket array + mapextra.
        var json = CliRunner.Json("make", "map[int]int", "1000", "--go", "1.22", "--json");
        Assert.Equal(3, json.GetProperty("mallocs").GetInt32());
        Assert.Equal(41032, json.GetProperty("totalAlloc").GetInt64());
        Assert.Equal(8, json.GetProperty("B").GetInt32());
        Assert.Equal("classic", json.GetProperty("engine").GetString());
    }

    [Fact]
    public void Make_MapType_OnSwiss_ReportsTablesBesideAllocations()
    {
        // The anchor: make(map[int]int, 10000) on Go 1.24 = 34 mallocs, 295600 bytes, 16 tables of 1024.
        var json = CliRunner.Json("make", "map[int]int", "10000", "--go", "1.24", "--json");
        Assert.Equal("swiss", json.GetProperty("engine").GetString());
        Assert.Equal(34, json.GetProperty("mallocs").GetInt32());
        Assert.Equal(295600, json.GetProperty("totalAlloc").GetInt64());
        Assert.Equal(16, json.GetProperty("tables").GetInt32());
        Assert.Equal("1024x16", json.GetProperty("tableCapacityHist").GetString());
    }

    [Theory]
    [InlineData(new[] { "make", "map[int]int", "10", "20" }, "gort: make: a map takes one size argument (the hint), not a capacity")]
    [InlineData(new[] { "make", "[]int" }, "gort: make: make([]int) needs a length")]
    public void Make_MisusedSizes_AreOneLineErrors(string[] args, string expected)
    {
        var (code, _, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Equal(expected, error.Trim());
    }
}
