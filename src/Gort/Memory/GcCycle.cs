namespace Gort.Memory;

/// <summary>One completed simulated GC cycle: what a gctrace line reports about the heap.</summary>
/// <param name="Number">The cycle number (<c>NumGC</c> after it), from 1.</param>
/// <param name="HeapAtStart">Live heap bytes when the cycle started (gctrace's first MB field, <c>work.heap0</c>).</param>
/// <param name="HeapAtMarkEnd">Live heap bytes when marking ended (the second field, <c>work.heap1</c>).</param>
/// <param name="HeapMarked">Bytes marked live (the third field, <c>work.heap2</c>): the next goal is computed from it.</param>
/// <param name="Goal">The heap goal this cycle worked towards (gctrace's <c>MB goal</c>, <c>lastHeapGoal</c>).</param>
/// <param name="NextGoal">The goal computed for the next cycle (<c>MemStats.NextGC</c>).</param>
/// <param name="FreedObjects">Objects the sweep freed (tiny blocks count once).</param>
/// <param name="FreedBytes">Bytes the sweep freed.</param>
/// <param name="Forced">Whether <c>runtime.GC()</c> forced it.</param>
public readonly record struct GcCycle(
    uint Number,
    long HeapAtStart,
    long HeapAtMarkEnd,
    long HeapMarked,
    long Goal,
    long NextGoal,
    long FreedObjects,
    long FreedBytes,
    bool Forced);
