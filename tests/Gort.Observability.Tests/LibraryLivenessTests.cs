using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Runtime.CompilerServices;
using Gort.Maps;
using Gort.Memory;
using Gort.Observability;
using Gort.Runtime;
using Gort.Slices;
using Gort.Versions;

namespace Gort.Tests.Observability;

/// <summary>Liveness through the library types: Slice and both map engines pass their .NET storage as heap owners.</summary>
public class LibraryLivenessTests
{
    private static GoRuntime NewRuntime(int minor = 22) =>
        new(new GoRuntimeOptions { Version = GoVersion.Get(minor), Accounting = true, TrackLiveness = true, GcPercent = -1 });

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Slice<long> AppendOneByOne(int n)
    {
        var s = Slice<long>.Nil;
        for (var i = 0; i < n; i++)
        {
            s = s.Append(i);
        }

        return s;
    }

    [Fact]
    public void Growslice_garbage_is_freed_and_the_final_array_stays_live()
    {
        var rt = NewRuntime();
        Slice<long> s;
        using (rt.Enter())
        {
            s = AppendOneByOne(1000);
            rt.GC();
        }

        var stats = rt.ReadMemStats();
        Assert.Equal(1UL, stats.HeapObjects);
        Assert.Equal((ulong)Allocator.RoundUpSize(s.Cap * 8L, noscan: true, rt.Version), stats.HeapAlloc);
        Assert.Equal(stats.Mallocs - 1, stats.Frees);
        GC.KeepAlive(s.AsSpan().Length);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Map<long, long> Fill(int n)
    {
        var m = Map.Make<long, long>();
        for (var i = 0; i < n; i++)
        {
            m[i] = i;
        }

        return m;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void FillAndDrop(int n) => Fill(n);

    [Fact]
    public void A_dropped_classic_map_is_freed_entirely()
    {
        var rt = NewRuntime();
        using (rt.Enter())
        {
            FillAndDrop(5000);
            rt.GC();
        }

        var stats = rt.ReadMemStats();
        Assert.True(stats.Mallocs > 10);
        Assert.Equal(0UL, stats.HeapAlloc);
        Assert.Equal(0UL, stats.HeapObjects);
        Assert.Equal(0UL, stats.HeapInuse);
    }

    [Fact]
    public void A_live_classic_map_keeps_only_its_current_structure_after_growth()
    {
        var rt = NewRuntime();
        Map<long, long> m;
        using (rt.Enter())
        {
            // 1000 keys: B = 8 (256 buckets of 144 bytes + 16 preallocated overflow = 39,168 -> 40,960 large);
            // inserting finishes any evacuation well before the end, so old arrays are garbage.
            m = Fill(1000);
            for (var i = 0; i < 2000; i++)
            {
                m[i % 1000] = i; // keeps growWork going until evacuation is complete
            }

            rt.GC();
        }

        var stats = rt.ReadMemStats();
        Assert.Equal(1000, m.Len);
        Assert.True(stats.Frees > 0);
        Assert.True(stats.HeapAlloc >= 48 + 40960 && stats.HeapAlloc < 48 + 40960 + 16 * 144 + 1024, $"HeapAlloc {stats.HeapAlloc}");
        GC.KeepAlive(m.Len);
    }

    [Fact]
    public void The_classic_engine_reports_map_growth_events()
    {
        GortDiagnostics.Enable();
        using var listener = new MapListener();
        var rt = NewRuntime();
        using (rt.Enter())
        {
            Fill(100);
        }

        // 9th insert: B 0 -> 1; then 14th (> 6.5 * 2) -> B 2, 27th -> B 3, 53rd -> B 4.
        var grows = listener.Events.Where(e => e.EventId == GortEventSource.MapGrowId && (string)e.Payload![0]! == "classic").ToList();
        Assert.Contains(grows, e => e.Payload!.SequenceEqual(["classic", 8L, 1L, 2L, false]));
        Assert.Contains(grows, e => e.Payload!.SequenceEqual(["classic", 52L, 8L, 16L, false]));
        Assert.Contains(listener.Events, e => e.EventId == GortEventSource.MapEvacuateId);
    }

    [Fact]
    public void A_dropped_swiss_map_is_freed_entirely()
    {
        var rt = NewRuntime(27);
        using (rt.Enter())
        {
            FillAndDrop(5000); // small group, tables, splits, directories: all garbage once the map is dropped
            rt.GC();
        }

        var stats = rt.ReadMemStats();
        Assert.True(stats.Mallocs > 10);
        Assert.Equal(0UL, stats.HeapAlloc);
        Assert.Equal(0UL, stats.HeapObjects);
        Assert.Equal(0UL, stats.HeapInuse);
    }

    [Fact]
    public void A_live_swiss_map_keeps_only_its_current_tables()
    {
        var rt = NewRuntime(27);
        Map<long, long> m;
        using (rt.Enter())
        {
            // 896 keys: one table of 1024 slots (128 groups of 136 B = 17,408 B, class 18,432), a 32-byte table, an
            // 8-byte directory and the 48-byte Map; the small group and the tables of 16..512 slots are garbage.
            m = Fill(896);
            rt.GC();
        }

        var stats = rt.ReadMemStats();
        Assert.Equal(896, m.Len);
        Assert.Equal(4UL, stats.HeapObjects);
        Assert.Equal(48UL + 32 + 8 + 18432, stats.HeapAlloc);
        GC.KeepAlive(m.Len);
    }

    [Fact]
    public void The_swiss_engine_reports_map_growth_events()
    {
        GortDiagnostics.Enable();
        using var listener = new MapListener();
        var rt = NewRuntime(27);
        using (rt.Enter())
        {
            Fill(1000);
        }

        // 9th insert: small group (8) -> table of 16; 15th: 16 -> 32; 897th: the 1024-slot table splits in two.
        var grows = listener.Events.Where(e => e.EventId == GortEventSource.MapGrowId && (string)e.Payload![0]! == "swiss").ToList();
        Assert.Contains(grows, e => e.Payload!.SequenceEqual(["swiss", 8L, 8L, 16L, false]));
        Assert.Contains(grows, e => e.Payload!.SequenceEqual(["swiss", 14L, 16L, 32L, false]));
        Assert.Contains(grows, e => e.Payload!.SequenceEqual(["swiss", 896L, 1024L, 2048L, false]));
    }

    private sealed class MapListener : EventListener
    {
        public ConcurrentQueue<EventWrittenEventArgs> Events { get; } = new();

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == GortEventSource.SourceName)
            {
                EnableEvents(eventSource, EventLevel.Verbose, GortEventSource.Keywords.Map);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData) => Events.Enqueue(eventData);
    }
}
