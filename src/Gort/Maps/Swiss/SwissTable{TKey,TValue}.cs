using System.Runtime.CompilerServices;
using Gort.Maps.Hashing;

namespace Gort.Maps.Swiss;

/// <summary>
/// One Swiss table (<c>internal/runtime/maps.table</c>): a power-of-two array of groups (at most 1024 slots), its fill
/// counters, and its place in the directory. A small map's single group is also kept in a table object (with
/// <see cref="Capacity"/> 8) so lookups and iteration share code; it is not a Go table and is never accounted as one.
/// </summary>
internal sealed class SwissTable<TKey, TValue>
{
    /// <summary>The groups; Go's <c>groups.data</c>.</summary>
    public readonly SwissGroup<TKey, TValue>[] Groups;

    /// <summary>
    /// The hash of each full slot (index group·8 + slot) when <see cref="KeyHasher{TKey}.KeepsHashes"/>, else null:
    /// growth and splits re-insert every entry by hash, and with the hash kept here they never read the keys again.
    /// </summary>
    public readonly ulong[]? Hashes;

    /// <summary>Number of groups − 1.</summary>
    public readonly int LengthMask;

    /// <summary>Slots in the table (a power of two, 8..1024).</summary>
    public readonly int Capacity;

    /// <summary>Full slots.</summary>
    public int Used;

    /// <summary>Inserts left before the table must rehash (tombstones do not give it back).</summary>
    public int GrowthLeft;

    /// <summary>How many top hash bits select this table in the directory.</summary>
    public int LocalDepth;

    /// <summary>The first directory index that points here, or −1 once the table has been replaced by a grow or split.</summary>
    public int Index;

    public SwissTable(int capacity, int index, int localDepth)
    {
        Groups = new SwissGroup<TKey, TValue>[capacity / SwissCtrl.GroupSlots];
        for (var i = 0; i < Groups.Length; i++)
        {
            Groups[i].Ctrl = SwissCtrl.EmptyWord;
        }

        if (KeyHasher<TKey>.KeepsHashes)
        {
            Hashes = new ulong[capacity];
        }

        LengthMask = Groups.Length - 1;
        Capacity = capacity;
        Index = index;
        LocalDepth = localDepth;
        GrowthLeft = MaxGrowthLeft;
    }

    /// <summary>Records the hash of the entry just put in slot <paramref name="slot"/> of group <paramref name="group"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void RememberHash(uint group, int slot, ulong hash)
    {
        if (!typeof(TKey).IsValueType && Hashes is { } hashes)
        {
            hashes[(int)(group * SwissCtrl.GroupSlots) + slot] = hash;
        }
    }

    /// <summary>The hash of the entry in slot <paramref name="slot"/> of group <paramref name="group"/>: remembered, or computed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong HashAt(int group, int slot, TKey key, ulong seed) =>
        !typeof(TKey).IsValueType && Hashes is { } hashes ? hashes[(group * SwissCtrl.GroupSlots) + slot] : SwissHash<TKey>.Hash(key, seed);

    /// <summary>7/8 of the capacity (one less than the capacity for an 8-slot table).</summary>
    public int MaxGrowthLeft => (int)SwissLayout.MaxLoad(Capacity);

    /// <summary>Tombstones: slots neither full nor available to grow into.</summary>
    public int Tombstones => MaxGrowthLeft - Used - GrowthLeft;
}
