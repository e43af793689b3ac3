using System.Runtime.CompilerServices;
using Gort.Memory;
using Gort.Observability;
using Gort.Runtime;
using Gort.Versions;

namespace Gort.Tests.Observability;

public class GcModelTests
{
    private static readonly GoVersion s_go122 = GoVersion.Get(22);

    private static GoRuntime NewRuntime(int gogc = 100, TextWriter? trace = null) =>
        new(new GoRuntimeOptions { Version = s_go122, Accounting = true, TrackLiveness = true, GcPercent = gogc, Listeners = trace is null ? [] : [new GcTraceWriter(trace)] });

    // Allocates in a frame of its own so no local of the caller keeps the owner reachable.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AllocateGarbage(GoHeap heap, long size, bool pointers = false, int count = 1)
    {
        for (var i = 0; i < count; i++)
        {
            heap.Allocate(size, pointers, GoOperation.MakeSlice, "uint8", new byte[1]);
        }
    }

    [Fact]
    public void A_dropped_owner_is_freed_by_the_next_cycle_and_a_kept_one_is_not()
    {
        var rt = NewRuntime();
        var kept = new byte[1];
        rt.Heap.Allocate(1000, false, GoOperation.MakeSlice, "uint8", kept); // class 1024
        AllocateGarbage(rt.Heap, 1000);
        AllocateGarbage(rt.Heap, 100_000); // large: 13 pages
        var before = rt.ReadMemStats();
        Assert.Equal(3UL, before.HeapObjects);
        Assert.Equal(1024UL + 1024 + 106496, before.HeapAlloc);

        rt.GC();

        var after = rt.ReadMemStats();
        Assert.Equal(2UL, after.Frees);
        Assert.Equal(1UL, after.HeapObjects);
        Assert.Equal(1024UL, after.HeapAlloc);
        Assert.Equal(before.TotalAlloc, after.TotalAlloc);
        Assert.Equal(1UL, after.BySize[SizeClasses.SizeToClass(1024)].Frees);
        Assert.Equal(2UL, after.BySize[SizeClasses.SizeToClass(1024)].Mallocs);
        Assert.Equal(1U, after.NumGC);
        Assert.Equal(1U, after.NumForcedGC);
        Assert.Equal(1, rt.Heap.TrackedObjects);
        GC.KeepAlive(kept);
    }

    [Fact]
    public void Without_liveness_tracking_owners_are_ignored_and_nothing_is_freed()
    {
        var rt = GoRuntime.ForVersion(s_go122);
        AllocateGarbage(rt.Heap, 1000);
        rt.GC();
        Assert.Equal(0, rt.Heap.TrackedObjects);
        Assert.Equal((0UL, 1024UL, 1U), (rt.ReadMemStats().Frees, rt.ReadMemStats().HeapAlloc, rt.ReadMemStats().NumGC));
    }

    [Fact]
    public void Allocations_without_an_owner_are_never_freed()
    {
        var rt = NewRuntime();
        rt.Heap.Allocate(64, false, GoOperation.Malloc);
        rt.GC();
        rt.GC();
        var stats = rt.ReadMemStats();
        Assert.Equal(0UL, stats.Frees);
        Assert.Equal(64UL, stats.HeapAlloc);
        Assert.Equal(2U, stats.NumGC);
    }

    [Fact]
    public void HeapInuse_counts_spans_with_an_object_and_releases_empty_ones()
    {
        var rt = NewRuntime();
        var perSpan = SizeClasses.ObjectsPerSpan(SizeClasses.SizeToClass(1024));
        var spanBytes = (ulong)SizeClasses.ClassToPages[SizeClasses.SizeToClass(1024)] * SizeClasses.PageSize;

        AllocateGarbage(rt.Heap, 1024, count: perSpan + 1); // one full span and one more object: two spans
        var kept = new byte[1];
        rt.Heap.Allocate(100_000, false, GoOperation.MakeSlice, "uint8", kept); // 13 pages of its own
        Assert.Equal((2 * spanBytes) + 106496, rt.ReadMemStats().HeapInuse);

        rt.GC();
        Assert.Equal(106496UL, rt.ReadMemStats().HeapInuse);
        GC.KeepAlive(kept);
    }

    [Fact]
    public void A_swept_slot_is_reused_before_a_new_span_is_taken()
    {
        var rt = NewRuntime();
        var sizeClass = SizeClasses.SizeToClass(1024);
        var perSpan = SizeClasses.ObjectsPerSpan(sizeClass);
        var spanBytes = (ulong)SizeClasses.ClassToPages[sizeClass] * SizeClasses.PageSize;
        var kept = new List<byte[]>();
        for (var i = 0; i < perSpan - 1; i++)
        {
            var owner = new byte[1];
            kept.Add(owner);
            rt.Heap.Allocate(1024, false, GoOperation.MakeSlice, "uint8", owner);
        }

        AllocateGarbage(rt.Heap, 1024); // fills the span
        rt.GC();                         // frees one slot
        var again = new byte[1];
        rt.Heap.Allocate(1024, false, GoOperation.MakeSlice, "uint8", again);
        Assert.Equal(spanBytes, rt.ReadMemStats().HeapInuse);
        GC.KeepAlive(kept);
        GC.KeepAlive(again);
    }

    [Fact]
    public void A_tiny_block_lives_as_long_as_the_owner_of_its_first_object()
    {
        var rt = NewRuntime();
        AllocateGarbage(rt.Heap, 8); // opens a tiny block
        var kept = new byte[1];
        rt.Heap.Allocate(8, false, GoOperation.MakeSlice, "uint8", kept); // shares it
        rt.GC();
        var stats = rt.ReadMemStats();
        Assert.Equal(0UL, stats.HeapAlloc);
        Assert.Equal(1UL, stats.BySize[SizeClasses.TinySizeClass].Frees);
        GC.KeepAlive(kept);
    }

    [Theory]
    [InlineData(100, 4L << 20)]
    [InlineData(50, 2L << 20)]
    [InlineData(200, 8L << 20)]
    public void The_goal_is_the_minimum_heap_scaled_by_gogc_for_a_small_heap(int gogc, long goal)
    {
        var rt = NewRuntime(gogc);
        Assert.Equal((ulong)goal, rt.ReadMemStats().NextGC);
        rt.Heap.Allocate(1 << 20, false, GoOperation.Malloc);
        rt.GC();
        Assert.Equal((ulong)goal, rt.ReadMemStats().NextGC);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(50)]
    public void The_goal_is_the_marked_heap_plus_gogc_percent_of_it(int gogc)
    {
        var rt = NewRuntime(gogc);
        rt.Heap.Allocate(10 << 20, false, GoOperation.Malloc);
        rt.GC();
        var marked = (long)rt.ReadMemStats().HeapAlloc;
        Assert.Equal((ulong)(marked + (marked * gogc / 100)), rt.ReadMemStats().NextGC);
    }

    [Fact]
    public void Cycles_start_at_the_trigger_and_end_at_the_goal()
    {
        var rt = NewRuntime();
        var cycles = new List<GcCycle>();
        rt.Heap.GcCompleted += cycles.Add;
        // First cycle: heapMarked 0, goal 4 MiB, trigger at the 61/64 bound (no runway measured yet).
        var trigger = (4L << 20) / 64 * 61;
        for (var i = 0; i < 700; i++)
        {
            AllocateGarbage(rt.Heap, 8192);
            Assert.Equal(rt.Heap.GcRunning, cycles.Count == 0 && (i + 1) * 8192L >= trigger);
        }

        Assert.True(cycles.Count >= 1);
        Assert.Equal(trigger, cycles[0].HeapAtStart);
        Assert.Equal(4L << 20, cycles[0].HeapAtMarkEnd);
        Assert.Equal(4L << 20, cycles[0].Goal);

        // Objects allocated while marking are allocated black: the first cycle frees only what was dead at its start
        // (the allocation that crossed the trigger is still referenced by its caller then).
        Assert.Equal((trigger / 8192) - 1, cycles[0].FreedObjects);
    }

    [Fact]
    public void Later_cycles_trigger_at_the_lower_bound()
    {
        var rt = NewRuntime();
        var cycles = new List<GcCycle>();
        rt.Heap.GcCompleted += cycles.Add;
        var live = new byte[1];
        rt.Heap.Allocate(10 << 20, false, GoOperation.Malloc, "uint8", live);
        rt.GC();
        var marked = cycles[^1].HeapMarked;
        var goal = marked * 2;
        cycles.Clear();
        while (cycles.Count == 0)
        {
            AllocateGarbage(rt.Heap, 8192);
        }

        var minTrigger = ((goal - marked) / 64 * 45) + marked;
        Assert.InRange(cycles[0].HeapAtStart, minTrigger, minTrigger + 8191);
        Assert.Equal(goal, cycles[0].Goal);
        GC.KeepAlive(live);
    }

    [Fact]
    public void Gogc_off_never_starts_a_cycle_by_itself()
    {
        var rt = NewRuntime(-1);
        for (var i = 0; i < 100; i++)
        {
            AllocateGarbage(rt.Heap, 1 << 20);
        }

        var stats = rt.ReadMemStats();
        Assert.Equal(0U, stats.NumGC);
        Assert.Equal(ulong.MaxValue, stats.NextGC);
        rt.GC();
        Assert.Equal(0UL, rt.ReadMemStats().HeapAlloc);
    }

    [Fact]
    public void SetGCPercent_returns_the_previous_value_and_moves_the_goal()
    {
        var rt = NewRuntime();
        Assert.Equal(100, rt.SetGCPercent(-1));
        Assert.Equal(ulong.MaxValue, rt.ReadMemStats().NextGC);
        Assert.Equal(-1, rt.SetGCPercent(200));
        Assert.Equal(8UL << 20, rt.ReadMemStats().NextGC);
    }

    [Theory]
    [InlineData("100", 100)]
    [InlineData("off", -1)]
    [InlineData("25", 25)]
    [InlineData("-5", -1)]
    public void ParseGoGC_reads_go_values(string text, int expected) => Assert.Equal(expected, GoRuntimeOptions.ParseGoGC(text));

    [Fact]
    public void ParseGoGC_rejects_other_text() => Assert.Throws<FormatException>(() => GoRuntimeOptions.ParseGoGC("fast"));

    [Fact]
    public void A_forced_cycle_is_traced_as_forced()
    {
        var trace = new StringWriter();
        var rt = NewRuntime(trace: trace);
        rt.Heap.Allocate(3 << 20, false, GoOperation.Malloc); // below the first trigger (61/64 of 4 MiB)
        rt.GC();
        Assert.Equal("gc 1 @0.000s 0%: 0+0+0 ms clock, 0+0/0/0+0 ms cpu, 3->3->3 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 1 P (forced)", trace.ToString().TrimEnd());
    }

    [Fact]
    public void Go117_gctrace_has_no_stacks_and_globals_fields()
    {
        var trace = new StringWriter();
        var rt = new GoRuntime(new GoRuntimeOptions { Version = GoVersion.Get(17), Accounting = true, Listeners = [new GcTraceWriter(trace)] });
        rt.GC();
        Assert.Equal("gc 1 @0.000s 0%: 0+0+0 ms clock, 0+0/0/0+0 ms cpu, 0->0->0 MB, 4 MB goal, 1 P (forced)", trace.ToString().TrimEnd());
    }

    [Fact]
    public void ReadMemStats_reports_the_last_gc_time()
    {
        var rt = NewRuntime();
        Assert.Equal(0UL, rt.ReadMemStats().LastGC);
        var before = (ulong)DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1_000_000;
        rt.GC();
        Assert.InRange(rt.ReadMemStats().LastGC, before, before + 60_000_000_000UL);
    }
}
