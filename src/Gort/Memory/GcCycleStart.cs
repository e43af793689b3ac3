namespace Gort.Memory;

/// <summary>A simulated GC cycle at the moment it starts marking.</summary>
/// <param name="Number">The cycle number it will have (<c>NumGC</c> after it), from 1.</param>
/// <param name="HeapLive">Live heap bytes at the start (gctrace's first MB field).</param>
/// <param name="Goal">The heap goal the cycle works towards.</param>
/// <param name="Forced">Whether <c>runtime.GC()</c> forced it.</param>
public readonly record struct GcCycleStart(uint Number, long HeapLive, long Goal, bool Forced);
