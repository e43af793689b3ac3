using Gort.Memory;
using Gort.Runtime;

namespace Gort.Observability;

/// <summary>
/// Publishes the simulated Go heaps and maps of this process to .NET's diagnostics tools: the "Gort"
/// <see cref="System.Diagnostics.Tracing.EventSource"/> (<c>dotnet-trace collect --providers Gort</c>: mallocs, slice
/// growth, map growth and evacuation, GC cycles) and the "Gort" <see cref="System.Diagnostics.Metrics.Meter"/>
/// (<c>dotnet-counters monitor --counters Gort</c>: bytes and objects allocated, live heap, GC cycles).
/// </summary>
/// <remarks>
/// Opt-in, once per process, before the runtimes to watch are created: the core does not know these tools, so it is
/// this call that subscribes them (an <see cref="IRuntimeObserver"/> that adds a listener to every new heap). Heaps
/// created before it are not seen. Once enabled, an allocation pays one listener call and an
/// <c>EventSource.IsEnabled</c> check while no trace session listens; the metrics cost nothing until collected.
/// </remarks>
public static class GortDiagnostics
{
    private static readonly Lock s_lock = new();
    private static bool s_enabled;

    /// <summary>Whether <see cref="Enable"/> was called.</summary>
    public static bool IsEnabled => Volatile.Read(ref s_enabled);

    /// <summary>Subscribes the EventSource and the Meter to every heap and map created from now on (idempotent).</summary>
    public static void Enable()
    {
        lock (s_lock)
        {
            if (s_enabled)
            {
                return;
            }

            _ = GortEventSource.Log; // created now, so a trace session can find it before the first event
            RuntimeObservers.Add(Observer.Instance);
            Volatile.Write(ref s_enabled, true);
        }
    }

    // Subscribes each new heap and forwards map growth to the EventSource.
    private sealed class Observer : IRuntimeObserver
    {
        public static readonly Observer Instance = new();

        public void OnHeapCreated(GoHeap heap)
        {
            heap.AddListener(EventSourceListener.Instance);
            GortMetrics.Register(heap);
        }

        public void OnMapGrow(in Maps.MapGrowth growth) => EventSourceListener.MapGrow(growth);

        public void OnMapEvacuate(long evacuated, long oldBuckets) => EventSourceListener.MapEvacuate(evacuated, oldBuckets);
    }
}
