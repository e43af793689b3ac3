using Gort.Maps;
using Gort.Memory;

namespace Gort.Runtime;

/// <summary>
/// A process-wide observer of the runtime model, added with <see cref="RuntimeObservers.Add"/>: it learns of every heap
/// created (to subscribe to it with <see cref="GoHeap.AddListener"/>) and of every map's growth, which happens in
/// whichever runtime made the map. For tools that watch a whole process, such as the "Gort" EventSource and Meter
/// (<c>Gort.Observability.GortDiagnostics</c>). Every member has an empty default: implement what you need.
/// </summary>
/// <remarks>Called on the thread that does the work; an observer must be thread-safe if runtimes run on several threads.</remarks>
public interface IRuntimeObserver
{
    /// <summary>A heap was created (it has no allocations yet).</summary>
    void OnHeapCreated(GoHeap heap)
    {
    }

    /// <summary>A map started growing.</summary>
    void OnMapGrow(in MapGrowth growth)
    {
    }

    /// <summary>A classic map evacuated old buckets incrementally: <paramref name="evacuated"/> of <paramref name="oldBuckets"/> are done.</summary>
    void OnMapEvacuate(long evacuated, long oldBuckets)
    {
    }
}
