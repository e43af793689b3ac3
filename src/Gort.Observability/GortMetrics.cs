using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using Gort.Memory;

namespace Gort.Observability;

/// <summary>
/// The "Gort" <see cref="Meter"/>: observable instruments over every <see cref="GoHeap"/> of the process created after
/// <see cref="GortDiagnostics.Enable"/>, so <c>dotnet-counters monitor --counters Gort</c> shows a running program's
/// simulated Go heap. Observable instruments
/// cost nothing until a listener collects them; the heaps' hot paths are untouched.
/// </summary>
/// <remarks>
/// The counters stay monotonic when heaps die: each heap has a small finalizable token (attached to it by a
/// <see cref="ConditionalWeakTable{TKey, TValue}"/>, so the heap itself knows nothing of it) that, when the heap becomes
/// unreachable, moves its totals into process-wide "retired" sums (the heap is still readable then, being reachable
/// from the token). The live-heap gauge sums only heaps still alive.
/// </remarks>
internal static class GortMetrics
{
    public const string MeterName = "Gort";
    public const string AllocatedBytes = "gort.heap.allocated";
    public const string Mallocs = "gort.heap.mallocs";
    public const string LiveHeap = "gort.heap.live";
    public const string GcCount = "gort.gc.count";

    private static readonly Lock s_lock = new();
    private static readonly List<Registration> s_heaps = [];
    private static readonly ConditionalWeakTable<GoHeap, RetirementToken> s_tokens = [];
    private static readonly Meter s_meter = CreateMeter();
    private static int s_pruneAt = 64;
    private static ulong s_retiredAllocated;
    private static ulong s_retiredMallocs;
    private static ulong s_retiredGcs;

    /// <summary>Makes <paramref name="heap"/> visible to the instruments until it dies.</summary>
    public static void Register(GoHeap heap)
    {
        var registration = new Registration(heap);
        lock (s_lock)
        {
            if (s_heaps.Count >= s_pruneAt)
            {
                s_heaps.RemoveAll(r => r.Retired);
                s_pruneAt = Math.Max(64, s_heaps.Count * 2);
            }

            s_heaps.Add(registration);
        }

        // The table keeps the token alive exactly as long as the heap: heap and token die together.
        s_tokens.Add(heap, new RetirementToken(registration, heap));
    }

    private static Meter CreateMeter()
    {
        var meter = new Meter(MeterName);
        meter.CreateObservableCounter(AllocatedBytes, () => Sum(h => h.TotalAlloc, s_retiredAllocated), "By", "Cumulative bytes allocated (TotalAlloc)");
        meter.CreateObservableCounter(Mallocs, () => Sum(h => h.Mallocs, s_retiredMallocs), "{object}", "Cumulative objects allocated (Mallocs)");
        meter.CreateObservableGauge(LiveHeap, () => Sum(h => h.HeapAlloc, 0), "By", "Bytes of live heap objects (HeapAlloc)");
        meter.CreateObservableCounter(GcCount, () => Sum(h => h.NumGC, s_retiredGcs), "{cycle}", "Completed GC cycles (NumGC)");
        return meter;
    }

    // Reads other threads' counters without their cooperation: 64-bit reads are atomic on the supported platforms,
    // and a sample one allocation late is fine for a monitor.
    private static long Sum(Func<GoHeap, ulong> read, ulong retired)
    {
        lock (s_lock)
        {
            var sum = retired;
            foreach (var registration in s_heaps)
            {
                if (!registration.Retired && registration.Heap.TryGetTarget(out var heap))
                {
                    sum += read(heap);
                }
            }

            return (long)sum;
        }
    }

    private sealed class Registration(GoHeap heap)
    {
        // Long weak reference: still valid while the heap awaits the token's finalizer.
        public WeakReference<GoHeap> Heap { get; } = new(heap, trackResurrection: true);

        public bool Retired { get; set; }
    }

    // Holds the heap strongly: heap and token die together, and the pending finalizer keeps the heap readable.
    private sealed class RetirementToken(Registration registration, GoHeap heap)
    {
        ~RetirementToken()
        {
            lock (s_lock)
            {
                s_retiredAllocated += heap.TotalAlloc;
                s_retiredMallocs += heap.Mallocs;
                s_retiredGcs += heap.NumGC;
                registration.Retired = true;
            }
        }
    }
}
