using Gort.Lab;
using Gort.Memory;
using Gort.Runtime;
using Gort.Slices;
using Gort.Types;
using Gort.Versions;

namespace Gort.Tests.Slices;

/// <summary>Scenario and growth-rule cases the oracle does not cover directly.</summary>
public sealed class AppendScenarioTests
{
    [Fact]
    public void Go117Rule_DoublesWhileOldCapBelow1024_ThenQuarter()
    {
        var v = GoVersion.Get(17);
        Assert.Equal(2000, SliceGrowth.NextCapacity(1001, 1000, v)); // old cap 1000 < 1024: double
        Assert.Equal(1280, SliceGrowth.NextCapacity(1025, 1024, v));
        Assert.Equal(1600, SliceGrowth.NextCapacity(1281, 1280, v));
        // The threshold is the old capacity, not the length: make([]T, 10, 2000) + 1991 elements
        // needs 2001 → 2000 >= 1024, so ×1.25 → 2500 (the old.len rule would have doubled to 4000).
        Assert.Equal(2500, SliceGrowth.NextCapacity(2001, 2000, v));
        Assert.Equal(2000 + ((2000 + 768) / 4), SliceGrowth.NextCapacity(2001, 2000, GoVersion.Get(18)));
    }

    [Fact]
    public void Growslice_RequestSize_119PassesRoundedBytes_121RecomputesFromCap()
    {
        // [3]byte from nil: nextslicecap 1 → 3 B → roundupsize 8 → cap 2; 1.21+ asks mallocgc for 6 B, 1.19 for 8 B.
        Assert.Equal(new SliceGrowthPlan(1, 2, 8, 8), SliceGrowth.Plan(1, 0, 3, false, GoVersion.Get(19)));
        Assert.Equal(new SliceGrowthPlan(1, 2, 8, 6), SliceGrowth.Plan(1, 0, 3, false, GoVersion.Get(21)));
    }

    [Fact]
    public void ZeroSizeElements_GrowToTheLength_WithoutAllocating()
    {
        var run = AppendScenario.OneByOne(GoStructType.Empty, 10, GoVersion.Latest);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i), run.Transitions.Select(t => t.CapAfter));
        Assert.Equal(0, run.Mallocs);
    }

    [Fact]
    public void AtEndNoCap_PointerfulElements_MoveRoundsLengthToAClass()
    {
        // *int on 1.26, 3 appends, cap never read: first-append buffer of 4, then moveSliceNoCap(len 3):
        // roundupsize(24, scan) = 24 → cap 3, one 24-byte malloc.
        var run = AppendScenario.OneByOne(8, true, 3, GoVersion.Get(26), SliceEscape.AtEnd, capacityObserved: false);
        Assert.Equal([4L], run.Transitions.Select(t => t.CapAfter));
        Assert.Equal((3L, 1L, 24L), (run.Capacity, run.Mallocs, run.TotalAlloc));
        Assert.NotNull(run.MoveToHeap);

        // 1.25 has no move2heap: the slice escapes, plain growslice (caps 1, 2, 4).
        var before = AppendScenario.OneByOne(8, true, 3, GoVersion.Get(25), SliceEscape.AtEnd, capacityObserved: false);
        Assert.Equal([1L, 2L, 4L], before.Transitions.Select(t => t.CapAfter));
        Assert.Null(before.MoveToHeap);
    }

    [Fact]
    public void LargeElements_NeverUseTheStackBuffer()
    {
        var run = AppendScenario.OneByOne(40, false, 5, GoVersion.Latest, SliceEscape.Local);
        Assert.All(run.Transitions, t => Assert.False(t.OnStack));
    }

    [Fact]
    public void NonEscapingStringToBytes_MutatedBefore122AndAfter_UsesTmpBuf()
    {
        Assert.Equal((32L, 0L), ConversionScenario.StringToBytes(5, escapes: false, mutated: true, GoVersion.Get(27)));
        Assert.Equal((5L, 0L), ConversionScenario.StringToBytes(5, escapes: false, mutated: false, GoVersion.Get(27)));
        Assert.Equal((48L, 48L), ConversionScenario.StringToBytes(33, escapes: false, mutated: true, GoVersion.Get(21)));
        Assert.Equal((8L, 8L), ConversionScenario.StringToBytes(1, escapes: true, mutated: false, GoVersion.Get(21)));
    }

    [Fact]
    public void StringFromBytes_AllocatesExceptForLengthsZeroAndOne()
    {
        var runtime = new GoRuntime(new GoRuntimeOptions { Version = GoVersion.Get(22), Accounting = true, KeepRecords = true });
        var one = Slice.Of((byte)'a');
        var many = Slice.Of((byte)'a', (byte)'b', (byte)'c');
        using (runtime.Enter())
        {
            Assert.Equal("", Slice.ToGoString(Slice<byte>.Nil));
            Assert.Equal("a", Slice.ToGoString(one));
            Assert.Equal("abc", Slice.ToGoString(many));
        }

        Assert.Equal([(GoOperation.Conversion, 3L)], runtime.Heap.Records.Select(r => (r.Operation, r.Size)));
    }
}
