using Gort.Maps;
using Gort.Maps.Classic;
using Gort.Memory;
using Gort.Runtime;
using Gort.Slices;
using Gort.Types;
using Gort.Versions;

namespace Gort.Tests.Maps.Classic;

/// <summary>Classic-engine facts (<c>runtime/map.go</c>) that the oracle files do not cover directly.</summary>
public sealed class ClassicEngineTests
{
    [Theory]
    [InlineData(19)]
    [InlineData(22)]
    public void FirstRangeOverPointerFreeMap_Allocates2Objects48Bytes_SecondRangeNothing(int minor)
    {
        var rt = GoRuntime.ForVersion(GoVersion.Get(minor), seed: 1);
        var m = Map.Make<long, long>(rt, 0);
        for (var i = 0; i < 5; i++)
        {
            m[i] = i;
        }

        var (m0, b0) = (rt.Heap.Mallocs, rt.Heap.TotalAlloc);
        foreach (var _ in m)
        {
        }

        Assert.Equal(2UL, rt.Heap.Mallocs - m0);
        Assert.Equal(48UL, rt.Heap.TotalAlloc - b0);
        foreach (var _ in m)
        {
        }

        Assert.Equal(2UL, rt.Heap.Mallocs - m0);
    }

    [Fact]
    public void RangeOverPointerfulMap_AllocatesNothing()
    {
        var rt = GoRuntime.ForVersion(GoVersion.Get(22), seed: 1);
        var m = Map.Make<string, string>(rt, 0);
        m["a"] = "b";
        var before = rt.Heap.Mallocs;
        foreach (var _ in m)
        {
        }

        Assert.Equal(before, rt.Heap.Mallocs);
    }

    [Fact]
    public void FirstOverflowBucketOfMapIntInt_Costs4Allocations200Bytes()
    {
        // runtime/map.go newoverflow: bucket 144 + mapextra 24 + new([]*bmap) 24 + the list's first backing array 8.
        var rt = new GoRuntime(new GoRuntimeOptions { Version = GoVersion.Get(22), Accounting = true, KeepRecords = true, Seed = 3 });
        var m = Map.Make<long, long>(rt, 0, new GoMapType(GoBasicType.Int, GoBasicType.Int));
        for (long i = 0; i < 100_000 && !rt.Heap.Records.Any(r => r.Operation == GoOperation.MapOverflowBucket); i++)
        {
            m[i] = i;
        }

        var first = rt.Heap.Records.SkipWhile(r => r.Operation != GoOperation.MapOverflowBucket).ToList();
        Assert.Equal([144L, 24L, 24L, 8L], first.Select(r => r.Charged));
    }

    [Fact]
    public void IndirectKey_EachInsertAllocatesTheKey_OneKeyIs3Mallocs400Bytes()
    {
        var rt = GoRuntime.ForVersion(GoVersion.Get(22), seed: 1);
        var m = Map.Make<long, int>(rt, 0, new GoMapType(new GoArrayType(GoBasicType.Uint8, 200), GoBasicType.Int));
        m[1] = 1;
        Assert.Equal(3UL, rt.Heap.Mallocs);
        Assert.Equal(400UL, rt.Heap.TotalAlloc);
        m[1] = 2; // overwrite: no allocation
        Assert.Equal(3UL, rt.Heap.Mallocs);
    }

    [Fact]
    public void Clear_AllocatesNothing_KeepsB_AndNextInsertAllocatesNothing()
    {
        var rt = GoRuntime.ForVersion(GoVersion.Get(22), seed: 1);
        var m = Map.Make<long, long>(rt, 0);
        for (var i = 0; i < 1000; i++)
        {
            m[i] = i;
        }

        var b = ((ClassicMapState)m.Inspect()!).B;
        var before = rt.Heap.Mallocs;
        m.Clear();
        m[5] = 5;
        Assert.Equal(before, rt.Heap.Mallocs);
        var state = (ClassicMapState)m.Inspect()!;
        Assert.Equal(b, state.B);
        Assert.Equal(1, state.Count);
        Assert.Equal(0, state.NOverflow);
    }

    [Fact]
    public void DeleteToEmpty_Reseeds_AndNeverShrinks()
    {
        var rt = GoRuntime.ForVersion(GoVersion.Get(22), seed: 1);
        var m = Map.Make<long, long>(rt, 0);
        for (var i = 0; i < 100; i++)
        {
            m[i] = i;
        }

        var before = (ClassicMapState)m.Inspect()!;
        for (var i = 0; i < 100; i++)
        {
            m.Delete(i);
        }

        var after = (ClassicMapState)m.Inspect()!;
        Assert.Equal(0, after.Count);
        Assert.Equal(before.B, after.B);
        Assert.NotEqual(before.Hash0, after.Hash0);
    }

    [Fact]
    public void FixedSeed_GivesReproducibleState()
    {
        static ClassicMapState Build()
        {
            var m = Map.Make<long, long>(GoRuntime.ForVersion(GoVersion.Get(22), seed: 77), 0);
            for (var i = 0; i < 5000; i++)
            {
                m[i] = i;
            }

            return (ClassicMapState)m.Inspect()!;
        }

        Assert.Equal(Build(), Build());
    }

    [Fact]
    public void OverflowList_GrowsAsPointerSlice()
    {
        var v = GoVersion.Get(22);
        var caps = new List<long>();
        long cap = 0;
        for (var len = 1; len <= 600; len++)
        {
            if (len > cap)
            {
                cap = SliceGrowth.Plan(len, cap, 8, pointers: true, v).NewCapacity;
                caps.Add(cap);
            }
        }

        // []*int growth with 1.22 malloc headers (oracle finding 2): ..., 64, 143, 287, 607.
        Assert.Equal([1L, 2, 4, 8, 16, 32, 64, 143, 287, 607], caps);
    }
}
