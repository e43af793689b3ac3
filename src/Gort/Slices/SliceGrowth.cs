using System.Numerics;
using Gort.Diagnostics;
using Gort.Memory;
using Gort.Types;
using Gort.Versions;

namespace Gort.Slices;

/// <summary>
/// The one place where Go's slice capacity rules live: <c>makeslice</c>'s checks, <c>nextslicecap</c> (the ≤1.17 and
/// the 1.18+ formula) and <c>growslice</c>'s rounding of the new backing array to an allocation, for any element size
/// and pointer-ness. <see cref="Slice{T}"/> uses it for CLR element types, the lab for any parsed <see cref="GoType"/>.
/// </summary>
/// <remarks>
/// Mirrors <c>runtime/slice.go</c>: <c>makeslice</c>, <c>growslice</c> and (1.22+) <c>nextslicecap</c>; 1.17 is taken
/// from the 1.17.13 sources (no real-Go 1.17 measurement exists here). Every version difference is asked of
/// <see cref="GoVersion"/>: <see cref="GoVersion.GrowthRule"/>, <see cref="GoVersion.GrowsliceOverflowMessage"/>,
/// <see cref="GoVersion.GrowsliceRecomputesCapmem"/>, and the malloc-header rounding in
/// <see cref="Allocator.RoundUpSize"/>. All sizes are 64-bit (linux/amd64).
/// </remarks>
public static class SliceGrowth
{
    /// <summary>The compiler's stack buffer for non-escaping slices: 32 bytes (<c>-d=variablemakethreshold</c>).</summary>
    public const int StackBufferBytes = 32;

    /// <summary>Go 1.17's rule doubles the capacity while the old capacity is below this many elements.</summary>
    public const long Go117DoublingLimit = 1024;

    /// <summary>
    /// Go 1.18+ (<c>nextslicecap</c>): the capacity doubles below this many elements, then grows by
    /// <c>(cap + 3·threshold) / 4</c> per step, a smooth transition from ×2 to ×1.25.
    /// </summary>
    public const long Go118Threshold = 256;

    /// <summary>The growth formula of <paramref name="rule"/> in one line, derived from the constants it uses.</summary>
    public static string Describe(SliceGrowthRule rule) => rule == SliceGrowthRule.Go118
        ? $"x2 below cap {Go118Threshold}, then +(cap+{3 * Go118Threshold})/4"
        : $"x2 below cap {Go117DoublingLimit}, then x1.25";

    /// <summary>
    /// The capacity <c>growslice</c> starts from before rounding: <c>nextslicecap(newLen, oldCap)</c>.
    /// </summary>
    /// <param name="newLen">The length the append needs (old length + appended elements).</param>
    /// <param name="oldCap">The capacity of the slice being appended to.</param>
    /// <param name="version">The Go version whose formula applies.</param>
    public static long NextCapacity(long newLen, long oldCap, GoVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var newcap = oldCap;
        var doublecap = unchecked(newcap + newcap);
        if (newLen > doublecap)
        {
            return newLen;
        }

        if (version.GrowthRule == SliceGrowthRule.Go117)
        {
            if (oldCap < Go117DoublingLimit)
            {
                return doublecap;
            }

            // Check 0 < newcap to stop on overflow, as Go does.
            while (newcap > 0 && newcap < newLen)
            {
                newcap = unchecked(newcap + (newcap / 4));
            }

            return newcap <= 0 ? newLen : newcap;
        }

        if (oldCap < Go118Threshold)
        {
            return doublecap;
        }

        do
        {
            // The smooth 2x → 1.25x transition of Go 1.18+. newLen > 0 here, so an overflowed newcap compares
            // above it as unsigned and ends the loop (then falls back to newLen below).
            newcap = unchecked(newcap + ((newcap + (3 * Go118Threshold)) >> 2));
        }
        while ((ulong)newcap < (ulong)newLen);

        return newcap <= 0 ? newLen : newcap;
    }

    /// <summary>
    /// <c>growslice</c>: the capacity and allocation of an append that needs <paramref name="newLen"/> elements in a
    /// slice of capacity <paramref name="oldCap"/>.
    /// </summary>
    /// <param name="newLen">Old length plus the number of appended elements (may be negative after an overflow).</param>
    /// <param name="oldCap">The old capacity.</param>
    /// <param name="elemSize">The element size in bytes (0 for zero-size types).</param>
    /// <param name="pointers">Whether the element type contains pointers (not <c>noscan</c>).</param>
    /// <param name="version">The Go version whose rules apply.</param>
    /// <exception cref="GoPanicException">
    /// <c>growslice: len out of range</c> (1.20+) or <c>growslice: cap out of range</c> (≤1.19) when the length
    /// overflowed or the new backing array would exceed <c>maxAlloc</c>.
    /// </exception>
    public static SliceGrowthPlan Plan(long newLen, long oldCap, long elemSize, bool pointers, GoVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentOutOfRangeException.ThrowIfNegative(elemSize);

        // ≤1.19 checked `cap < old.cap`, 1.20+ `newLen < 0`: both catch an overflowed length with the version's text.
        if (newLen < 0 || newLen < oldCap)
        {
            ThrowHelper.ThrowRuntimeError(version.GrowsliceOverflowMessage);
        }

        if (elemSize == 0)
        {
            // Zero-size elements: &zerobase with cap == newLen, nothing allocated.
            return new SliceGrowthPlan(newLen, newLen, 0, 0);
        }

        var next = NextCapacity(newLen, oldCap, version);
        var noscan = !pointers;
        long rounded;
        long newcap;
        long request;
        if ((ulong)next > (ulong)(SizeClasses.MaxAlloc / elemSize))
        {
            // `overflow || capmem > maxAlloc` in Go; maxAlloc is page aligned, so rounding cannot push a size that
            // fits over it.
            ThrowHelper.ThrowRuntimeError(version.GrowsliceOverflowMessage);
        }

        var wanted = next * elemSize;
        rounded = Allocator.RoundUpSize(wanted, noscan, version);
        if (elemSize == 1 || elemSize == 8)
        {
            // The 1 and PtrSize cases never recompute capmem (it is already a multiple of the element size).
            newcap = rounded / elemSize;
            request = rounded;
        }
        else
        {
            newcap = BitOperations.IsPow2(elemSize) ? rounded >> BitOperations.TrailingZeroCount(elemSize) : rounded / elemSize;
            request = version.GrowsliceRecomputesCapmem ? newcap * elemSize : rounded;
        }

        return new SliceGrowthPlan(next, newcap, rounded, request);
    }

    /// <summary><see cref="Plan(long, long, long, bool, GoVersion)"/> for a Go element type.</summary>
    public static SliceGrowthPlan Plan(long newLen, long oldCap, GoType elem, GoVersion version)
    {
        ArgumentNullException.ThrowIfNull(elem);
        return Plan(newLen, oldCap, elem.Size, elem.HasPointers, version);
    }

    /// <summary>
    /// <c>makeslice</c>'s checks: returns the bytes of the backing array (<c>elemSize * cap</c>) or panics like Go.
    /// </summary>
    /// <exception cref="GoPanicException">
    /// <c>makeslice: len out of range</c> when <c>len</c> is negative or <c>elemSize * len</c> overflows or exceeds
    /// <c>maxAlloc</c>; otherwise <c>makeslice: cap out of range</c> when <c>cap &lt; len</c> or <c>elemSize * cap</c>
    /// is too large. Go checks the cap product first and reports the len error when both fail.
    /// </exception>
    public static long MakeSliceBytes(long len, long cap, long elemSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(elemSize);
        if (TooBig(cap, elemSize) || len < 0 || len > cap)
        {
            if (TooBig(len, elemSize) || len < 0)
            {
                ThrowHelper.ThrowRuntimeError("makeslice: len out of range");
            }

            ThrowHelper.ThrowRuntimeError("makeslice: cap out of range");
        }

        return cap * elemSize;

        static bool TooBig(long n, long size) => n < 0 || (size != 0 && (ulong)n > (ulong)(SizeClasses.MaxAlloc / size));
    }

    /// <summary>
    /// The capacity of the compiler's 32-byte stack backing store for elements of <paramref name="elemSize"/> bytes:
    /// <c>K = 32 / size</c>, or 0 when the element is empty or larger than 32 bytes (no buffer).
    /// </summary>
    public static long StackBufferCapacity(long elemSize) =>
        elemSize is > 0 and <= StackBufferBytes ? StackBufferBytes / elemSize : 0;
}
