using Gort.Memory;

namespace Gort.Lab;

/// <summary>One append that changed the capacity.</summary>
/// <param name="LenBefore">Length before the append.</param>
/// <param name="CapBefore">Capacity before the append.</param>
/// <param name="CapAfter">Capacity after it.</param>
/// <param name="OnStack">Whether the new backing store is the compiler's stack buffer (no heap allocation).</param>
/// <param name="NextCapacity">The capacity <c>nextslicecap</c> asked for before rounding (equal to <paramref name="CapAfter"/> on the stack).</param>
/// <param name="Allocation">The heap allocation, if one was made.</param>
public sealed record AppendTransition(long LenBefore, long CapBefore, long CapAfter, bool OnStack, long NextCapacity, AllocationRecord? Allocation);
