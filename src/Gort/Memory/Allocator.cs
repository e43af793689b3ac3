using System.Runtime.CompilerServices;
using Gort.Versions;

namespace Gort.Memory;

/// <summary>
/// The stateless rules of Go's allocator: <c>roundupsize</c> and <c>mallocgc</c>'s choice of path and slot, per
/// version. <see cref="GoHeap"/> adds the state (tiny block, counters).
/// </summary>
/// <remarks>Mirrors <c>runtime/msize.go</c> (1.17–1.21), <c>msize_allocheaders.go</c> (1.22+) and <c>mallocgc</c>.</remarks>
public static class Allocator
{
    /// <summary>
    /// <c>roundupsize(size, noscan)</c>: the bytes an allocation of <paramref name="size"/> really gets, as
    /// <c>growslice</c> and <c>makeBucketArray</c> use it. With malloc headers (1.22+) a pointerful object above 512
    /// bytes loses 8 bytes of its slot to the header.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long RoundUpSize(long size, bool noscan, GoVersion version)
    {
        if (version.MallocHeaders)
        {
            if (size <= SizeClasses.MaxSmallSize - SizeClasses.MallocHeaderSize)
            {
                var req = size;
                if (!noscan && size > SizeClasses.MinSizeForMallocHeader)
                {
                    req += SizeClasses.MallocHeaderSize;
                }

                return req == 0 ? 0 : SizeClasses.ClassSize(req) - (req - size);
            }
        }
        else if (size < SizeClasses.MaxSmallSize)
        {
            return size == 0 ? 0 : SizeClasses.ClassSize(size);
        }

        return RoundUpPages(size);
    }

    /// <summary>Rounds up to whole 8 KiB pages, or returns <paramref name="size"/> if that would overflow (as Go does).</summary>
    public static long RoundUpPages(long size) =>
        size > long.MaxValue - SizeClasses.PageSize ? size : (size + SizeClasses.PageSize - 1) & ~(long)(SizeClasses.PageSize - 1);

    /// <summary>The path, class and slot <c>mallocgc(size, typ)</c> uses for an object of <paramref name="size"/> bytes.</summary>
    public static AllocationPlan Plan(long size, bool pointers, GoVersion version)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        if (size == 0)
        {
            return new AllocationPlan(AllocationPath.Zero, 0, 0, 0, false);
        }

        if (size <= version.MaxSmallSize)
        {
            if (!pointers && size < SizeClasses.TinySize)
            {
                return new AllocationPlan(AllocationPath.Tiny, SizeClasses.TinySizeClass, SizeClasses.TinySize, RoundUpSize(size, true, version), false);
            }

            var header = pointers && version.MallocHeaders && size > SizeClasses.MinSizeForMallocHeader;
            var cls = SizeClasses.SizeToClass(header ? size + SizeClasses.MallocHeaderSize : size);
            var slot = SizeClasses.ClassToSize[cls];
            return new AllocationPlan(AllocationPath.Small, cls, slot, header ? slot - SizeClasses.MallocHeaderSize : slot, header);
        }

        var pages = RoundUpPages(size);
        return new AllocationPlan(AllocationPath.Large, 0, pages, pages, false);
    }
}
