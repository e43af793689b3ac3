namespace Gort.Slices;

/// <summary>What one <c>growslice</c> call decides: the new capacity and the bytes it asks <c>mallocgc</c> for.</summary>
/// <param name="NextCapacity">The capacity <c>nextslicecap</c> picked, before rounding to the allocation.</param>
/// <param name="NewCapacity">The capacity of the returned slice (the rounded allocation divided by the element size).</param>
/// <param name="RoundedBytes"><c>roundupsize</c> of the wanted bytes: what the allocation can really hold.</param>
/// <param name="AllocationBytes">The size passed to <c>mallocgc</c> (0: no allocation, as for zero-size elements).</param>
public readonly record struct SliceGrowthPlan(long NextCapacity, long NewCapacity, long RoundedBytes, long AllocationBytes);
