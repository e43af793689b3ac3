using System.Runtime.CompilerServices;

namespace Gort.Maps.Swiss;

/// <summary>
/// A group as Go lays it out: the control word followed by its 8 slots, so a probe touches one contiguous run of
/// memory (for <c>long</c>/<c>long</c>: 8 + 8·16 = 136 bytes, the same size as Go's group).
/// </summary>
internal struct SwissGroup<TKey, TValue>
{
    public ulong Ctrl;
    public SwissSlots8<TKey, TValue> Slots;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref SwissSlot<TKey, TValue> Slot(ref SwissGroup<TKey, TValue> group, int i) =>
        ref Unsafe.Add(ref Unsafe.As<SwissSlots8<TKey, TValue>, SwissSlot<TKey, TValue>>(ref group.Slots), i);
}
