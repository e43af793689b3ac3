using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Diagnostics.Tracing;
using System.Runtime.CompilerServices;
using Gort.Maps;
using Gort.Memory;
using Gort.Observability;
using Gort.Runtime;
using Gort.Versions;

namespace Gort.Tests.Observability;

public class DotnetDiagnosticsTests
{
    [Fact]
    public void The_gort_event_source_reports_malloc_growslice_map_and_gc_events()
    {
        GortDiagnostics.Enable();
        using var listener = new GortListener();
        var rt = GoRuntime.ForVersion(GoVersion.Get(22));
        var type = $"T{Guid.NewGuid():N}"; // tells this test's events from other tests' running in parallel
        rt.Heap.Allocate(100, false, GoOperation.MakeSlice, type);
        rt.Heap.Allocate(777_777, false, GoOperation.GrowSlice, type); // 95 pages: 778,240 bytes
        EventSourceListener.MapGrow(new MapGrowth(MapEngineKind.Classic, 53, 8, 16, SameSize: false));
        EventSourceListener.MapEvacuate(3, 8);
        rt.GC();

        var events = listener.Events.ToList();
        var mallocs = events.Where(e => e.EventId == GortEventSource.MallocId && (string)e.Payload![5]! == type).ToList();
        Assert.Equal(2, mallocs.Count);
        Assert.Equal([100L, 112L, 9, "Small", "MakeSlice", type], mallocs[0].Payload!);
        var grow = Assert.Single(events, e => e.EventId == GortEventSource.GrowSliceId && (string)e.Payload![2]! == type);
        Assert.Equal([777_777L, 778_240L, type], grow.Payload!);
        Assert.Contains(events, e => e.EventId == GortEventSource.MapGrowId && e.Payload!.SequenceEqual(["classic", 53L, 8L, 16L, false]));
        Assert.Contains(events, e => e.EventId == GortEventSource.MapEvacuateId && e.Payload!.SequenceEqual([3L, 8L]));
        Assert.Contains(events, e => e.EventId == GortEventSource.GcStartId && e.Payload!.SequenceEqual([1, 100L + 12 + 778_240, 4L << 20, true]));
        Assert.Contains(events, e => e.EventId == GortEventSource.GcEndId && e.Payload!.SequenceEqual([1, 112L + 778_240, 4L << 20, 0L, 0L]));
        Assert.Equal("Gort", GortEventSource.Log.Name);
    }

    [Fact]
    public void Without_a_listener_the_event_source_is_disabled()
    {
        // Zero cost when nobody listens: every call site is guarded by IsEnabled(). (Other tests' listeners may be
        // active in parallel, so only check the source exists and has the documented keywords.)
        Assert.Equal(EventSource.GetGuid(typeof(GortEventSource)), GortEventSource.Log.Guid);
        Assert.Equal((EventKeywords)8, GortEventSource.Keywords.GC);
    }

    [Fact]
    public void The_gort_meter_shows_allocated_bytes_mallocs_live_heap_and_gc_count()
    {
        GortDiagnostics.Enable();
        var values = new ConcurrentDictionary<string, long>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == GortMetrics.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => values[instrument.Name] = value);
        listener.Start();

        var rt = new GoRuntime(new GoRuntimeOptions { Version = GoVersion.Get(22), Accounting = true, TrackLiveness = true });
        listener.RecordObservableInstruments();
        var before = new Dictionary<string, long>(values);

        // A simulated 1 TiB object: no other test's heap comes near, so the sums over all heaps are unambiguous.
        const long TiB = 1L << 40;
        AllocateAndDrop(rt.Heap, TiB);
        listener.RecordObservableInstruments();
        Assert.True(values[GortMetrics.AllocatedBytes] - before[GortMetrics.AllocatedBytes] >= TiB, $"{values[GortMetrics.AllocatedBytes]} {before[GortMetrics.AllocatedBytes]} {rt.Heap.TotalAlloc}");
        Assert.True(values[GortMetrics.Mallocs] - before[GortMetrics.Mallocs] >= 1);
        Assert.True(values[GortMetrics.LiveHeap] >= TiB, $"live {values[GortMetrics.LiveHeap]} heap {rt.Heap.HeapAlloc} gc {rt.Heap.NumGC}");

        rt.GC();
        listener.RecordObservableInstruments();
        Assert.True(values[GortMetrics.LiveHeap] < TiB);
        Assert.True(values[GortMetrics.GcCount] - before[GortMetrics.GcCount] >= 1);
        GC.KeepAlive(rt);

        // A heap that dies keeps its share of the counters (they stay monotonic for dotnet-counters).
        AllocateInAHeapThatDies(TiB);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        listener.RecordObservableInstruments();
        Assert.True(values[GortMetrics.AllocatedBytes] - before[GortMetrics.AllocatedBytes] >= 2 * TiB);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AllocateInAHeapThatDies(long size) => new GoHeap(GoVersion.Get(22)).Allocate(size, false, GoOperation.Malloc);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AllocateAndDrop(GoHeap heap, long size) => heap.Allocate(size, false, GoOperation.Malloc, "uint8", new object());

    private sealed class GortListener : EventListener
    {
        public ConcurrentQueue<EventWrittenEventArgs> Events { get; } = new();

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == GortEventSource.SourceName)
            {
                EnableEvents(eventSource, EventLevel.Verbose, EventKeywords.All);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData) => Events.Enqueue(eventData);
    }
}
