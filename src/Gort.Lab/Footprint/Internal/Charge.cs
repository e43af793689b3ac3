using Gort.Memory;
using Gort.Versions;

namespace Gort.Lab.Footprint.Internal;

/// <summary>Bytes one heap object of a given size really holds (its slot, or its pages), from <see cref="Allocator.Plan"/>.</summary>
internal static class Charge
{
    /// <remarks>
    /// Tiny objects (pointer-free, under 16 bytes) share a 16-byte block with other tiny objects, so a single one has no
    /// slot of its own: it is charged its own size here (the block it sits in may also hold unrelated data).
    /// </remarks>
    public static long Bytes(long size, bool pointers, GoVersion version)
    {
        var plan = Allocator.Plan(size, pointers, version);
        return plan.Path switch
        {
            AllocationPath.Zero => 0,
            AllocationPath.Tiny => size,
            _ => plan.SlotBytes,
        };
    }
}
