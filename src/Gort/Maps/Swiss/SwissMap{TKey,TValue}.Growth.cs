using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Gort.Diagnostics;
using Gort.Maps.Hashing;
using Gort.Memory;
using Gort.Runtime;
using Gort.Versions;

namespace Gort.Maps.Swiss;

// The cold half of SwissMap: small-map inserts, Go's full insert rules (tombstones, pruning, rehash), growth in place,
// splits with directory doubling, delete, clear, and the allocation accounting of each.
internal sealed partial class SwissMap<TKey, TValue>
{
    // ---- small map --------------------------------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.NoInlining)]
    private ref TValue PutSmall(ulong hash, TKey key)
    {
        if (_small is null)
        {
            GrowToSmall();
        }

        if (_overwriteGrows)
        {
            // 1.24–1.26: the capacity check comes first, so even an overwrite of a full small map converts it.
            if (_used < SwissCtrl.GroupSlots)
            {
                return ref PutSlotSmall(hash, key);
            }

            GrowToTable();
            return ref PutInTables(hash, key);
        }

        // 1.27: search first; only a new key that does not fit converts the map.
        ref TValue slot = ref PutSlotSmall(hash, key);
        if (!Unsafe.IsNullRef(ref slot))
        {
            return ref slot;
        }

        var table = GrowToTable();
        ref var put = ref UncheckedPut(table, hash, key, forAssign: true);
        _used++;
        return ref put.Value;
    }

    private ref TValue PutSlotSmall(ulong hash, TKey key)
    {
        ref var g = ref MemoryMarshal.GetArrayDataReference(_small!.Groups);
        var match = SwissCtrl.MatchH2(g.Ctrl, hash & 0x7F);
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

        var free = SwissCtrl.MatchEmptyOrDeleted(g.Ctrl);
        if (free == 0)
        {
            if (_overwriteGrows)
            {
                ThrowHelper.ThrowFatal("small map with no empty slot (concurrent map writes?)");
            }

            return ref Unsafe.NullRef<TValue>();
        }

        var i = SwissCtrl.First(free);
        AccountIndirect();
        ref var s = ref SwissGroup<TKey, TValue>.Slot(ref g, i);
        s.Key = key;
        SwissCtrl.Set(ref g.Ctrl, i, (byte)(hash & 0x7F));
        _small.RememberHash(0, i, hash);
        _used++;
        return ref s.Value;
    }

    private void GrowToSmall()
    {
        _small = new SwissTable<TKey, TValue>(SwissCtrl.GroupSlots, 0, 0);
        Account(_layout.GroupSize, _layout.GroupHasPointers, GoOperation.MapGroups, "group", _small.Groups);
    }

    private SwissTable<TKey, TValue> GrowToTable()
    {
        var table = NewTable(2 * SwissCtrl.GroupSlots, 0, 0);
        RuntimeObservers.MapGrow(MapEngineKind.Swiss, _used, SwissCtrl.GroupSlots, table.Capacity);
        ref var g = ref MemoryMarshal.GetArrayDataReference(_small!.Groups);
        for (var i = 0; i < SwissCtrl.GroupSlots; i++)
        {
            if ((SwissCtrl.Get(g.Ctrl, i) & SwissCtrl.Empty) != 0)
            {
                continue;
            }

            ref var slot = ref SwissGroup<TKey, TValue>.Slot(ref g, i);
            UncheckedPut(table, _small.HashAt(0, i, slot.Key, _seed), slot.Key, forAssign: false).Value = slot.Value;
        }

        _directory = [new(table)];
        AccountDirectory(_directory);
        CountTable(table, +1);
        _dirLen = 1;
        _globalDepth = 0;
        _globalShift = 64;
        UpdateDirShift();
        _small = null; // the old group is dropped (a live iterator keeps its own reference)
        return table;
    }

    // ---- tables: Go's full insert rules ---------------------------------------------------------------------

    /// <summary>
    /// The insert loop of <c>runtime_mapassign*</c> for one table. The generic path ends a probe at the first group with
    /// an empty slot and takes that slot (or the first tombstone seen earlier); the fast paths look at the first
    /// empty-or-deleted slot of each group and keep probing past a group whose first such slot is a tombstone, which
    /// can reuse a tombstone the generic path would skip. From 1.25 the fast paths prune tombstones before growing.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private ref TValue PutInTableSlow(SwissTable<TKey, TValue> t, ulong hash, TKey key, out bool rehashed)
    {
        rehashed = false;
        var groups = t.Groups;
        var mask = t.LengthMask;
        var offset = (int)(hash >> 7) & mask;
        var h2 = hash & 0x7F;
        var delGroup = -1;
        var delSlot = 0;
        for (var index = 0; ; index++, offset = (offset + index) & mask)
        {
            ref var g = ref groups[offset];
            var match = SwissCtrl.MatchH2(g.Ctrl, h2);
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

            int i;
            if (_fastInsert)
            {
                var free = SwissCtrl.MatchEmptyOrDeleted(g.Ctrl);
                if (free == 0)
                {
                    continue;
                }

                i = SwissCtrl.First(free);
                if (SwissCtrl.Get(g.Ctrl, i) == SwissCtrl.Deleted)
                {
                    if (delGroup < 0)
                    {
                        delGroup = offset;
                        delSlot = i;
                    }

                    // Go keeps probing here; every group's first free slot could in theory be a tombstone, so stop
                    // (with the remembered tombstone) once every group has been visited instead of looping forever.
                    if (index < mask)
                    {
                        continue;
                    }
                }
            }
            else
            {
                var empty = SwissCtrl.MatchEmpty(g.Ctrl);
                if (empty == 0)
                {
                    var free = SwissCtrl.MatchEmptyOrDeleted(g.Ctrl);
                    if (delGroup < 0 && free != 0)
                    {
                        delGroup = offset;
                        delSlot = SwissCtrl.First(free);
                    }

                    continue;
                }

                i = SwissCtrl.First(empty);
            }

            // End of the probe sequence.
            var target = offset;
            if (delGroup >= 0)
            {
                target = delGroup;
                i = delSlot;
                t.GrowthLeft++; // decremented below: reusing a tombstone costs no growth
            }

            if (t.GrowthLeft == 0 && _prunes)
            {
                PruneTombstones(t);
            }

            if (t.GrowthLeft > 0)
            {
                AccountIndirect();
                ref var tg = ref groups[target];
                ref var s = ref SwissGroup<TKey, TValue>.Slot(ref tg, i);
                s.Key = key;
                SwissCtrl.Set(ref tg.Ctrl, i, (byte)h2);
                t.RememberHash((uint)target, i, hash);
                t.GrowthLeft--;
                t.Used++;
                _used++;
                return ref s.Value;
            }

            Rehash(t);
            rehashed = true;
            return ref Unsafe.NullRef<TValue>();
        }
    }

    /// <summary>
    /// <c>uncheckedPutSlot</c> for growToTable (the entry moves, nothing is allocated; grow and split use
    /// <see cref="FreshSlot"/> directly) or, with <paramref name="forAssign"/>, 1.27's <c>uncheckedPutSlotForAssign</c>
    /// (a new key: indirect storage is allocated).
    /// </summary>
    private ref SwissSlot<TKey, TValue> UncheckedPut(SwissTable<TKey, TValue> t, ulong hash, TKey key, bool forAssign)
    {
        if (t.GrowthLeft == 0)
        {
            ThrowHelper.ThrowPlainPanic("invariant failed: growthLeft is unexpectedly 0");
        }

        if (forAssign)
        {
            AccountIndirect();
        }

        ref var slot = ref FreshSlot(t, hash);
        slot.Key = key;
        t.GrowthLeft--;
        t.Used++;
        return ref slot;
    }

    private void Rehash(SwissTable<TKey, TValue> t)
    {
        var newCapacity = 2 * t.Capacity;
        if (newCapacity <= MaxTableCapacity)
        {
            Grow(t, newCapacity);
        }
        else
        {
            Split(t);
        }
    }

    private void Grow(SwissTable<TKey, TValue> t, int newCapacity)
    {
        var nt = NewTable(newCapacity, t.Index, t.LocalDepth);
        RuntimeObservers.MapGrow(MapEngineKind.Swiss, _used, t.Capacity, nt.Capacity, sameSize: nt.Capacity == t.Capacity);
        MoveEntries(t, nt, nt, 0);
        ReplaceTable(nt);
        CountTable(t, -1);
        CountTable(nt, +1);
        t.Index = -1;
    }

    private void Split(SwissTable<TKey, TValue> t)
    {
        var localDepth = t.LocalDepth + 1;
        var left = NewTable(MaxTableCapacity, -1, localDepth);
        var right = NewTable(MaxTableCapacity, -1, localDepth);
        RuntimeObservers.MapGrow(MapEngineKind.Swiss, _used, t.Capacity, left.Capacity + right.Capacity);
        MoveEntries(t, left, right, 1UL << (64 - localDepth));
        InstallTableSplit(t, left, right);
        t.Index = -1;
    }

    // Re-inserts every full slot of t, in group and slot order, into `zero` (hash & mask == 0) or `one` (Go's
    // uncheckedPutSlot loop of grow and split). The hot loop of every growth: the destination is chosen by index (a
    // split sends each entry left or right at random, a branch the CPU would mispredict half the time), slots are
    // found by FreshSlot, and the tables' counters are updated once at the end.
    private void MoveEntries(SwissTable<TKey, TValue> t, SwissTable<TKey, TValue> zero, SwissTable<TKey, TValue> one, ulong mask)
    {
        var shift = mask == 0 ? 0 : BitOperations.TrailingZeroCount(mask);
        TwoTables destinations = default;
        destinations[0] = zero;
        destinations[1] = one;
        Span<int> moved = [0, 0];
        var groups = t.Groups;
        for (var gi = 0; gi < groups.Length; gi++)
        {
            ref var g = ref groups[gi];
            for (var full = SwissCtrl.MatchFull(g.Ctrl); full != 0; full = SwissCtrl.RemoveFirst(full))
            {
                var i = SwissCtrl.First(full);
                ref var slot = ref SwissGroup<TKey, TValue>.Slot(ref g, i);
                var hash = t.HashAt(gi, i, slot.Key, _seed);
                var side = (int)((hash & mask) >> shift);
                ref var fresh = ref FreshSlot(destinations[side], hash);
                fresh = slot;
                moved[side]++;
            }
        }

        for (var side = 0; side < 2; side++)
        {
            var d = destinations[side];
            d.GrowthLeft -= moved[side];
            d.Used += moved[side];
            if (d.GrowthLeft < 0)
            {
                ThrowHelper.ThrowPlainPanic("invariant failed: growthLeft is unexpectedly 0");
            }
        }
    }

    /// <summary>
    /// The probe of <c>uncheckedPutSlot</c>: the first empty or deleted slot on <paramref name="hash"/>'s probe sequence
    /// in a table the key is known not to be in (a grow, a split, a small map becoming a table), marked full with h2 and
    /// returned for the caller to fill. Counters are the caller's.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref SwissSlot<TKey, TValue> FreshSlot(SwissTable<TKey, TValue> table, ulong hash)
    {
        var groups = table.Groups;
        ref var first = ref MemoryMarshal.GetArrayDataReference(groups);
        var mask = (uint)groups.Length - 1; // a power of two: every offset & mask is inside the array
        var offset = (uint)(hash >> 7) & mask;
        for (uint index = 0; ; )
        {
            ref var g = ref Unsafe.Add(ref first, offset);
            var free = SwissCtrl.MatchEmptyOrDeleted(g.Ctrl);
            if (free != 0)
            {
                var i = SwissCtrl.First(free);
                SwissCtrl.Set(ref g.Ctrl, i, (byte)(hash & 0x7F));
                table.RememberHash(offset, i, hash);
                return ref SwissGroup<TKey, TValue>.Slot(ref g, i);
            }

            if (++index > mask)
            {
                ThrowHelper.ThrowPlainPanic("invariant failed: growthLeft is unexpectedly 0");
            }

            offset = (offset + index) & mask;
        }
    }

    /// <summary>The two destination tables of a split (one table twice for a grow), indexable without a branch.</summary>
    [InlineArray(2)]
    private struct TwoTables
    {
        private SwissTable<TKey, TValue> _table;
    }

    private void InstallTableSplit(SwissTable<TKey, TValue> old, SwissTable<TKey, TValue> left, SwissTable<TKey, TValue> right)
    {
        if (old.LocalDepth == _globalDepth)
        {
            // The directory doubles: a new []*table each time (the old one is garbage).
            var newDir = new SwissDirEntry<TKey, TValue>[_dirLen * 2];
            AccountDirectory(newDir);
            for (var i = 0; i < _dirLen; i++)
            {
                var t = _directory[i].Table;
                newDir[2 * i] = _directory[i];
                newDir[(2 * i) + 1] = _directory[i];
                if (t.Index == i)
                {
                    t.Index = 2 * i;
                }
            }

            _globalDepth++;
            _globalShift--;
            _directory = newDir;
            _dirLen = newDir.Length;
            UpdateDirShift();
        }

        left.Index = old.Index;
        ReplaceTable(left);
        right.Index = left.Index + (1 << (_globalDepth - left.LocalDepth));
        ReplaceTable(right);
        CountTable(old, -1);
        CountTable(left, +1);
        CountTable(right, +1);
    }

    // Running totals over the live tables, so the lab's timeline snapshot is O(1): a 10M-key map has 16k tables and
    // the timeline looks after each of its ~16k allocating inserts.
    private void CountTable(SwissTable<TKey, TValue> t, int delta)
    {
        _tableCount += delta;
        _tableCapacity += delta * t.Capacity;
        (_capacityHist ??= new int[11])[BitOperations.Log2((uint)t.Capacity)] += delta;
        (_depthHist ??= new int[65])[t.LocalDepth] += delta;
    }

    private void ReplaceTable(SwissTable<TKey, TValue> nt)
    {
        var entries = 1 << (_globalDepth - nt.LocalDepth);
        var entry = new SwissDirEntry<TKey, TValue>(nt);
        for (var i = 0; i < entries; i++)
        {
            _directory[nt.Index + i] = entry;
        }
    }

    /// <summary>
    /// 1.25+ <c>pruneTombstones</c>: if at least 10% of the capacity is tombstones, turn back into empty slots the
    /// tombstones of groups that no live key's probe path needs (and that have no empty slot already), provided that
    /// recovers at least 10% of the capacity. Entries never move.
    /// </summary>
    private void PruneTombstones(SwissTable<TKey, TValue> t)
    {
        if (t.Tombstones * 10 < t.Capacity)
        {
            return;
        }

        var groups = t.Groups;
        var mask = t.LengthMask;
        Span<bool> needed = stackalloc bool[groups.Length];
        for (var gi = 0; gi < groups.Length; gi++)
        {
            ref var g = ref groups[gi];
            var full = SwissCtrl.MatchFull(g.Ctrl);
            while (full != 0)
            {
                var si = SwissCtrl.First(full);
                ref var slot = ref SwissGroup<TKey, TValue>.Slot(ref g, si);
                full = SwissCtrl.RemoveFirst(full);
                if (!KeyHasher<TKey>.Equal(slot.Key, slot.Key))
                {
                    continue; // NaN: never looked up, so its probe path needs nothing
                }

                var hash = t.HashAt(gi, si, slot.Key, _seed);
                var offset = (int)(hash >> 7) & mask;
                for (var index = 0; offset != gi; index++, offset = (offset + index) & mask)
                {
                    if (SwissCtrl.MatchEmptyOrDeleted(groups[offset].Ctrl) != 0)
                    {
                        needed[offset] = true;
                    }
                }
            }

            if (SwissCtrl.MatchEmpty(g.Ctrl) != 0)
            {
                needed[gi] = true;
            }
        }

        var count = 0;
        for (var gi = 0; gi < groups.Length; gi++)
        {
            if (!needed[gi])
            {
                count += SwissCtrl.Count(SwissCtrl.MatchEmptyOrDeleted(groups[gi].Ctrl));
            }
        }

        if (count * 10 < t.Capacity)
        {
            return; // not worth it: the caller grows instead
        }

        for (var gi = 0; gi < groups.Length; gi++)
        {
            if (needed[gi])
            {
                continue;
            }

            ref var g = ref groups[gi];
            var deleted = SwissCtrl.MatchEmptyOrDeleted(g.Ctrl);
            while (deleted != 0)
            {
                SwissCtrl.Set(ref g.Ctrl, SwissCtrl.First(deleted), SwissCtrl.Empty);
                deleted = SwissCtrl.RemoveFirst(deleted);
                t.GrowthLeft++;
            }
        }
    }

    private SwissTable<TKey, TValue> NewTable(int capacity, int index, int localDepth)
    {
        if (capacity < SwissCtrl.GroupSlots)
        {
            capacity = SwissCtrl.GroupSlots;
        }

        if (capacity > MaxTableCapacity)
        {
            ThrowHelper.ThrowPlainPanic("initial table capacity too large");
        }

        capacity = (int)PowerOfTwoCeiling((ulong)capacity);
        var table = new SwissTable<TKey, TValue>(capacity, index, localDepth);
        if (_accounting)
        {
            // The table header lives as long as the table object; its group array as long as ours.
            Account(SwissLayout.TableSize, true, GoOperation.MapTable, "internal/runtime/maps.table", table);
            Account(_layout.GroupSize * (capacity / SwissCtrl.GroupSlots), _layout.GroupHasPointers, GoOperation.MapGroups, "groups", table.Groups);
        }

        return table;
    }

    // ---- delete and clear -------------------------------------------------------------------------------------

    private void DeleteSmall(ulong hash, TKey key)
    {
        ref var g = ref MemoryMarshal.GetArrayDataReference(_small!.Groups);
        var match = SwissCtrl.MatchH2(g.Ctrl, hash & 0x7F);
        while (match != 0)
        {
            var i = SwissCtrl.First(match);
            ref var slot = ref SwissGroup<TKey, TValue>.Slot(ref g, i);
            if (KeyHasher<TKey>.Equal(key, slot.Key))
            {
                _used--;
                slot = default;
                SwissCtrl.Set(ref g.Ctrl, i, SwissCtrl.Empty);
                return;
            }

            match = SwissCtrl.RemoveFirst(match);
        }
    }

    /// <summary><c>table.Delete</c>: returns whether it left a tombstone (the group had no empty slot).</summary>
    private bool DeleteInTable(SwissTable<TKey, TValue> t, ulong hash, TKey key)
    {
        var groups = t.Groups;
        var mask = t.LengthMask;
        var offset = (int)(hash >> 7) & mask;
        var h2 = hash & 0x7F;
        for (var index = 0; ; index++, offset = (offset + index) & mask)
        {
            ref var g = ref groups[offset];
            var match = SwissCtrl.MatchH2(g.Ctrl, h2);
            while (match != 0)
            {
                var i = SwissCtrl.First(match);
                ref var slot = ref SwissGroup<TKey, TValue>.Slot(ref g, i);
                if (KeyHasher<TKey>.Equal(key, slot.Key))
                {
                    t.Used--;
                    _used--;
                    slot = default;
                    if (SwissCtrl.MatchEmpty(g.Ctrl) != 0)
                    {
                        SwissCtrl.Set(ref g.Ctrl, i, SwissCtrl.Empty);
                        t.GrowthLeft++;
                        return false;
                    }

                    SwissCtrl.Set(ref g.Ctrl, i, SwissCtrl.Deleted);
                    return true;
                }

                match = SwissCtrl.RemoveFirst(match);
            }

            if (SwissCtrl.MatchEmpty(g.Ctrl) != 0)
            {
                return false;
            }
        }
    }

    // 1.24 zeroes every group; 1.25+ skips a table with nothing in it and zeroes only groups that hold entries.
    private void ClearTable(SwissTable<TKey, TValue> t)
    {
        var max = t.MaxGrowthLeft;
        if (_clear125 && t.Used == 0 && t.GrowthLeft == max)
        {
            return;
        }

        var groups = t.Groups;
        for (var gi = 0; gi < groups.Length; gi++)
        {
            ref var g = ref groups[gi];
            if (!_clear125 || SwissCtrl.MatchFull(g.Ctrl) != 0)
            {
                g = default;
            }

            g.Ctrl = SwissCtrl.EmptyWord;
        }

        t.Used = 0;
        t.GrowthLeft = max;
    }

    // ---- accounting -------------------------------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    // owner: the .NET object whose lifetime stands for the Go object's (liveness for the GC model).
    private void Account(long size, bool pointers, GoOperation operation, string typeName, object? owner)
    {
        if (_accounting)
        {
            _runtime.Heap.Allocate(size, pointers, operation, typeName, owner);
        }
    }

    private void AccountDirectory(SwissDirEntry<TKey, TValue>[] directory) =>
        Account(8L * directory.Length, true, GoOperation.MapDirectory, "[]*internal/runtime/maps.table", directory);

    // newobject for a key or elem stored indirectly (over 128 bytes), on every new entry.
    private void AccountIndirect()
    {
        if (!_accounting)
        {
            return;
        }

        if (_layout.IndirectKey)
        {
            // Boxes are not separate .NET objects: they live as long as the map (an approximation, as in the classic engine).
            Account(_layout.Type.Key.Size, _layout.Type.Key.HasPointers, GoOperation.MapIndirect, _layout.Type.Key.ToString(), this);
        }

        if (_layout.IndirectElem)
        {
            Account(_layout.Type.Elem.Size, _layout.Type.Elem.HasPointers, GoOperation.MapIndirect, _layout.Type.Elem.ToString(), this);
        }
    }

    // mapKeyError on an empty map: interface keys holding unhashable values still panic.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CheckHashable(TKey key)
    {
        if (typeof(TKey) == typeof(object))
        {
            SwissHash<TKey>.Hash(key, 0);
        }
    }

    private static ulong PowerOfTwoCeiling(ulong n) => n <= 1 ? n : BitOperations.RoundUpToPowerOf2(n);

    private static int BitOperationsLog2(ulong n) => BitOperations.Log2(n);
}
