namespace Gort.Memory;

/// <summary>What <c>mallocgc</c> would do for a size and pointer-ness, independent of heap state.</summary>
/// <param name="Path">The branch taken.</param>
/// <param name="SizeClass">The class (0 for large and zero; 2 for tiny).</param>
/// <param name="SlotBytes">Bytes of the slot or pages (16 for tiny: the block size).</param>
/// <param name="Usable">Bytes usable by the object (<c>roundupsize</c>).</param>
/// <param name="HasMallocHeader">Whether the 1.22+ 8-byte header sits in the slot.</param>
public readonly record struct AllocationPlan(AllocationPath Path, int SizeClass, long SlotBytes, long Usable, bool HasMallocHeader);
