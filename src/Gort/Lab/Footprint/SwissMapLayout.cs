using Gort.Types;

namespace Gort.Lab.Footprint;

/// <summary>The Swiss-table (Go 1.24+) layout of one map type on linux/amd64.</summary>
/// <param name="SlotSize">Bytes of one slot <c>struct{ key K'; elem V' }</c> in Go struct layout.</param>
/// <param name="GroupSize">Bytes of one group: an 8-byte control word and 8 slots (16 when slots are empty).</param>
/// <param name="GroupHasPointers">Whether the group is pointerful.</param>
/// <param name="IndirectKey">Whether keys are stored behind a pointer (key larger than 128 bytes).</param>
/// <param name="IndirectElem">Whether elems are stored behind a pointer (elem larger than 128 bytes).</param>
/// <remarks>Mirrors <c>reflectdata.SwissMapGroupType</c> (cmd/compile) and <c>internal/runtime/maps</c>.</remarks>
public sealed record SwissMapLayout(long SlotSize, long GroupSize, bool GroupHasPointers, bool IndirectKey, bool IndirectElem)
{
    /// <summary>Slots per group.</summary>
    public const int GroupSlots = 8;

    /// <summary>Bytes of the <c>Map</c> header.</summary>
    public const int HeaderSize = 48;

    /// <summary>Bytes of one <c>table</c> struct.</summary>
    public const int TableSize = 32;

    /// <summary>The largest table capacity (slots); a full table of this size splits instead of doubling.</summary>
    public const int MaxTableCapacity = 1024;

    /// <summary>Keys or elems larger than this are stored indirectly.</summary>
    public const int MaxInlineSize = 128;

    /// <summary>The layout of <paramref name="map"/>'s groups.</summary>
    public static SwissMapLayout Of(GoMapType map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var ik = map.Key.Size > MaxInlineSize;
        var ie = map.Elem.Size > MaxInlineSize;
        long ks = ik ? 8 : map.Key.Size;
        long ka = ik ? 8 : map.Key.Align;
        long es = ie ? 8 : map.Elem.Size;
        long ea = ie ? 8 : map.Elem.Align;
        var elemOff = AlignUp(ks, ea);
        var raw = elemOff + es;
        if (raw > 0 && es == 0)
        {
            raw++; // gc pads a trailing zero-size field so that its address stays inside the struct
        }

        var slot = AlignUp(raw, Math.Max(ka, ea));
        var group = slot == 0 ? 16 : 8 + (GroupSlots * slot); // ctrl + [8]struct{}: the same trailing-field padding
        var pointers = ik || ie || map.Key.HasPointers || map.Elem.HasPointers;
        return new SwissMapLayout(slot, group, pointers, ik, ie);
    }

    private static long AlignUp(long n, long a) => a <= 1 ? n : (n + a - 1) / a * a;
}
