using System.Numerics;
using System.Runtime.CompilerServices;

namespace Gort.Maps.Swiss;

/// <summary>
/// SWAR operations on a group's 8-byte control word (<c>internal/runtime/maps/group.go</c>). Byte i describes slot i:
/// <c>0x80</c> empty, <c>0xFE</c> deleted (a tombstone), <c>0x00..0x7F</c> full with the key hash's low 7 bits (h2).
/// A match result is a bitset with bit 7 of byte i set for each selected slot.
/// </summary>
/// <remarks>
/// <see cref="MatchH2"/> uses the classic "has zero byte" trick, which can report a false positive only in a byte
/// above a true match (the borrow moves upwards), so <see cref="First"/> of a non-empty result is always a real match
/// and a false one only costs a key comparison — exactly as Go's portable implementation. The other matches are exact.
/// </remarks>
internal static class SwissCtrl
{
    public const byte Empty = 0x80;
    public const byte Deleted = 0xFE;
    public const ulong EmptyWord = 0x8080808080808080;
    public const ulong Lsb = 0x0101010101010101;
    public const ulong Msb = 0x8080808080808080;
    public const int GroupSlots = 8;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong MatchH2(ulong ctrl, ulong h2)
    {
        var v = ctrl ^ (Lsb * h2);
        return (v - Lsb) & ~v & Msb;
    }

    /// <summary>Slots whose byte is exactly 0x80 (bit 7 set, bit 1 clear; a tombstone has bit 1 set).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong MatchEmpty(ulong ctrl) => ctrl & ~(ctrl << 6) & Msb;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong MatchEmptyOrDeleted(ulong ctrl) => ctrl & Msb;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong MatchFull(ulong ctrl) => ~ctrl & Msb;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int First(ulong bits) => BitOperations.TrailingZeroCount(bits) >> 3;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong RemoveFirst(ulong bits) => bits & (bits - 1);

    /// <summary>Removes the slots below <paramref name="i"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong RemoveBelow(ulong bits, int i) => bits & ~((1UL << (8 * i)) - 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte Get(ulong ctrl, int i) => (byte)(ctrl >> (8 * i));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Set(ref ulong ctrl, int i, byte value)
    {
        var shift = 8 * i;
        ctrl = (ctrl & ~(0xFFUL << shift)) | ((ulong)value << shift);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Count(ulong bits) => BitOperations.PopCount(bits);
}
