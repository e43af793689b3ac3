namespace Gort.Memory;

/// <summary>One heap allocation as the Go runtime would make it, and what <c>MemStats</c> was charged for it.</summary>
/// <param name="Id">Sequence number within its heap, from 1.</param>
/// <param name="Size">Bytes requested from <c>mallocgc</c>.</param>
/// <param name="Charged">Bytes added to <c>TotalAlloc</c>: the slot size, whole pages, 16 for a new tiny block, 0 for a sub-allocation in an existing one.</param>
/// <param name="Usable">Bytes the object may use (<c>roundupsize</c>): what <c>growslice</c> turns into capacity.</param>
/// <param name="SizeClass">The size class (0 for large and zero-size objects; 2 for tiny blocks).</param>
/// <param name="Path">Which <c>mallocgc</c> branch served it.</param>
/// <param name="Pointers">Whether the object's type contains pointers (not <c>noscan</c>).</param>
/// <param name="Operation">The Go operation that made it.</param>
/// <param name="TypeName">The Go type allocated (element type for arrays), when known.</param>
/// <param name="CallSite">The first caller outside Gort, when call-site capture is on.</param>
public readonly record struct AllocationRecord(
    long Id,
    long Size,
    long Charged,
    long Usable,
    int SizeClass,
    AllocationPath Path,
    bool Pointers,
    GoOperation Operation,
    string? TypeName,
    string? CallSite)
{
    /// <summary>Whether this allocation counted in <c>Mallocs</c> (every non-zero size does, tiny sub-allocations included).</summary>
    public bool Counted => Path != AllocationPath.Zero;

    /// <summary>Whether this allocation opened a new 16-byte tiny block.</summary>
    public bool NewTinyBlock => Path == AllocationPath.Tiny && Charged != 0;

    /// <summary>Charged bytes not requested (slot rounding, malloc header, page rounding), for non-tiny objects.</summary>
    public long Waste => Path is AllocationPath.Small or AllocationPath.Large ? Charged - Size : 0;
}
