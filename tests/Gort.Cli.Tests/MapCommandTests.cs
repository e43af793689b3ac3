using System.Text.Json;
using Gort.Cli;
using Gort.Cli.Commands;
using Gort.Cli.Infrastructure;
using Gort.Types;
using Gort.Versions;

namespace Gort.Tests.Cli;

public sealed class MapCommandTests
{
    private static (int Exit, string Out, string Err) Gort(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = GortApp.Run(args, output, error, interactive: false);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Map_Json_HasStateAndEventsWithGoGrowPoints()
    {
        var (exit, output, _) = Gort("map", "map[int64]int64", "--insert", "60", "--go", "1.22", "--seed", "5", "--json");
        Assert.Equal(0, exit);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("classic", json.GetProperty("engine").GetString());
        Assert.Equal(60, json.GetProperty("count").GetInt32());
        Assert.Equal(4, json.GetProperty("B").GetInt32());
        Assert.Equal(144, json.GetProperty("bucketSize").GetInt32());
        foreach (var name in new[] { "growing", "sameSizeGrow", "noverflow", "nevacuate", "mallocs", "totalAlloc" })
        {
            Assert.True(json.TryGetProperty(name, out _), name);
        }

        var events = json.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal([0, 0], events[0].EnumerateArray().Take(2).Select(e => e.GetInt32()));
        var growPoints = events.Where((e, i) => i > 0 && e[1].GetInt32() != events[i - 1][1].GetInt32()).Select(e => e[0].GetInt32());
        Assert.Equal([9, 14, 27, 53], growPoints);
    }

    [Fact]
    public void Map_NoSwissMap_SelectsClassic_With64ByteHeader()
    {
        var (exit, output, _) = Gort("map", "map[int64]int64", "--insert", "0", "--go", "1.24", "--experiment", "noswissmap", "--json");
        Assert.Equal(0, exit);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("classic", json.GetProperty("engine").GetString());
        Assert.Equal(64, json.GetProperty("totalAlloc").GetInt32());
    }

    [Fact]
    public void Map_NonEscaping_HasNoHeaderAllocation()
    {
        var (_, output, _) = Gort("map", "map[int]int", "--insert", "8", "--go", "1.22", "--escapes", "false", "--json");
        Assert.Equal(0, JsonDocument.Parse(output).RootElement.GetProperty("mallocs").GetInt32());
    }

    [Fact]
    public void Map_Trace_PrintsAllocatingInserts()
    {
        var (exit, output, _) = Gort("map", "map[[200]byte]int", "--insert", "2", "--go", "1.22", "--trace");
        Assert.Equal(0, exit);
        Assert.Contains("insert #1: MapBuckets 144 B (charged 144), MapIndirect 200 B (charged 208)", output, StringComparison.Ordinal);
        Assert.Contains("insert #2: MapIndirect 200 B (charged 208)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("map[]int", "type:")]
    [InlineData("[]int", "is not a map type")]
    public void Map_BadInput_IsOneLineExit2(string type, string message)
    {
        var (exit, _, error) = Gort("map", type, "--insert", "3", "--go", "1.22");
        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void MapMake_MapIntInt1000_Go122_Is3Mallocs41032BytesB8()
    {
        var result = MapMake.Measure(GoVersion.Get(22), new GoMapType(GoBasicType.Int, GoBasicType.Int), 1000);
        Assert.Equal(3L, result["mallocs"]);
        Assert.Equal(41032L, result["totalAlloc"]);
        Assert.Equal(8, ((JsonElement)result["B"]!).GetInt32());
        var allocations = (List<Dictionary<string, object?>>)result["allocations"]!;
        Assert.Equal([48L, 40960L, 24L], allocations.Select(a => (long)a["charged"]!));
    }

    [Fact]
    public void MapMake_Run_WritesJsonPerVersion()
    {
        var output = new StringWriter();
        var ctx = new CliContext(output, new StringWriter(), interactive: false);
        var exit = MapMake.Run(ctx, [GoVersion.Get(21), GoVersion.Get(22)], new GoMapType(GoBasicType.Int64, GoBasicType.Int64), 100, json: true);
        Assert.Equal(0, exit);
        var rows = JsonDocument.Parse(output.ToString()).RootElement.EnumerateArray().ToList();
        Assert.Equal([5448, 2760], rows.Select(r => r.GetProperty("totalAlloc").GetInt32())); // 1.21's load factor 6 gives B=5
    }
}
