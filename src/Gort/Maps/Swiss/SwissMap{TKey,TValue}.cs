using System.Numerics;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Gort.Diagnostics;
using Gort.Maps.Hashing;
using Gort.Maps.Internal;
using Gort.Memory;
using Gort.Runtime;
using Gort.Types;

namespace Gort.Maps.Swiss;

/// <summary>
/// Go's Swiss-table map (Go 1.24+, <c>internal/runtime/maps</c>): a small map of one 8-slot group, then a directory of
/// tables of at most 1024 slots each that grow in place and split with extendible hashing. Every decision that shows
/// in <c>len</c>, in the structure or in <c>runtime.MemStats</c> follows the version's source; hashing is Gort's own
/// (<see cref="KeyHasher{TKey}"/>), so what depends on hash values (split timing after the first split, iteration
/// order, tombstone placement) matches Go in distribution, not bit for bit.
/// </summary>
/// <remarks>
/// Layout: each table is one array of <see cref="SwissGroup{TKey,TValue}"/> structs (control word + 8 inline slots).
/// Keys and elems that Go stores indirectly (over 128 bytes) are stored inline here too; only their allocations are
/// accounted. Hot paths (<see cref="FindValue"/>, <see cref="Assign"/>) are inlined probe loops over the group array;
/// growth, splits and tombstone pruning live in cold methods (<c>SwissMap{TKey,TValue}.Growth.cs</c>).
/// </remarks>
internal sealed partial class SwissMap<TKey, TValue> : MapEngine<TKey, TValue>
{
    private const int MaxTableCapacity = SwissLayout.MaxTableCapacity;

    private readonly GoRuntime _runtime;
    private readonly SwissLayout _layout;
    private readonly bool _accounting;
    private readonly bool _fastInsert;
    private readonly bool _prunes;
    private readonly bool _overwriteGrows;
    private readonly bool _clear125;
    private readonly bool _needKeyUpdate;
    private readonly bool _indirect;

    // Go's Map header: used, seed, dirPtr (small group or directory), dirLen, globalDepth/globalShift, writing,
    // tombstonePossible (1.25+), clearSeq.
    private long _used;
    private ulong _seed;
    private SwissTable<TKey, TValue>? _small;
    private SwissDirEntry<TKey, TValue>[] _directory = [];
    // Live tables by log2(capacity) (8 .. 1024) and by local depth; allocated with the first table, so that a small
    // map (most maps) costs no more than Go's.
    private int[]? _capacityHist;
    private int[]? _depthHist;
    private int _tableCount;
    private long _tableCapacity;
    private int _dirLen;
    private int _globalDepth;
    private int _globalShift = 64;
    private int _writing;
    private bool _tombstonePossible;
    private ulong _clearSeq;

    // hash >> _dirShift, masked with _dirMask, is the directory index; with one entry the mask is 0 (Go: dirLen == 1 → 0).
    private int _dirShift = 63;

    /// <summary>
    /// <c>makemap</c>/<c>makemap_small</c> with the compiler's lowering: an escaping map allocates its 48-byte header; a
    /// non-escaping one lives on the stack and, when <paramref name="hint"/> ≤ 8, gets a zeroed stack group too.
    /// </summary>
    public SwissMap(GoRuntime runtime, long hint, GoMapType goType, bool escapes)
    {
        _runtime = runtime;
        _layout = DefaultLayout<TKey, TValue, SwissLayout>.For(goType, static t => SwissLayout.Of(t));
        _accounting = runtime.Accounting;
        _fastInsert = _layout.AssignPath != SwissAssignPath.Generic;
        _prunes = _layout.PrunesTombstones(runtime.Version);
        _overwriteGrows = runtime.Version.SwissSmallMapOverwriteGrows;
        _clear125 = runtime.Version.SwissClear125;
        _needKeyUpdate = _layout.NeedKeyUpdate;
        _indirect = _layout.IndirectKey || _layout.IndirectElem;

        if (escapes && _accounting)
        {
            Account(SwissLayout.MapHeaderSize, true, GoOperation.MapHeader, "internal/runtime/maps.Map", this);
        }

        _seed = runtime.Rand();
        if (hint < 0)
        {
            hint = 0;
        }

        if (hint <= SwissCtrl.GroupSlots)
        {
            if (!escapes)
            {
                _small = new SwissTable<TKey, TValue>(SwissCtrl.GroupSlots, 0, 0); // the compiler's stack group
            }

            return;
        }

        var targetCapacity = (ulong)hint * SwissCtrl.GroupSlots / 7;
        var dirSize = PowerOfTwoCeiling((targetCapacity + MaxTableCapacity - 1) / MaxTableCapacity);
        if ((UInt128)dirSize * MaxTableCapacity * (ulong)_layout.GroupSize > (ulong)SizeClasses.MaxAlloc)
        {
            return; // larger than maxAlloc: Go returns an empty map, no panic
        }

        _globalDepth = BitOperationsLog2(dirSize);
        _globalShift = 64 - _globalDepth;
        _directory = new SwissDirEntry<TKey, TValue>[(int)dirSize];
        AccountDirectory(_directory);
        for (var i = 0; i < (int)dirSize; i++)
        {
            var table = NewTable((int)(targetCapacity / dirSize), i, _globalDepth);
            _directory[i] = new(table);
            CountTable(table, +1);
        }

        _dirLen = (int)dirSize;
        UpdateDirShift();
    }

    /// <inheritdoc/>
    public override int Count => (int)_used;

    /// <inheritdoc/>
    public override GoRuntime Runtime => _runtime;

    /// <summary>The layout of the Go map type this engine models.</summary>
    internal SwissLayout Layout => _layout;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override ref TValue FindValue(TKey key)
    {
        // An empty map finds nothing anyway; only an interface key must still be checked for hashability first.
        if (typeof(TKey) == typeof(object) && _used == 0)
        {
            CheckHashable(key);
            return ref Unsafe.NullRef<TValue>();
        }

        if (_writing != 0)
        {
            ThrowHelper.ThrowConcurrentMapReadAndWrite();
        }

        var hash = SwissHash<TKey>.Hash(key, _seed);
        return ref FindInMap(hash, key);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override void Assign(TKey key, TValue value)
    {
        if (_writing != 0)
        {
            ThrowHelper.ThrowConcurrentMapWrites();
        }

        var hash = SwissHash<TKey>.Hash(key, _seed);
        _writing ^= 1;
        ref var slot = ref _dirLen != 0 ? ref PutInTables(hash, key) : ref PutSmall(hash, key);
        if (_writing == 0)
        {
            ThrowHelper.ThrowConcurrentMapWrites();
        }

        _writing ^= 1;
        slot = value;
    }

    /// <inheritdoc/>
    public override void Delete(TKey key)
    {
        if (_used == 0)
        {
            CheckHashable(key);
            return;
        }

        if (_writing != 0)
        {
            ThrowHelper.ThrowConcurrentMapWrites();
        }

        var hash = SwissHash<TKey>.Hash(key, _seed);
        _writing ^= 1;
        if (_dirLen == 0)
        {
            DeleteSmall(hash, key);
        }
        else if (DeleteInTable(DirectoryAt(hash), hash, key) && _clear125)
        {
            _tombstonePossible = true;
        }

        if (_used == 0)
        {
            _seed = _runtime.Rand();
        }

        if (_writing == 0)
        {
            ThrowHelper.ThrowConcurrentMapWrites();
        }

        _writing ^= 1;
    }

    /// <inheritdoc/>
    public override void Clear()
    {
        if (_used == 0 && !(_clear125 && _tombstonePossible))
        {
            return;
        }

        if (_writing != 0)
        {
            ThrowHelper.ThrowConcurrentMapWrites();
        }

        _writing ^= 1;
        if (_dirLen == 0)
        {
            var g = _small!.Groups;
            Array.Clear(g);
            g[0].Ctrl = SwissCtrl.EmptyWord;
            _used = 0;
        }
        else
        {
            SwissTable<TKey, TValue>? last = null;
            for (var i = 0; i < _dirLen; i++)
            {
                var t = _directory[i].Table;
                if (t == last)
                {
                    continue;
                }

                ClearTable(t);
                last = t;
            }

            _used = 0;
            _tombstonePossible = false;
        }

        _clearSeq++;
        _seed = _runtime.Rand();
        if (_writing == 0)
        {
            ThrowHelper.ThrowConcurrentMapWrites();
        }

        _writing ^= 1;
    }

    /// <inheritdoc/>
    public override MapIterator<TKey, TValue> Iterate() => new Iterator(this);

    /// <inheritdoc/>
    public override MapState Inspect() => Snapshot(walkTables: true);

    /// <inheritdoc/>
    public override MapState InspectTimeline() => Snapshot(walkTables: false);

    private SwissMapState Snapshot(bool walkTables)
    {
        long? growthLeft = null, tombstones = null;
        if (_dirLen == 0)
        {
            growthLeft = _small is null ? 0 : SwissCtrl.GroupSlots - _used;
            tombstones = 0;
        }
        else if (walkTables)
        {
            // Distinct tables: a table of local depth d fills 2^(globalDepth - d) consecutive directory entries.
            long left = 0, dead = 0;
            var tables = 0;
            for (var i = 0; i < _dirLen; i += 1 << (_globalDepth - _directory[i].Table.LocalDepth))
            {
                var t = _directory[i].Table;
                left += t.GrowthLeft;
                dead += t.Tombstones;
                tables++;
            }

            Debug.Assert(tables == _tableCount, "table counters out of step with the directory");
            growthLeft = left;
            tombstones = dead;
        }

        return new SwissMapState
        {
            Count = _used,
            DirLen = _dirLen,
            GlobalDepth = _globalDepth,
            Tables = _dirLen == 0 ? 0 : _tableCount,
            Capacity = _dirLen == 0 ? (_small is null ? 0 : SwissCtrl.GroupSlots) : _tableCapacity,
            GrowthLeft = growthLeft,
            Tombstones = tombstones,
            TableCapacityHist = _dirLen == 0 ? string.Empty : Histogram(_capacityHist, log2Keys: true),
            LocalDepthHist = _dirLen == 0 ? string.Empty : Histogram(_depthHist, log2Keys: false),
            DirPtrNil = _dirLen == 0 && _small is null,
            TombstonePossible = _tombstonePossible,
            GroupSize = _layout.GroupSize,
            SlotSize = _layout.SlotSize,
        };
    }

    // "512x1,1024x2": ascending keys with their counts, as the oracle writes them.
    private static string Histogram(ReadOnlySpan<int> counts, bool log2Keys)
    {
        var parts = new List<string>();
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] != 0)
            {
                parts.Add($"{(log2Keys ? 1 << i : i)}x{counts[i]}");
            }
        }

        return string.Join(",", parts);
    }

    // ---- lookup -----------------------------------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref TValue FindInMap(ulong hash, TKey key)
    {
        if (_dirLen == 0)
        {
            return ref FindInSmall(hash, key);
        }

        ref var entry = ref EntryAt(hash);
        ref var groups = ref MemoryMarshal.GetArrayDataReference(entry.Groups);
        var mask = (uint)entry.Mask;
        var offset = (uint)(hash >> 7) & mask;
        var h2 = hash & 0x7F;
        uint index = 0;
        while (true)
        {
            ref var g = ref Unsafe.Add(ref groups, offset);
            var ctrl = g.Ctrl;
            var match = SwissCtrl.MatchH2(ctrl, h2);
            while (match != 0)
            {
                ref var slot = ref SwissGroup<TKey, TValue>.Slot(ref g, SwissCtrl.First(match));
                if (KeyHasher<TKey>.Equal(key, slot.Key))
                {
                    return ref slot.Value;
                }

                match = SwissCtrl.RemoveFirst(match);
            }

            if (SwissCtrl.MatchEmpty(ctrl) != 0)
            {
                return ref Unsafe.NullRef<TValue>();
            }

            index++;
            offset = (offset + index) & mask;
        }
    }

    private ref TValue FindInSmall(ulong hash, TKey key)
    {
        var small = _small;
        if (small is null)
        {
            return ref Unsafe.NullRef<TValue>();
        }

        ref var g = ref MemoryMarshal.GetArrayDataReference(small.Groups);
        var match = SwissCtrl.MatchH2(g.Ctrl, hash & 0x7F);
        while (match != 0)
        {
            ref var slot = ref SwissGroup<TKey, TValue>.Slot(ref g, SwissCtrl.First(match));
            if (KeyHasher<TKey>.Equal(key, slot.Key))
            {
                return ref slot.Value;
            }

            match = SwissCtrl.RemoveFirst(match);
        }

        return ref Unsafe.NullRef<TValue>();
    }

    /// <summary>Go's <c>getWithKey</c> for the iterator: the live slot of <paramref name="key"/>, or a null reference.</summary>
    internal ref SwissSlot<TKey, TValue> FindSlot(TKey key)
    {
        if (_used == 0)
        {
            return ref Unsafe.NullRef<SwissSlot<TKey, TValue>>();
        }

        if (_writing != 0)
        {
            ThrowHelper.ThrowConcurrentMapReadAndWrite();
        }

        var hash = SwissHash<TKey>.Hash(key, _seed);
        var h2 = hash & 0x7F;
        SwissGroup<TKey, TValue>[] groups;
        int mask;
        if (_dirLen == 0)
        {
            groups = _small!.Groups;
            mask = 0;
        }
        else
        {
            var t = DirectoryAt(hash);
            groups = t.Groups;
            mask = t.LengthMask;
        }

        var offset = (int)(hash >> 7) & mask;
        for (var index = 0; index <= mask; index++, offset = (offset + index) & mask)
        {
            ref var g = ref groups[offset];
            var match = SwissCtrl.MatchH2(g.Ctrl, h2);
            while (match != 0)
            {
                ref var slot = ref SwissGroup<TKey, TValue>.Slot(ref g, SwissCtrl.First(match));
                if (KeyHasher<TKey>.Equal(key, slot.Key))
                {
                    return ref slot;
                }

                match = SwissCtrl.RemoveFirst(match);
            }

            if (SwissCtrl.MatchEmpty(g.Ctrl) != 0)
            {
                break;
            }
        }

        return ref Unsafe.NullRef<SwissSlot<TKey, TValue>>();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref SwissDirEntry<TKey, TValue> EntryAt(ulong hash) =>
        ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_directory), (int)(hash >> _dirShift) & (_dirLen - 1));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private SwissTable<TKey, TValue> DirectoryAt(ulong hash) => EntryAt(hash).Table;

    private void UpdateDirShift() => _dirShift = _dirLen == 1 ? 63 : _globalShift;

    // ---- insert -----------------------------------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref TValue PutInTables(ulong hash, TKey key)
    {
        while (true)
        {
            ref var entry = ref EntryAt(hash);
            var t = entry.Table;
            ref var groups = ref MemoryMarshal.GetArrayDataReference(entry.Groups);
            var mask = (uint)entry.Mask;
            var offset = (uint)(hash >> 7) & mask;
            var h2 = hash & 0x7F;
            uint index = 0;
            while (true)
            {
                ref var g = ref Unsafe.Add(ref groups, offset);
                var ctrl = g.Ctrl;
                var match = SwissCtrl.MatchH2(ctrl, h2);
                while (match != 0)
                {
                    ref var slot = ref SwissGroup<TKey, TValue>.Slot(ref g, SwissCtrl.First(match));
                    if (KeyHasher<TKey>.Equal(key, slot.Key))
                    {
                        if (_needKeyUpdate)
                        {
                            slot.Key = key;
                        }

                        return ref slot.Value;
                    }

                    match = SwissCtrl.RemoveFirst(match);
                }

                // The common end of a probe: an empty slot and no tombstone on the way, with room left.
                var empty = SwissCtrl.MatchEmpty(ctrl);
                if (empty != 0 && t.GrowthLeft > 0 && (ctrl & SwissCtrl.Msb) == empty)
                {
                    var i = SwissCtrl.First(empty);
                    if (_indirect)
                    {
                        break; // the slow path accounts the indirect allocations
                    }

                    ref var slot = ref SwissGroup<TKey, TValue>.Slot(ref g, i);
                    slot.Key = key;
                    SwissCtrl.Set(ref g.Ctrl, i, (byte)h2);
                    t.RememberHash(offset, i, hash);
                    t.GrowthLeft--;
                    t.Used++;
                    _used++;
                    return ref slot.Value;
                }

                if (empty != 0 || SwissCtrl.MatchEmptyOrDeleted(ctrl) != 0)
                {
                    break; // tombstones, a full table or indirect slots: Go's full rules in the cold path
                }

                index++;
                offset = (offset + index) & mask;
            }

            ref TValue result = ref PutInTableSlow(t, hash, key, out var rehashed);
            if (!rehashed)
            {
                return ref result;
            }
        }
    }
}
