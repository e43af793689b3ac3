using System.Text.Json;
using Gort.Maps;
using Gort.Maps.Swiss;
using Gort.Runtime;
using Gort.Versions;

namespace Gort.Tests.Maps.Swiss;

public class SwissMapStateTests
{
    [Fact]
    public void Json_HasTheFieldsOfIssue5()
    {
        var rt = GoRuntime.ForVersion(GoVersion.Get(24), seed: 1);
        var m = Map.Make<long, long>(rt, 10000);
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
        var json = JsonDocument.Parse(JsonSerializer.Serialize(m.Inspect(), m.Inspect()!.GetType(), options)).RootElement;
        foreach (var field in new[] { "engine", "count", "dirLen", "globalDepth", "tables", "capacity", "growthLeft", "tombstones", "tableCapacityHist", "groupSize", "slotSize" })
        {
            Assert.True(json.TryGetProperty(field, out _), field);
        }

        Assert.Equal("swiss", json.GetProperty("engine").GetString());
        Assert.Equal(16, json.GetProperty("tables").GetInt32());
        Assert.Equal("1024x16", json.GetProperty("tableCapacityHist").GetString());
        Assert.Equal(136, json.GetProperty("groupSize").GetInt32());
        Assert.Equal(16, json.GetProperty("slotSize").GetInt32());
    }

    [Fact]
    public void EventRow_AndIsNewEvent_FollowTheOracleSignature()
    {
        var m = Map.Make<long, long>(GoRuntime.ForVersion(GoVersion.Get(27), seed: 1), 0);
        var empty = (SwissMapState)m.Inspect()!;
        Assert.Equal([0L, 0, 0, 0, 0L, ""], empty.EventRow());
        m[1] = 1;
        var small = (SwissMapState)m.Inspect()!;
        Assert.True(small.IsNewEvent(empty)); // capacity 0 → 8
        m[2] = 2;
        Assert.False(m.Inspect()!.IsNewEvent(small));
    }

    [Theory]
    [InlineData("int64", "int64", 16, 136)]
    [InlineData("int32", "int32", 8, 72)]
    [InlineData("int8", "int8", 2, 24)]
    [InlineData("int", "struct{}", 16, 136)]
    [InlineData("string", "string", 32, 264)]
    [InlineData("string", "struct{}", 24, 200)]
    [InlineData("struct{}", "struct{}", 0, 16)]
    [InlineData("[200]byte", "int", 16, 136)]
    [InlineData("int", "[200]byte", 16, 136)]
    [InlineData("[129]byte", "int8", 16, 136)]
    [InlineData("any", "any", 32, 264)]
    public void Layout_SlotAndGroupSizes_MatchTheSpec(string key, string elem, long slot, long group)
    {
        var layout = SwissLayout.Of((Gort.Types.GoMapType)Gort.Types.GoTypeParser.Parse($"map[{key}]{elem}"));
        Assert.Equal((slot, group), (layout.SlotSize, layout.GroupSize));
    }

    [Theory]
    [InlineData("map[int64]int", "Fast64")]
    [InlineData("map[int32]int", "Fast32")]
    [InlineData("map[*int]int", "Fast64Ptr")]
    [InlineData("map[string]int", "FastStr")]
    [InlineData("map[float64]int", "Generic")]
    [InlineData("map[[8]byte]int", "Fast64")]
    [InlineData("map[struct{a int32; b int16}]int", "Generic")] // padding: not plain memory
    [InlineData("map[int64][200]byte", "Generic")] // elem > 128 bytes
    [InlineData("map[any]int", "Generic")]
    public void AssignPath_FollowsTheCompilersMapfast(string type, string expected) =>
        Assert.Equal(expected, SwissLayout.Of((Gort.Types.GoMapType)Gort.Types.GoTypeParser.Parse(type)).AssignPath.ToString());

    [Fact]
    public void MakeNonEscaping_SmallHint_UsesTheStackGroup_NineInsertsCost3Mallocs328Bytes()
    {
        // internal/runtime/maps (map.go, NewMap): a local make(map[int]int) plus 8 inserts costs 0 allocations; the 9th costs table + groups + directory.
        var rt = GoRuntime.ForVersion(GoVersion.Get(24), seed: 1);
        var m = Map.Make<long, long>(rt, 0, escapes: false);
        for (var i = 0; i < 8; i++)
        {
            m[i] = i;
        }

        Assert.Equal((0UL, 0UL), (rt.Heap.Mallocs, rt.Heap.TotalAlloc));
        m[8] = 8;
        Assert.Equal((3UL, 328UL), (rt.Heap.Mallocs, rt.Heap.TotalAlloc));
    }

    [Theory]
    [InlineData("map[string]string", 4UL, 4952UL)]
    [InlineData("map[struct{}]struct{}", 4UL, 344UL)]
    [InlineData("map[int]struct{}", 4UL, 2392UL)]
    public void MakeHint100_OtherTypes_MatchTheSpec(string type, ulong mallocs, ulong bytes)
    {
        var rt = GoRuntime.ForVersion(GoVersion.Get(25), seed: 1);
        Map.Make<long, long>(rt, 100, (Gort.Types.GoMapType)Gort.Types.GoTypeParser.Parse(type));
        Assert.Equal((mallocs, bytes), (rt.Heap.Mallocs, rt.Heap.TotalAlloc));
    }
}
