using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using Gort.Memory;

namespace Gort.Observability;

/// <summary>
/// The "Gort" <see cref="Meter"/>: observable instruments summed over every live <see cref="GoHeap"/>, so
/// <c>dotnet-counters monitor --counters Gort</c> shows a running program's simulated Go heap. Observable
/// instruments cost nothing until a listener collects them.
/// </summary>
internal static class GortMetrics
{
    public const string MeterName = "Gort";
    public const string AllocatedBytes = "gort.heap.allocated";
    public const string Mallocs = "gort.heap.mallocs";
    public const string LiveHeap = "gort.heap.live";
    public const string GcCount = "gort.gc.count";

    private static readonly ConditionalWeakTable<GoHeap, object?> s_heaps = [];
    private static readonly Meter s_meter = CreateMeter();

    /// <summary>Makes <paramref name="heap"/> visible to the instruments (weakly: it does not keep it alive).</summary>
    public static void Register(GoHeap heap) => s_heaps.AddOrUpdate(heap, null);

    private static Meter CreateMeter()
    {
        var meter = new Meter(MeterName);
        meter.CreateObservableCounter(AllocatedBytes, () => Sum(h => h.TotalAlloc), "By", "Cumulative bytes allocated (TotalAlloc)");
        meter.CreateObservableCounter(Mallocs, () => Sum(h => h.Mallocs), "{object}", "Cumulative objects allocated (Mallocs)");
        meter.CreateObservableGauge(LiveHeap, () => Sum(h => h.HeapAlloc), "By", "Bytes of live heap objects (HeapAlloc)");
        meter.CreateObservableCounter(GcCount, () => Sum(h => h.NumGC), "{cycle}", "Completed GC cycles (NumGC)");
        return meter;
    }

    // Reads other threads' counters without a lock: 64-bit reads are atomic on the supported platforms, and a
    // counter sample a cycle late is fine for a monitor.
    private static long Sum(Func<GoHeap, ulong> read)
    {
        ulong sum = 0;
        foreach (var (heap, _) in s_heaps)
        {
            sum += read(heap);
        }

        return (long)sum;
    }
}
