using Gort.Types;
using Gort.Versions;

namespace Gort.Maps.Swiss;

/// <summary>
/// The memory layout the gc compiler gives a Swiss map type (<c>reflectdata.SwissMapGroupType</c>, 1.24+): keys or
/// elems over 128 bytes are stored as pointers, a slot is <c>struct{ key K'; elem V' }</c> with Go's struct layout
/// (including the one byte of padding a trailing zero-size field gets), and a group is
/// <c>struct{ ctrl uint64; slots [8]slot }</c>.
/// </summary>
/// <remarks>
/// <code>
/// group (map[int64]int64, 136 bytes):
/// +--------+----------------+----------------+-----+----------------+
/// | ctrl   | slot 0         | slot 1         | ... | slot 7         |
/// | 8 B    | key 8 | elem 8 | key 8 | elem 8 |     | key 8 | elem 8 |
/// +--------+----------------+----------------+-----+----------------+
/// ctrl byte i: 0x80 empty, 0xFE deleted (tombstone), 0x00..0x7F full (the hash's low 7 bits, h2)
/// </code>
/// <para>Part of the public inspection API: the Swiss engine allocates by it, and the lab's footprint model reads it.</para>
/// </remarks>
public sealed class SwissLayout
{
    /// <summary>Keys and elems above this size are stored indirectly (<c>MapMaxKeyBytes</c>/<c>MapMaxElemBytes</c>).</summary>
    public const long MaxInlineBytes = 128;

    /// <summary><c>internal/runtime/maps.Map</c>, the map header: 48 bytes.</summary>
    public const int MapHeaderSize = 48;

    /// <summary><c>internal/runtime/maps.table</c>, one table's header (its groups are a separate allocation): 32 bytes.</summary>
    public const int TableSize = 32;

    /// <summary>The most slots a table holds before it splits instead of doubling (<c>maxTableCapacity</c>).</summary>
    public const int MaxTableCapacity = 1024;

    /// <summary>
    /// How many entries a table of <paramref name="capacity"/> slots holds before it must grow
    /// (<c>table.maxGrowthLeft</c>): all but one slot of a single group, else 7/8 (<c>maxAvgGroupLoad</c>).
    /// </summary>
    public static long MaxLoad(long capacity) => capacity <= SwissCtrl.GroupSlots ? capacity - 1 : capacity * 7 / 8;

    private SwissLayout(GoMapType type)
    {
        Type = type;
        var key = type.Key;
        var elem = type.Elem;
        IndirectKey = key.Size > MaxInlineBytes;
        IndirectElem = elem.Size > MaxInlineBytes;
        long keySize = IndirectKey ? 8 : key.Size;
        long elemSize = IndirectElem ? 8 : elem.Size;
        var keyAlign = IndirectKey ? 8 : Math.Max(1, key.Align);
        var elemAlign = IndirectElem ? 8 : Math.Max(1, elem.Align);

        // struct{ key K'; elem V' } with gc's rules: a trailing zero-size field gets one byte so its address stays inside.
        var elemOff = AlignUp(keySize, elemAlign);
        var raw = elemOff + elemSize;
        if (raw > 0 && elemSize == 0)
        {
            raw++;
        }

        SlotSize = AlignUp(raw, Math.Max(keyAlign, elemAlign));

        // struct{ ctrl uint64; slots [8]slot }: a zero-size slots array is itself a trailing zero-size field.
        var groupRaw = 8 + (8 * SlotSize);
        if (SlotSize == 0)
        {
            groupRaw++;
        }

        GroupSize = AlignUp(groupRaw, 8);
        GroupHasPointers = IndirectKey || IndirectElem || key.HasPointers || elem.HasPointers;
        AssignPath = FastPathOf(key, elem);
        NeedKeyUpdate = NeedsKeyUpdate(key);
    }

    /// <summary>The Go map type.</summary>
    public GoMapType Type { get; }

    /// <summary>Whether the slot holds a pointer to the key (key larger than 128 bytes).</summary>
    public bool IndirectKey { get; }

    /// <summary>Whether the slot holds a pointer to the elem (elem larger than 128 bytes).</summary>
    public bool IndirectElem { get; }

    /// <summary>Bytes per slot.</summary>
    public long SlotSize { get; }

    /// <summary>Bytes per group (8 control bytes + 8 slots).</summary>
    public long GroupSize { get; }

    /// <summary>Whether a group array is pointerful (so large arrays get a malloc header in 1.22+).</summary>
    public bool GroupHasPointers { get; }

    /// <summary>The <c>mapassign</c> variant the compiler uses.</summary>
    internal SwissAssignPath AssignPath { get; }

    /// <summary>Whether an overwrite stores the new key too (floats: +0/−0; strings and interfaces).</summary>
    internal bool NeedKeyUpdate { get; }

    /// <summary>Whether this assign path prunes tombstones before growing in <paramref name="version"/>.</summary>
    internal bool PrunesTombstones(GoVersion version) => AssignPath switch
    {
        SwissAssignPath.Generic => false,
        SwissAssignPath.Fast64Ptr => version.SwissPrunesTombstonesOnPointerKeys,
        _ => version.SwissPrunesTombstones,
    };

    /// <summary>The layout of <paramref name="type"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is null.</exception>
    public static SwissLayout Of(GoMapType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return new(type);
    }

    private static long AlignUp(long n, long a) => (n + a - 1) / a * a;

    // walk.mapfast: elem > 128 → slow; AMEM32 without pointers → fast32; AMEM64 → fast64 or fast64ptr; string → faststr.
    private static SwissAssignPath FastPathOf(GoType key, GoType elem)
    {
        if (elem.Size > MaxInlineBytes)
        {
            return SwissAssignPath.Generic;
        }

        if (key.Underlying.Kind == GoKind.String)
        {
            return SwissAssignPath.FastStr;
        }

        if (!IsMemoryComparable(key))
        {
            return SwissAssignPath.Generic;
        }

        return key.Size switch
        {
            4 when !key.HasPointers => SwissAssignPath.Fast32,
            8 => key.HasPointers ? SwissAssignPath.Fast64Ptr : SwissAssignPath.Fast64,
            _ => SwissAssignPath.Generic,
        };
    }

    // reflectdata.AlgType == AMEM: compared as plain memory (no floats, strings, interfaces, padding or blank fields).
    private static bool IsMemoryComparable(GoType type)
    {
        var u = type.Underlying;
        switch (u.Kind)
        {
            case GoKind.Bool:
            case GoKind.Int:
            case GoKind.Int8:
            case GoKind.Int16:
            case GoKind.Int32:
            case GoKind.Int64:
            case GoKind.Uint:
            case GoKind.Uint8:
            case GoKind.Uint16:
            case GoKind.Uint32:
            case GoKind.Uint64:
            case GoKind.Uintptr:
            case GoKind.Pointer:
            case GoKind.UnsafePointer:
            case GoKind.Chan:
                return true;
            case GoKind.Array:
                return u is GoArrayType a && IsMemoryComparable(a.Elem);
            case GoKind.Struct:
                if (u is not GoStructType s)
                {
                    return false;
                }

                long end = 0;
                foreach (var f in s.Fields)
                {
                    if (f.Name == "_" || f.Offset != end || !IsMemoryComparable(f.Type))
                    {
                        return false;
                    }

                    end = f.Offset + f.Type.Size;
                }

                return end == s.Size;
            default:
                return false;
        }
    }

    // typ.NeedKeyUpdate: keys whose == does not imply identical bits (floats, strings, interfaces, and aggregates of them).
    private static bool NeedsKeyUpdate(GoType type)
    {
        var u = type.Underlying;
        return u.Kind switch
        {
            GoKind.Float32 or GoKind.Float64 or GoKind.Complex64 or GoKind.Complex128 or GoKind.String or GoKind.Interface => true,
            GoKind.Array => u is GoArrayType a && NeedsKeyUpdate(a.Elem),
            GoKind.Struct => u is GoStructType s && s.Fields.Any(f => NeedsKeyUpdate(f.Type)),
            _ => false,
        };
    }
}
