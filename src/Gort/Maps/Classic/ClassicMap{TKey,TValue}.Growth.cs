using System.Numerics;
using System.Runtime.CompilerServices;
using Gort.Diagnostics;
using Gort.Maps.Hashing;
using Gort.Memory;
using Gort.Runtime;
using Gort.Slices;
using Gort.Types;
using Gort.Versions;

namespace Gort.Maps.Classic;

/// <summary>Bucket arrays, overflow buckets, growth and evacuation (<c>makeBucketArray</c> … <c>advanceEvacuationMark</c>).</summary>
internal sealed partial class ClassicMap<TKey, TValue>
{
    /// <summary>
    /// <c>makeBucketArray(t, b, nil)</c>: 2^b buckets, plus 2^(b−4) preallocated overflow buckets from b = 4, rounded
    /// up to fill the allocation's size class. Returns the store and the first preallocated overflow bucket (0: none).
    /// </summary>
    private (BucketStore<TKey, TValue> Store, int NextOverflow) MakeBucketArray(int b)
    {
        var baseBuckets = 1L << b;
        var n = baseBuckets;
        if (b >= 4)
        {
            n += 1L << (b - 4);
            var size = _layout.BucketSize * n;
            var up = Allocator.RoundUpSize(size, !_layout.BucketPointers, _version);
            if (up != size)
            {
                n = up / _layout.BucketSize;
            }
        }

        var store = new BucketStore<TKey, TValue>(checked((int)baseBuckets), checked((int)n));
        _runtime.Account(_layout.BucketSize * n, _layout.BucketPointers, GoOperation.MapBuckets, _layout.BucketTypeName, store.ArrayOwner);
        return (store, n != baseBuckets ? (int)baseBuckets : 0);
    }

    /// <summary><c>hashGrow</c>: double, or a same-size grow when the trigger was too many overflow buckets.</summary>
    private void HashGrow()
    {
        var bigger = 1;
        if (!OverLoadFactor(_count + 1, _b))
        {
            bigger = 0;
            _flags |= FlagSameSizeGrow;
        }

        var old = _buckets;
        var (fresh, nextOverflow) = MakeBucketArray(_b + bigger);
        RuntimeObservers.MapGrow(MapEngineKind.Classic, _count, 1L << _b, 1L << (_b + bigger), sameSize: bigger == 0);
        var flags = _flags & ~(FlagIterator | FlagOldIterator);
        if ((_flags & FlagIterator) != 0)
        {
            flags |= FlagOldIterator;
        }

        _b += bigger;
        _growAbove = GrowThreshold(_b);
        _flags = flags;
        _oldbuckets = old;
        _buckets = fresh;
        _nevacuate = 0;
        _noverflow = 0;
        _oldOverflowInUse = _overflowInUse;
        _overflowInUse = 0;
        if (_hasExtra && _hasOverflowList)
        {
            if (_hasOldOverflowList)
            {
                ThrowHelper.ThrowFatal("oldoverflow is not nil");
            }

            _hasOldOverflowList = true;
            _oldOverflowCap = _overflowCap; // inspection: live-byte accounting of the old list (ClassicMap.Inspection.cs)
            _hasOverflowList = false;
            _oldOverflowOwners = (_overflowHeaderOwner, _overflowListOwner);
            _overflowHeaderOwner = _overflowListOwner = null;
            _overflowLen = 0;
            _overflowCap = 0;
        }

        if (nextOverflow != 0)
        {
            AllocateExtra();
            _nextOverflow = nextOverflow;
        }
    }

    /// <summary><c>growWork</c>: evacuate the old bucket this operation touches, plus one more to keep progressing.</summary>
    private void GrowWork(int bucket)
    {
        Evacuate(bucket & (NOldBuckets() - 1));
        if (_oldbuckets is not null)
        {
            Evacuate((int)_nevacuate);
        }
    }

    /// <summary><c>evacuate</c>: moves one old bucket's chain into the new X (same index) and Y (index + old size) buckets.</summary>
    private void Evacuate(int oldBucket)
    {
        var old = _oldbuckets!;
        var newbit = NOldBuckets();
        if (!IsEvacuated(old, oldBucket))
        {
            var sameSize = (_flags & FlagSameSizeGrow) != 0;
            var newbitShift = BitOperations.Log2((uint)newbit);

            // X (same index) and Y (index + newbit) destinations: bucket and next free slot, indexed by useY, so the
            // 50/50 choice of each entry is data, not a mispredicted branch.
            Span<int> dest = [oldBucket, 0, oldBucket + newbit, 0];
            var oldTophash = old.Tophash;
            var oldKeys = old.Keys;
            var oldValues = old.Values;
            var store = _buckets!;
            for (var b = oldBucket; ; )
            {
                var first = b * ClassicLayout.BucketCount;
                var word = TophashWord.Read(oldTophash, first);
                var full = TophashWord.MatchNotEmpty(word);

                // Go marks each slot as it goes: empty ones evacuatedEmpty, moved ones evacuatedX/Y. The marks are
                // collected in a word and stored once per bucket (nothing reads them in between).
                var marks = TophashWord.FillUnselected(full, EvacuatedEmpty);
                for (; full != 0; full = TophashWord.RemoveFirst(full))
                {
                    var i = TophashWord.First(full);
                    var s = first + i;
                    var top = TophashWord.Byte(word, i);
                    if (top < MinTopHash)
                    {
                        ThrowHelper.ThrowFatal("bad map state");
                    }

                    var key = oldKeys[s];
                    var useY = 0;
                    if (!sameSize)
                    {
                        var hash = old.HashAt(s, key, _hash0);
                        if ((_flags & FlagIterator) != 0 && KeyHasher<TKey>.MayBeNaN && !KeyHasher<TKey>.Equal(key, key))
                        {
                            // A NaN hashes differently every time; an iterator needs a reproducible choice, so the
                            // low bit of the old tophash decides, and the new tophash is recomputed.
                            useY = top & 1;
                            top = TopHash(hash);
                        }
                        else
                        {
                            useY = (int)(hash >> newbitShift) & 1;
                        }
                    }

                    marks |= (ulong)(EvacuatedX + useY) << (8 * i);
                    ref var bucket = ref dest[2 * useY];
                    ref var slot = ref dest[(2 * useY) + 1];
                    if (slot == ClassicLayout.BucketCount)
                    {
                        bucket = NewOverflow(bucket);
                        slot = 0;
                        store = _buckets!; // NewOverflow may have grown the storage
                    }

                    var dst = (bucket * ClassicLayout.BucketCount) + slot++;
                    store.Tophash[dst] = top;
                    if (!typeof(TKey).IsValueType && old.Hashes is { } oldHashes)
                    {
                        store.RememberHash(dst, oldHashes[s]); // also in a same-size grow, which needs no hash itself
                    }

                    store.Keys[dst] = key;
                    store.Values[dst] = oldValues[s];
                }

                TophashWord.Write(oldTophash, first, marks);
                b = old.Overflow[b];
                if (b == 0)
                {
                    break;
                }
            }

            // Go clears the evacuated bucket's keys, elems and overflow link for the GC when no iterator may still
            // read old buckets (pointerful buckets only; the tophash stays, marking it evacuated).
            if ((_flags & FlagOldIterator) == 0 && _layout.BucketPointers)
            {
                ReleaseOldChain(old, oldBucket);
            }
        }

        if (oldBucket == _nevacuate)
        {
            AdvanceEvacuationMark(newbit);
        }
    }

    private static void ReleaseOldChain(BucketStore<TKey, TValue> old, int bucket)
    {
        for (var b = bucket; b != 0 || b == bucket; )
        {
            if (RuntimeHelpers.IsReferenceOrContainsReferences<TKey>())
            {
                Array.Clear(old.Keys, b * ClassicLayout.BucketCount, ClassicLayout.BucketCount);
            }

            if (RuntimeHelpers.IsReferenceOrContainsReferences<TValue>())
            {
                Array.Clear(old.Values, b * ClassicLayout.BucketCount, ClassicLayout.BucketCount);
            }

            var next = old.Overflow[b];
            old.Overflow[b] = 0;
            if (next == 0)
            {
                break;
            }

            b = next;
        }
    }

    /// <summary><c>advanceEvacuationMark</c>: moves <c>nevacuate</c> past evacuated buckets and ends the grow when all are.</summary>
    private void AdvanceEvacuationMark(int newbit)
    {
        _nevacuate++;
        var stop = Math.Min(_nevacuate + ClassicLayout.EvacuationMarkStride, newbit);
        while (_nevacuate != stop && IsEvacuated(_oldbuckets!, _nevacuate))
        {
            _nevacuate++;
        }

        RuntimeObservers.MapEvacuate(_nevacuate, newbit);

        if (_nevacuate == newbit)
        {
            _oldbuckets = null;
            _oldOverflowInUse = 0;
            if (_hasExtra)
            {
                _hasOldOverflowList = false;
                _oldOverflowOwners = default;
            }

            _flags &= ~FlagSameSizeGrow;
        }
    }

    /// <summary>
    /// <c>newoverflow</c>: chains a new overflow bucket after bucket <paramref name="b"/> of the current array, taking a
    /// preallocated one when available, else allocating one; returns its index.
    /// </summary>
    private int NewOverflow(int b)
    {
        var store = _buckets!;
        int ovf;
        if (_hasExtra && _nextOverflow != 0)
        {
            ovf = _nextOverflow;
            _nextOverflow = ovf == store.Preallocated - 1 ? 0 : ovf + 1; // the last one carries Go's sentinel
        }
        else
        {
            _runtime.Account(_layout.BucketSize, _layout.BucketPointers, GoOperation.MapOverflowBucket, _layout.BucketTypeName, store.NewOverflowOwner());
            ovf = store.AddBucket();
            store.Tophash.AsSpan(ovf * ClassicLayout.BucketCount, ClassicLayout.BucketCount).Clear();
            store.Overflow[ovf] = 0;
        }

        IncrNoverflow();
        _overflowInUse++;
        if (!_layout.BucketPointers)
        {
            CreateOverflow();
            AppendOverflowList();
        }

        store.Overflow[b] = ovf;
        return ovf;
    }

    /// <summary><c>incrnoverflow</c>: exact below B = 16, then counted with probability 1/2^(B−15).</summary>
    private void IncrNoverflow()
    {
        if (_b < 16)
        {
            _noverflow++;
            return;
        }

        var mask = (1u << (_b - 15)) - 1;
        if (((uint)_runtime.Rand() & mask) == 0)
        {
            _noverflow++;
        }
    }

    private void AllocateExtra()
    {
        if (!_hasExtra)
        {
            _hasExtra = true;
            _runtime.Account(ClassicLayout.MapExtraSize, true, GoOperation.MapExtra, "runtime.mapextra", this);
        }
    }

    /// <summary><c>createOverflow</c>: <c>mapextra</c> and the <c>new([]*bmap)</c> slice header, when missing.</summary>
    private void CreateOverflow()
    {
        AllocateExtra();
        if (!_hasOverflowList)
        {
            _hasOverflowList = true;
            _overflowLen = 0;
            _overflowCap = 0;
            _overflowHeaderOwner = new object();
            _runtime.Account(GoSliceType.HeaderSize, true, GoOperation.MapExtra, "[]*bmap", _overflowHeaderOwner);
        }
    }

    /// <summary><c>append(*h.extra.overflow, ovf)</c>: growslice of a <c>[]*bmap</c>.</summary>
    private void AppendOverflowList()
    {
        if (_overflowLen == _overflowCap)
        {
            // The list is a []*bmap: Go's own growslice for 8-byte pointer elements.
            var plan = SliceGrowth.Plan(_overflowLen + 1, _overflowCap, 8, pointers: true, _version);
            _overflowCap = plan.NewCapacity;

            // Each growslice of the overflow list leaves the previous backing array garbage: a fresh owner per array.
            _overflowListOwner = new object();
            _runtime.Account(plan.AllocationBytes, true, GoOperation.MapExtra, "[]*bmap", _overflowListOwner);
        }

        _overflowLen++;
    }
}
