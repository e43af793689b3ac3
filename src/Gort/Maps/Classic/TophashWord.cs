using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Gort.Diagnostics;

namespace Gort.Maps.Classic;

/// <summary>
/// SWAR on one bucket's 8 tophash bytes read as a little-endian word (byte i = slot i), so a probe tests all 8 slots
/// with a few ALU operations instead of a byte loop with a branch per slot.
/// </summary>
/// <remarks>
/// The zero-byte test <c>(v − 0x01…) &amp; ~v &amp; 0x80…</c> is exact for the lowest selected byte and may also
/// select a byte above a true one (the borrow travels upwards). Callers therefore use only the lowest result of
/// <see cref="MatchEmpty"/> and <see cref="MatchEmptyRest"/>, and re-check each candidate of <see cref="Match"/>
/// against the real byte before comparing keys. Go's scan stops at the first <c>emptyRest</c>; every byte above it is
/// also <c>emptyRest</c> (0), which can never equal a tophash (≥ <c>minTopHash</c>), so scanning the whole word gives
/// Go's result.
/// </remarks>
internal static class TophashWord
{
    private const ulong Lsb = 0x0101010101010101;
    private const ulong Msb = 0x8080808080808080;

    /// <summary>The tophash bytes of the bucket starting at slot <paramref name="s"/>.</summary>
    /// <exception cref="IndexOutOfRangeException">The bucket is outside the array (only a racing write can cause it).</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Read(byte[] tophash, int s)
    {
        if ((uint)s > (uint)(tophash.Length - ClassicLayout.BucketCount))
        {
            ThrowHelper.ThrowStorageIndexOutOfRange();
        }

        return Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(tophash), s));
    }

    /// <summary>Candidate slots whose byte is <paramref name="top"/> (re-check with <see cref="Byte"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Match(ulong word, byte top) => Zero(word ^ (Lsb * top));

    /// <summary>Slots that are empty (<c>emptyRest</c> or <c>emptyOne</c>); only the lowest is exact.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong MatchEmpty(ulong word) => Zero(word & ~Lsb);

    /// <summary>Non-zero when some slot is <c>emptyRest</c>: nothing is stored from there to the end of the chain.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong MatchEmptyRest(ulong word) => Zero(word);

    /// <summary>Slots holding an entry or an evacuation mark (byte ≥ 2; exact for every byte).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong MatchNotEmpty(ulong word)
    {
        var w = word & ~Lsb; // 0 and 1 become 0; every other value keeps a bit
        return (((w & ~Msb) + ~Msb) | w) & Msb;
    }

    /// <summary>A word with <paramref name="value"/> in every slot not selected by <paramref name="bits"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong FillUnselected(ulong bits, byte value) => ((~bits & Msb) >> 7) * value;

    /// <summary>Stores <paramref name="word"/> as the tophash bytes of the bucket starting at slot <paramref name="s"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write(byte[] tophash, int s, ulong word)
    {
        if ((uint)s > (uint)(tophash.Length - ClassicLayout.BucketCount))
        {
            ThrowHelper.ThrowStorageIndexOutOfRange();
        }

        Unsafe.WriteUnaligned(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(tophash), s), word);
    }

    /// <summary>The slot index of the lowest selected byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int First(ulong bits) => BitOperations.TrailingZeroCount(bits) >> 3;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong RemoveFirst(ulong bits) => bits & (bits - 1);

    /// <summary>Slot <paramref name="i"/>'s tophash byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte Byte(ulong word, int i) => (byte)(word >> (8 * i));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Zero(ulong v) => (v - Lsb) & ~v & Msb;
}
