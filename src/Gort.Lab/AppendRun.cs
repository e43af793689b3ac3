using Gort.Memory;
using Gort.Versions;

namespace Gort.Lab;

/// <summary>The outcome of an append scenario: every capacity change, the final slice, and what the heap counted.</summary>
/// <param name="Version">The Go version simulated.</param>
/// <param name="Escape">The escape behaviour simulated.</param>
/// <param name="Transitions">Every append that changed the capacity, in order.</param>
/// <param name="Length">The final length.</param>
/// <param name="Capacity">The final capacity (after the move to the heap, for <see cref="SliceEscape.AtEnd"/>).</param>
/// <param name="MoveToHeap">The allocation of Go 1.26+'s <c>moveSlice</c> at the escape point, if one happened.</param>
/// <param name="Mallocs">The change in <c>MemStats.Mallocs</c>, from an empty tiny block.</param>
/// <param name="TotalAlloc">The change in <c>MemStats.TotalAlloc</c>.</param>
/// <param name="Allocations">Every heap allocation in order.</param>
public sealed record AppendRun(
    GoVersion Version,
    SliceEscape Escape,
    IReadOnlyList<AppendTransition> Transitions,
    long Length,
    long Capacity,
    AllocationRecord? MoveToHeap,
    long Mallocs,
    long TotalAlloc,
    IReadOnlyList<AllocationRecord> Allocations);
