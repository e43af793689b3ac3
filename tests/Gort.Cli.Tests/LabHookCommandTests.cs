using System.IO.Compression;

namespace Gort.Tests.Cli;

/// <summary>The shared lab options on <c>append</c> and <c>map</c>: <c>--svg</c>, <c>--pprof</c>, <c>--gctrace</c>.</summary>
public sealed class LabHookCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gort-hooks-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Append_Svg_WritesTheCapGrowthChart()
    {
        var path = Path.Combine(_dir, "caps.svg");
        var json = CliRunner.Json("append", "*int", "--count", "200", "--go", "1.21,1.22", "--svg", path, "--json");
        Assert.Equal(2, json.GetArrayLength());
        var svg = File.ReadAllText(path);
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("<title>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Append_Pprof_WritesAGzippedProfileOfTheGrowsliceAllocations()
    {
        var path = Path.Combine(_dir, "append.pb.gz");
        var json = CliRunner.Json("append", "int64", "--count", "2000", "--go", "1.22", "--pprof", path, "--json");
        Assert.Equal(14, json.GetProperty("mallocs").GetInt32());
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        gz.CopyTo(raw);
        Assert.True(raw.Length > 50, $"profile of {raw.Length} bytes");
        Assert.True(raw.ToArray().AsSpan().IndexOf("alloc_space"u8) >= 0, "the profile names the alloc_space sample type");
    }

    [Fact]
    public void Append_ProfilingOptions_TakeOneVersion()
    {
        var (exit, _, error) = CliRunner.Run("append", "int64", "--count", "10", "--go", "all", "--gctrace");
        Assert.Equal(2, exit);
        Assert.Equal("gort: --pprof, --gctrace and --gogc take one --go version, not a list", error.Trim());
    }

    [Theory]
    [InlineData("100", "<rect")]       // a picture of the buckets
    [InlineData("100000", "<path")]    // the memory-vs-N chart
    public void Map_Svg_DrawsInternalsOrTheMemoryChart(string n, string element)
    {
        var path = Path.Combine(_dir, "map.svg");
        CliRunner.Json("map", "map[int]int", "--insert", n, "--go", "1.22", "--svg", path, "--json");
        var svg = File.ReadAllText(path);
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains(element, svg, StringComparison.Ordinal);
    }
}
