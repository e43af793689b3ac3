using System.Runtime.CompilerServices;
using Gort.Diagnostics;
using Gort.Maps.Hashing;
using Gort.Maps.Internal;

namespace Gort.Maps.Swiss;

internal sealed partial class SwissMap<TKey, TValue>
{
    /// <summary>
    /// One <c>range</c> loop (<c>maps.Iter</c>): a random entry offset and directory offset, each table visited once
    /// (duplicate directory entries skipped by local depth), and Go's rules for a map that changes underneath: a
    /// grown small map or a replaced table (<c>index == −1</c>) is still walked in its old order, but each key is looked
    /// up again in the live map to return its current value, or skipped if it is gone (a NaN key, which cannot be
    /// looked up, is returned unless the map was cleared).
    /// </summary>
    private sealed class Iterator : MapIterator<TKey, TValue>
    {
        private readonly SwissMap<TKey, TValue>? _m;
        private readonly ulong _entryOffset;
        private readonly ulong _clearSeq;
        private ulong _dirOffset;
        private int _globalDepth;
        private int _dirIdx;
        private SwissTable<TKey, TValue>? _tab;
        private SwissGroup<TKey, TValue>[]? _groups; // the current group is _groups[_groupIdx]; null = no group yet
        private int _groupIdx;
        private ulong _entryIdx;

        public Iterator(SwissMap<TKey, TValue> m)
        {
            if (m._used == 0)
            {
                return;
            }

            _m = m;
            if (m._dirLen <= 0)
            {
                _dirIdx = -1;
                _groups = m._small!.Groups;
                _groupIdx = 0;
            }

            _entryOffset = m._runtime.Rand();
            _dirOffset = m._runtime.Rand();
            _globalDepth = m._globalDepth;
            _clearSeq = m._clearSeq;
        }

        public override bool Next(out TKey key, out TValue value)
        {
            var m = _m;
            if (m is null)
            {
                key = default!;
                value = default!;
                return false;
            }

            if (m._writing != 0)
            {
                ThrowHelper.ThrowConcurrentMapIterationAndWrite();
            }

            return _dirIdx < 0 ? NextSmall(m, out key, out value) : NextInTables(m, out key, out value);
        }

        private bool NextSmall(SwissMap<TKey, TValue> m, out TKey key, out TValue value)
        {
            ref var g = ref _groups![0];
            for (; _entryIdx < SwissCtrl.GroupSlots; _entryIdx++)
            {
                var k = (int)((_entryIdx + _entryOffset) % SwissCtrl.GroupSlots);
                if ((SwissCtrl.Get(g.Ctrl, k) & SwissCtrl.Empty) == SwissCtrl.Empty)
                {
                    continue;
                }

                ref var slot = ref SwissGroup<TKey, TValue>.Slot(ref g, k);
                if (m._dirLen > 0)
                {
                    // The map grew into a table: return the live entry, if the key is still there.
                    if (!Live(m, ref slot, out key, out value))
                    {
                        continue;
                    }
                }
                else
                {
                    key = slot.Key;
                    value = slot.Value;
                }

                _entryIdx++;
                return true;
            }

            key = default!;
            value = default!;
            return false;
        }

        private bool Live(SwissMap<TKey, TValue> m, ref SwissSlot<TKey, TValue> old, out TKey key, out TValue value)
        {
            ref var live = ref m.FindSlot(old.Key);
            if (Unsafe.IsNullRef(ref live))
            {
                if (_clearSeq == m._clearSeq && !KeyHasher<TKey>.Equal(old.Key, old.Key))
                {
                    key = old.Key;
                    value = old.Value;
                    return true;
                }

                key = default!;
                value = default!;
                return false;
            }

            key = live.Key;
            value = live.Value;
            return true;
        }

        private void NextDirIdx(SwissMap<TKey, TValue> m)
        {
            _dirIdx += 1 << (m._globalDepth - _tab!.LocalDepth);
            _tab = null;
            _groups = null;
            _entryIdx = 0;
        }

        private bool NextInTables(SwissMap<TKey, TValue> m, out TKey key, out TValue value)
        {
            if (_globalDepth != m._globalDepth)
            {
                // The directory doubled since the last call: scale our position to the new directory.
                var orders = m._globalDepth - _globalDepth;
                _dirIdx <<= orders;
                _dirOffset <<= orders;
                _globalDepth = m._globalDepth;
            }

            for (; _dirIdx < m._dirLen; NextDirIdx(m))
            {
                if (_tab is null)
                {
                    var dirIdx = (int)(((ulong)_dirIdx + _dirOffset) & (ulong)(m._dirLen - 1));
                    var newTab = m._directory[dirIdx].Table;
                    if (newTab.Index != dirIdx)
                    {
                        // Start at the table's first directory entry so the skip by local depth stays aligned.
                        _dirOffset -= (ulong)(dirIdx - newTab.Index);
                    }

                    _tab = newTab;
                }

                var tab = _tab;
                var entryMask = (ulong)tab.Capacity - 1;
                if (_entryIdx > entryMask)
                {
                    continue;
                }

                var entryIdx = (_entryIdx + _entryOffset) & entryMask;
                var slotIdx = (int)(entryIdx & (SwissCtrl.GroupSlots - 1));
                if (slotIdx == 0 || _groups is null)
                {
                    _groups = tab.Groups;
                    _groupIdx = (int)(entryIdx >> 3);
                }

                ref var g = ref _groups[_groupIdx];
                if ((SwissCtrl.Get(g.Ctrl, slotIdx) & SwissCtrl.Empty) == 0)
                {
                    ref var slot = ref SwissGroup<TKey, TValue>.Slot(ref g, slotIdx);
                    if (tab.Index != -1)
                    {
                        key = slot.Key;
                        value = slot.Value;
                        _entryIdx++;
                        return true;
                    }

                    if (Live(m, ref slot, out key, out value))
                    {
                        _entryIdx++;
                        return true;
                    }
                }

                // Scan the rest of this table a group at a time.
                _entryIdx++;
                ulong groupMatch = 0;
                while (_entryIdx <= entryMask)
                {
                    entryIdx = (_entryIdx + _entryOffset) & entryMask;
                    slotIdx = (int)(entryIdx & (SwissCtrl.GroupSlots - 1));
                    if (slotIdx == 0 || _groups is null)
                    {
                        _groups = tab.Groups;
                        _groupIdx = (int)(entryIdx >> 3);
                    }

                    ref var cg = ref _groups[_groupIdx];
                    if (groupMatch == 0)
                    {
                        groupMatch = SwissCtrl.MatchFull(cg.Ctrl);
                        if (slotIdx != 0)
                        {
                            groupMatch = SwissCtrl.RemoveBelow(groupMatch, slotIdx);
                        }

                        if (groupMatch == 0)
                        {
                            _entryIdx += (ulong)(SwissCtrl.GroupSlots - slotIdx);
                            continue;
                        }

                        var first = SwissCtrl.First(groupMatch);
                        _entryIdx += (ulong)(first - slotIdx);
                        if (_entryIdx > entryMask)
                        {
                            continue;
                        }

                        slotIdx = first;
                    }

                    ref var s = ref SwissGroup<TKey, TValue>.Slot(ref cg, slotIdx);
                    bool found;
                    if (tab.Index == -1)
                    {
                        found = Live(m, ref s, out key, out value);
                        if (!found)
                        {
                            groupMatch = SwissCtrl.RemoveFirst(groupMatch);
                            if (groupMatch == 0)
                            {
                                _entryIdx += (ulong)(SwissCtrl.GroupSlots - slotIdx);
                                continue;
                            }

                            _entryIdx += (ulong)(SwissCtrl.First(groupMatch) - slotIdx);
                            continue;
                        }
                    }
                    else
                    {
                        key = s.Key;
                        value = s.Value;
                    }

                    groupMatch = SwissCtrl.RemoveFirst(groupMatch);
                    if (groupMatch == 0)
                    {
                        _entryIdx += (ulong)(SwissCtrl.GroupSlots - slotIdx);
                    }
                    else
                    {
                        _entryIdx += (ulong)(SwissCtrl.First(groupMatch) - slotIdx);
                    }

                    return true;
                }
            }

            key = default!;
            value = default!;
            return false;
        }
    }
}
