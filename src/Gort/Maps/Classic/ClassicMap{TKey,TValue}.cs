using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Gort.Diagnostics;
using Gort.Maps.Hashing;
using Gort.Maps.Internal;
using Gort.Memory;
using Gort.Runtime;
using Gort.Types;
using Gort.Versions;

namespace Gort.Maps.Classic;

/// <summary>
/// Go's classic hash map (<c>runtime/map.go</c> up to 1.23, <c>map_noswiss.go</c> in 1.24/1.25 with
/// <c>GOEXPERIMENT=noswissmap</c>): 2^B buckets of 8 slots with tophash bytes and overflow chains, growth at load
/// factor 6.5 (6.0 in 1.21) or when overflow buckets pile up, incremental evacuation into X/Y halves, Go's iteration
/// order, and an exact model of every allocation the runtime makes.
/// </summary>
/// <remarks>
/// The fields mirror <c>hmap</c> and <c>mapextra</c>. The storage is a flat C# layout (<see cref="BucketStore{TKey,TValue}"/>);
/// what Go allocates (header, bucket arrays with preallocated overflow buckets, single overflow buckets, mapextra, the
/// <c>[]*bmap</c> overflow list of pointer-free buckets and its append growth, indirect keys and elems) is charged to
/// the runtime's heap at the moment Go allocates it. The hash function is Gort's (Go's is seeded AES), so which keys
/// collide differs from any particular Go run; the distribution of hash-dependent quantities is what matches.
/// </remarks>
internal sealed partial class ClassicMap<TKey, TValue> : MapEngine<TKey, TValue>
{
    // tophash states (runtime/map.go).
    internal const byte EmptyRest = 0;
    internal const byte EmptyOne = 1;
    internal const byte EvacuatedX = 2;
    internal const byte EvacuatedY = 3;
    internal const byte EvacuatedEmpty = 4;
    internal const byte MinTopHash = 5;

    // hmap.flags.
    internal const int FlagIterator = 1;
    internal const int FlagOldIterator = 2;
    internal const int FlagHashWriting = 4;
    internal const int FlagSameSizeGrow = 8;


    private readonly GoRuntime _runtime;
    private readonly GoVersion _version;
    private readonly ClassicLayout _layout;
    private readonly long _loadFactorNum; // cached from the version: checked on every new key
    private readonly long _loadFactorDen;
    private long _growAbove; // overLoadFactor(count, B) is count > _growAbove

    // hmap
    private int _count;
    private int _flags;
    private int _b;
    private ushort _noverflow;
    private uint _hash0;
    private BucketStore<TKey, TValue>? _buckets;
    private BucketStore<TKey, TValue>? _oldbuckets;
    private long _nevacuate;
    private ulong _clearSeq;

    // mapextra (allocated lazily, as Go does); the overflow lists are modelled by length and capacity only.
    private bool _hasExtra;
    private int _nextOverflow;
    private bool _hasOverflowList;
    private long _overflowLen;
    private long _overflowCap;
    private bool _hasOldOverflowList;

    // Heap-model owners of the overflow list (its new([]*bmap) header and backing array) and of the old list during
    // a grow: the .NET GC frees them in the model when the list is dropped (liveness, docs/observability.md).
    private object? _overflowHeaderOwner;
    private object? _overflowListOwner;
#pragma warning disable CS0414 // written only: holding the references is the point
    private (object? Header, object? List) _oldOverflowOwners;
#pragma warning restore CS0414

    // Overflow buckets chained into the current and the old array (for Inspect; Go's own estimate is noverflow).
    private long _overflowInUse;
    private long _oldOverflowInUse;

    /// <summary><c>makemap</c> / <c>makemap_small</c>.</summary>
    public ClassicMap(GoRuntime runtime, long hint, GoMapType goType, bool escapes)
    {
        _runtime = runtime;
        _version = runtime.Version;
        _layout = DefaultLayout<TKey, TValue, ClassicLayout>.For(goType, static t => new ClassicLayout(t));
        _loadFactorNum = _version.ClassicLoadFactorNum;
        _loadFactorDen = _version.ClassicLoadFactorDen;

        // A negative hint is a huge uintptr in Go, so hint*bucketsize overflows and the hint is dropped.
        if (hint < 0 || hint > SizeClasses.MaxAlloc / _layout.BucketSize)
        {
            hint = 0;
        }

        if (escapes)
        {
            runtime.Account(_version.ClassicHmapSize, true, GoOperation.MapHeader, "runtime.hmap", this);
        }

        _hash0 = NewSeed();
        var b = 0;
        while (OverLoadFactor(hint, b))
        {
            b++;
        }

        _b = b;
        _growAbove = GrowThreshold(b);
        if (b != 0)
        {
            (_buckets, var nextOverflow) = MakeBucketArray(b);
            if (nextOverflow != 0)
            {
                AllocateExtra();
                _nextOverflow = nextOverflow;
            }
        }
        else if (!escapes)
        {
            // walkMakeMap: a non-escaping map with a small hint gets a zeroed bucket on the stack.
            _buckets = new BucketStore<TKey, TValue>(1, 1);
        }
    }

    /// <inheritdoc/>
    public override int Count => _count;

    /// <inheritdoc/>
    public override GoRuntime Runtime => _runtime;

    internal ClassicLayout Layout => _layout;

    internal int B => _b;

    internal bool SameSizeGrowing => (_flags & FlagSameSizeGrow) != 0;

    internal int Flags
    {
        get => Volatile.Read(ref _flags);
        set => _flags = value;
    }

    internal BucketStore<TKey, TValue>? Buckets => _buckets;

    internal BucketStore<TKey, TValue>? OldBuckets => _oldbuckets;

    internal ulong ClearSeq => _clearSeq;

    internal GoVersion Version => _version;

    /// <inheritdoc/>
    public override ref TValue FindValue(TKey key)
    {
        if (_count == 0)
        {
            CheckHashable(key);
            return ref Unsafe.NullRef<TValue>();
        }

        if ((Volatile.Read(ref _flags) & FlagHashWriting) != 0)
        {
            ThrowHelper.ThrowConcurrentMapReadAndWrite();
        }

        var i = FindSlot(key, KeyHasher<TKey>.Hash(key, _hash0), out var store);
        if (i < 0)
        {
            return ref Unsafe.NullRef<TValue>();
        }

        var values = store.Values;
        if ((uint)i >= (uint)values.Length)
        {
            ThrowHelper.ThrowConcurrentMapReadAndWrite();
        }

        return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(values), i);
    }

    /// <summary>
    /// The bucket walk of <c>mapaccess</c> and <c>mapaccessK</c>: the slot holding <paramref name="key"/> in the old
    /// array (while its bucket is not evacuated yet) or the current one, or −1.
    /// </summary>
    /// <remarks>
    /// No try/catch here (it would keep lookups out of line and cost half of one): the racing writes that could break
    /// the structure are caught by explicit checks instead. The arrays are read once; their lengths cannot change, so
    /// one consistency check makes every slot of a bucket below overflow.Length valid.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FindSlot(TKey key, ulong hash, out BucketStore<TKey, TValue> store)
    {
        var current = _buckets;
        var mask = (1UL << _b) - 1;
        var bucket = (int)(hash & mask);
        var old = _oldbuckets;
        if (old is not null)
        {
            if ((_flags & FlagSameSizeGrow) == 0)
            {
                mask >>= 1;
            }

            var oldBucket = (int)(hash & mask);
            if ((ulong)oldBucket * ClassicLayout.BucketCount >= (ulong)old.Tophash.Length)
            {
                ThrowHelper.ThrowConcurrentMapReadAndWrite();
            }

            if (!IsEvacuated(old, oldBucket))
            {
                current = old;
                bucket = oldBucket;
            }
        }

        if (current is null)
        {
            ThrowHelper.ThrowConcurrentMapReadAndWrite();
        }

        store = current;
        var top = TopHash(hash);
        var tophash = current.Tophash;
        var keys = current.Keys;
        var overflow = current.Overflow;
        if (tophash.Length != keys.Length || overflow.Length * ClassicLayout.BucketCount > keys.Length)
        {
            ThrowHelper.ThrowConcurrentMapReadAndWrite();
        }

        do
        {
            if ((uint)bucket >= (uint)overflow.Length)
            {
                ThrowHelper.ThrowConcurrentMapReadAndWrite();
            }

            var s = bucket * ClassicLayout.BucketCount;
            var word = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(tophash), s));
            for (var match = TophashWord.Match(word, top); match != 0; match = TophashWord.RemoveFirst(match))
            {
                var i = s + TophashWord.First(match);
                if (TophashWord.Byte(word, i - s) == top && KeyHasher<TKey>.Equal(key, Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(keys), i)))
                {
                    return i;
                }
            }

            if (TophashWord.MatchEmptyRest(word) != 0)
            {
                return -1;
            }

            bucket = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(overflow), bucket);
        }
        while (bucket != 0);

        return -1;
    }

    /// <inheritdoc/>
    public override void Assign(TKey key, TValue value)
    {
        if ((Volatile.Read(ref _flags) & FlagHashWriting) != 0)
        {
            ThrowHelper.ThrowConcurrentMapWrites();
        }

        var hash = KeyHasher<TKey>.Hash(key, _hash0);
        _flags ^= FlagHashWriting;
        try
        {
            AssignCore(key, value, hash);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or NullReferenceException)
        {
            throw new GoFatalException("concurrent map writes", e);
        }

        if ((Volatile.Read(ref _flags) & FlagHashWriting) == 0)
        {
            ThrowHelper.ThrowConcurrentMapWrites();
        }

        _flags &= ~FlagHashWriting;
    }

    private void AssignCore(TKey key, TValue value, ulong hash)
    {
        if (_buckets is null)
        {
            _buckets = new BucketStore<TKey, TValue>(1, 1);
            _runtime.Account(_layout.BucketSize, _layout.BucketPointers, GoOperation.MapBuckets, _layout.BucketTypeName, _buckets.ArrayOwner);
        }

    again:
        var bucket = (int)(hash & ((1UL << _b) - 1));
        if (_oldbuckets is not null)
        {
            GrowWork(bucket);
        }

        var store = _buckets;
        var top = TopHash(hash);
        var tophash = store.Tophash;
        var keys = store.Keys;
        var overflow = store.Overflow;
        var insertAt = -1;
        var b = bucket;
        while (true)
        {
            var s = b * ClassicLayout.BucketCount;
            var word = TophashWord.Read(tophash, s);
            for (var match = TophashWord.Match(word, top); match != 0; match = TophashWord.RemoveFirst(match))
            {
                var i = TophashWord.First(match);
                if (TophashWord.Byte(word, i) == top && KeyHasher<TKey>.Equal(key, keys[s + i]))
                {
                    // Overwrite: Go updates the stored key when it may differ from an equal one (+0/-0, strings).
                    keys[s + i] = key;
                    store.Values[s + i] = value;
                    return;
                }
            }

            // Go's scan: the first empty slot of the chain is where a new key goes; an emptyRest ends the search.
            if (insertAt < 0)
            {
                var empty = TophashWord.MatchEmpty(word);
                if (empty != 0)
                {
                    insertAt = s + TophashWord.First(empty);
                }
            }

            if (TophashWord.MatchEmptyRest(word) != 0)
            {
                goto searched;
            }

            var next = overflow[b];
            if (next == 0)
            {
                break;
            }

            b = next;
        }

    searched:
        if (_oldbuckets is null && (_count + 1 > _growAbove || TooManyOverflowBuckets(_noverflow, _b)))
        {
            HashGrow();
            goto again;
        }

        if (insertAt < 0)
        {
            insertAt = NewOverflow(b) * ClassicLayout.BucketCount;
            store = _buckets;
        }

        if (_layout.IndirectKey)
        {
            _runtime.Account(_layout.KeySize, _layout.KeyPointers, GoOperation.MapIndirect, _layout.Type.Key.ToString(), this);
        }

        if (_layout.IndirectElem)
        {
            _runtime.Account(_layout.ElemSize, _layout.ElemPointers, GoOperation.MapIndirect, _layout.Type.Elem.ToString(), this);
        }

        store.Keys[insertAt] = key;
        store.RememberHash(insertAt, hash);
        store.Values[insertAt] = value;
        store.Tophash[insertAt] = top;
        _count++;
    }

    /// <inheritdoc/>
    public override void Delete(TKey key)
    {
        if (_count == 0)
        {
            CheckHashable(key);
            return;
        }

        if ((Volatile.Read(ref _flags) & FlagHashWriting) != 0)
        {
            ThrowHelper.ThrowConcurrentMapWrites();
        }

        var hash = KeyHasher<TKey>.Hash(key, _hash0);
        _flags ^= FlagHashWriting;
        try
        {
            DeleteCore(key, hash);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or NullReferenceException)
        {
            throw new GoFatalException("concurrent map writes", e);
        }

        if ((Volatile.Read(ref _flags) & FlagHashWriting) == 0)
        {
            ThrowHelper.ThrowConcurrentMapWrites();
        }

        _flags &= ~FlagHashWriting;
    }

    private void DeleteCore(TKey key, ulong hash)
    {
        var bucket = (int)(hash & ((1UL << _b) - 1));
        if (_oldbuckets is not null)
        {
            GrowWork(bucket);
        }

        var store = _buckets!;
        var tophash = store.Tophash;
        var overflow = store.Overflow;
        var top = TopHash(hash);
        for (var b = bucket; ; )
        {
            var word = TophashWord.Read(tophash, b * ClassicLayout.BucketCount);
            for (var match = TophashWord.Match(word, top); match != 0; match = TophashWord.RemoveFirst(match))
            {
                var i = TophashWord.First(match);
                var s = (b * ClassicLayout.BucketCount) + i;
                if (TophashWord.Byte(word, i) != top || !KeyHasher<TKey>.Equal(key, store.Keys[s]))
                {
                    continue;
                }

                if (RuntimeHelpers.IsReferenceOrContainsReferences<TKey>())
                {
                    store.Keys[s] = default!;
                }

                store.Values[s] = default!;
                tophash[s] = EmptyOne;

                // If the rest of the chain after this slot is empty, mark this slot and the empty ones before it
                // emptyRest, so lookups and inserts stop early.
                var nextIsEmptyRest = i == ClassicLayout.BucketCount - 1
                    ? overflow[b] == 0 || tophash[overflow[b] * ClassicLayout.BucketCount] == EmptyRest
                    : tophash[s + 1] == EmptyRest;
                if (nextIsEmptyRest)
                {
                    MarkEmptyRestBackwards(store, bucket, b, i);
                }

                _count--;
                if (_count == 0)
                {
                    _hash0 = NewSeed(); // makes repeated collision attacks harder (golang/go#25237)
                }

                return;
            }

            if (TophashWord.MatchEmptyRest(word) != 0)
            {
                return;
            }

            b = overflow[b];
            if (b == 0)
            {
                return;
            }
        }
    }

    private static void MarkEmptyRestBackwards(BucketStore<TKey, TValue> store, int first, int b, int i)
    {
        var tophash = store.Tophash;
        while (true)
        {
            tophash[(b * ClassicLayout.BucketCount) + i] = EmptyRest;
            if (i == 0)
            {
                if (b == first)
                {
                    return;
                }

                var c = b;
                for (b = first; store.Overflow[b] != c; b = store.Overflow[b])
                {
                }

                i = ClassicLayout.BucketCount - 1;
            }
            else
            {
                i--;
            }

            if (tophash[(b * ClassicLayout.BucketCount) + i] != EmptyOne)
            {
                return;
            }
        }
    }

    /// <inheritdoc/>
    public override void Clear()
    {
        if (_count == 0)
        {
            return;
        }

        if ((Volatile.Read(ref _flags) & FlagHashWriting) != 0)
        {
            ThrowHelper.ThrowConcurrentMapWrites();
        }

        _flags ^= FlagHashWriting;
        var store = _buckets!;
        if (_version.ClassicClearMarksEmptyRest)
        {
            MarkAllEmptyRest(store, 1 << _b);
            if (_oldbuckets is not null)
            {
                MarkAllEmptyRest(_oldbuckets, NOldBuckets());
            }
        }

        _flags &= ~FlagSameSizeGrow;
        _oldbuckets = null;
        _nevacuate = 0;
        _noverflow = 0;
        _overflowInUse = 0;
        _oldOverflowInUse = 0;
        _count = 0;
        if (_version.ClassicClearSeq)
        {
            _clearSeq++;
        }

        _hash0 = NewSeed();
        if (_hasExtra)
        {
            _nextOverflow = 0;
            _hasOverflowList = false;
            _hasOldOverflowList = false;
            _overflowHeaderOwner = _overflowListOwner = null;
            _oldOverflowOwners = default;
            _overflowLen = 0;
            _overflowCap = 0;
        }

        // makeBucketArray(t, B, h.buckets): the main array (with its preallocated overflow buckets) is zeroed and
        // reused; nothing is allocated. A live iterator walking this array sees it empty, as in Go; it may also still
        // hold one of the separately allocated overflow buckets, which Go leaves untouched, so while an iterator may be
        // live the map continues on fresh C# storage instead of recycling those buckets under the iterator.
        ClearStore(store);
        if ((_flags & FlagIterator) != 0)
        {
            _buckets = new BucketStore<TKey, TValue>(store.Base, store.Preallocated, store.ArrayOwner);
        }
        else
        {
            store.DropOverflowBuckets();
        }

        if (store.Preallocated != store.Base)
        {
            _nextOverflow = store.Base;
        }

        if ((Volatile.Read(ref _flags) & FlagHashWriting) == 0)
        {
            ThrowHelper.ThrowConcurrentMapWrites();
        }

        _flags &= ~FlagHashWriting;
    }

    private static void MarkAllEmptyRest(BucketStore<TKey, TValue> store, int mainBuckets)
    {
        for (var i = 0; i < mainBuckets; i++)
        {
            for (var b = i; ; )
            {
                store.Tophash.AsSpan(b * ClassicLayout.BucketCount, ClassicLayout.BucketCount).Clear();
                b = store.Overflow[b];
                if (b == 0)
                {
                    break;
                }
            }
        }
    }

    private static void ClearStore(BucketStore<TKey, TValue> store)
    {
        var slots = store.Preallocated * ClassicLayout.BucketCount;
        Array.Clear(store.Tophash, 0, slots);
        Array.Clear(store.Overflow, 0, store.Preallocated);
        if (RuntimeHelpers.IsReferenceOrContainsReferences<TKey>())
        {
            Array.Clear(store.Keys, 0, slots);
        }

        if (RuntimeHelpers.IsReferenceOrContainsReferences<TValue>())
        {
            Array.Clear(store.Values, 0, slots);
        }
    }

    /// <inheritdoc/>
    public override MapIterator<TKey, TValue> Iterate()
    {
        if (_count == 0)
        {
            return ClassicMapIterator<TKey, TValue>.Empty;
        }

        if (!_layout.BucketPointers)
        {
            CreateOverflow(); // mapiterinit keeps the overflow lists alive through the iterator
        }

        var r = _version.ClassicIteratorRand64 || _b > 28 ? _runtime.Rand() : (uint)_runtime.Rand();
        var start = (long)(r & ((1UL << _b) - 1));
        var offset = (int)((r >> _b) & (ClassicLayout.BucketCount - 1));
        _flags |= FlagIterator | FlagOldIterator;
        return new ClassicMapIterator<TKey, TValue>(this, _buckets!, _b, start, offset, _clearSeq);
    }

    /// <inheritdoc/>
    public override MapState Inspect() => new ClassicMapState
    {
        Count = _count,
        B = _b,
        Growing = _oldbuckets is not null,
        SameSizeGrow = (_flags & FlagSameSizeGrow) != 0,
        NOverflow = _noverflow,
        NEvacuate = _nevacuate,
        BucketSize = _layout.BucketSize,
        BucketArrayLength = _buckets?.Preallocated ?? 0,
        OverflowBuckets = _overflowInUse + _oldOverflowInUse,
        Hash0 = _hash0,
        Flags = _flags,
        HasExtra = _hasExtra,
        HasNextOverflow = _hasExtra && _nextOverflow != 0,
        OverflowListLength = _hasExtra && _hasOverflowList ? _overflowLen : -1,
    };

    /// <summary><c>mapaccessK</c>: the current key and element for <paramref name="key"/>, used by iterators.</summary>
    internal bool TryAccessK(TKey key, out TKey foundKey, out TValue value)
    {
        if (_count != 0)
        {
            var i = FindSlot(key, KeyHasher<TKey>.Hash(key, _hash0), out var store);
            if (i >= 0)
            {
                foundKey = store.Keys[i];
                value = store.Values[i];
                return true;
            }
        }

        foundKey = default!;
        value = default!;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static byte TopHash(ulong hash)
    {
        var top = (byte)(hash >> 56);
        return top < MinTopHash ? (byte)(top + MinTopHash) : top;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsEvacuated(BucketStore<TKey, TValue> store, long bucket)
    {
        var h = store.Tophash[bucket * ClassicLayout.BucketCount];
        return h is > EmptyOne and < MinTopHash;
    }

    internal ulong Hash(TKey key) => KeyHasher<TKey>.Hash(key, _hash0);

    /// <summary><c>noldbuckets</c>: the number of buckets before the grow in progress.</summary>
    internal int NOldBuckets() => 1 << ((_flags & FlagSameSizeGrow) != 0 ? _b : _b - 1);

    private uint NewSeed() => (uint)_runtime.Rand();

    private void CheckHashable(TKey key)
    {
        if (typeof(TKey) == typeof(object) || KeyHasher<TKey>.MayBeNaN)
        {
            KeyHasher<TKey>.Hash(key, 0);
        }
    }

    /// <summary><c>overLoadFactor</c>: more than 8 entries and more than LF·2^B.</summary>
    private bool OverLoadFactor(long count, int b) => count > GrowThreshold(b);

    // The count overLoadFactor allows for 2^b buckets (cached per B in _growAbove: this is a 64-bit division, which Go's
    // compiler folds away with its constant load factor).
    private long GrowThreshold(int b) => Math.Max(ClassicLayout.BucketCount, _loadFactorNum * ((1L << b) / _loadFactorDen));

    /// <summary><c>tooManyOverflowBuckets</c>: about as many overflow buckets as main buckets (capped at 2^15).</summary>
    private static bool TooManyOverflowBuckets(ushort noverflow, int b) => noverflow >= (1 << Math.Min(b, 15));
}
