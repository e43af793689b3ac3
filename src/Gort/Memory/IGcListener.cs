namespace Gort.Memory;

/// <summary>Observes the simulated GC cycles of a <see cref="GoHeap"/> (what <c>gctrace</c> and the trace events report).</summary>
public interface IGcListener : IHeapListener
{
    /// <summary>A cycle started marking (before the .NET collection that decides liveness).</summary>
    /// <param name="heap">The heap whose cycle it is.</param>
    /// <param name="start">The cycle's number, live heap and goal at its start.</param>
    void OnGcStart(GoHeap heap, in GcCycleStart start);

    /// <summary>A cycle ended (mark termination and sweep are done, the pacer has set the next goal).</summary>
    /// <param name="heap">The heap whose cycle it is (its <see cref="GoHeap.Version"/> decides the gctrace format).</param>
    /// <param name="cycle">What the cycle did.</param>
    void OnGcEnd(GoHeap heap, in GcCycle cycle);
}
