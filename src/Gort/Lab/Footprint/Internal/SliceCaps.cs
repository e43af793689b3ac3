using Gort.Memory;
using Gort.Versions;

namespace Gort.Lab.Footprint.Internal;

/// <summary>
/// The cap <c>growslice</c> gives when <c>append</c> needs room for <c>newLen</c> elements in a slice of cap
/// <c>oldCap</c> (spec §2.3): <c>nextslicecap</c>, then the byte size rounded up by <c>roundupsize</c>.
/// </summary>
/// <remarks>
/// Interim copy of the rule for the lab until the Slices area (<c>SliceGrowth</c>) is merged; it must then delegate
/// to that single source of truth.
/// </remarks>
internal static class SliceCaps
{
    public static long Grow(long newLen, long oldCap, long elemSize, bool pointers, GoVersion version)
    {
        if (elemSize == 0)
        {
            return newLen;
        }

        var newCap = NextCap(newLen, oldCap, version);
        var mem = Allocator.RoundUpSize(newCap * elemSize, !pointers, version);
        return mem / elemSize;
    }

    private static long NextCap(long newLen, long oldCap, GoVersion version)
    {
        var doubleCap = oldCap + oldCap;
        if (newLen > doubleCap)
        {
            return newLen;
        }

        var go118 = version.GrowthRule == SliceGrowthRule.Go118;
        if (oldCap < (go118 ? 256 : 1024))
        {
            return doubleCap;
        }

        var newCap = oldCap;
        while (newCap > 0 && newCap < newLen)
        {
            newCap += go118 ? (newCap + (3 * 256)) >> 2 : newCap / 4;
        }

        return newCap <= 0 ? newLen : newCap;
    }
}
