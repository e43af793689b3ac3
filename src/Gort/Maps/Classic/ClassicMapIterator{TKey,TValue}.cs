using Gort.Diagnostics;
using Gort.Maps.Hashing;
using Gort.Maps.Internal;

namespace Gort.Maps.Classic;

/// <summary>
/// <c>hiter</c> / <c>mapiternext</c>: walks the bucket array captured at the start from a random bucket and slot
/// offset. While a grow that started before the loop is in progress, it reads not-yet-evacuated old buckets and keeps
/// only the keys that belong to the current new bucket; entries already moved are looked up in the live map, which
/// skips deleted keys and yields current values.
/// </summary>
internal sealed class ClassicMapIterator<TKey, TValue> : MapIterator<TKey, TValue>
{
    public static readonly ClassicMapIterator<TKey, TValue> Empty = new();

    private const long NoCheck = -1;

    private readonly BucketStore<TKey, TValue>? _buckets;
    private readonly int _b;
    private readonly long _startBucket;
    private readonly int _offset;
    private readonly ulong _clearSeq;
    private ClassicMap<TKey, TValue>? _map;
    private BucketStore<TKey, TValue>? _store;
    private long _bucket;
    private int _bptr = -1;
    private int _i;
    private long _checkBucket;
    private bool _wrapped;

    public ClassicMapIterator(ClassicMap<TKey, TValue> map, BucketStore<TKey, TValue> buckets, int b, long startBucket, int offset, ulong clearSeq)
    {
        _map = map;
        _buckets = buckets;
        _b = b;
        _startBucket = startBucket;
        _bucket = startBucket;
        _offset = offset;
        _clearSeq = clearSeq;
    }

    private ClassicMapIterator()
    {
    }

    public override bool Next(out TKey key, out TValue value)
    {
        var map = _map;
        if (map is null)
        {
            key = default!;
            value = default!;
            return false;
        }

        if ((map.Flags & ClassicMap<TKey, TValue>.FlagHashWriting) != 0)
        {
            ThrowHelper.ThrowConcurrentMapIterationAndWrite();
        }

        try
        {
            return NextCore(map, out key, out value);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or NullReferenceException)
        {
            throw new GoFatalException("concurrent map iteration and map write", e);
        }
    }

    private bool NextCore(ClassicMap<TKey, TValue> map, out TKey key, out TValue value)
    {
        const int N = ClassicLayout.BucketCount;
        while (true)
        {
            if (_bptr < 0)
            {
                if (_bucket == _startBucket && _wrapped)
                {
                    _map = null;
                    key = default!;
                    value = default!;
                    return false;
                }

                var old = map.OldBuckets;
                if (old is not null && _b == map.B)
                {
                    // Started during a grow that is still in progress: prefer the old bucket while it is not evacuated.
                    var oldBucket = (int)(_bucket & (map.NOldBuckets() - 1));
                    if (!ClassicMap<TKey, TValue>.IsEvacuated(old, oldBucket))
                    {
                        _store = old;
                        _bptr = oldBucket;
                        _checkBucket = _bucket;
                    }
                    else
                    {
                        _store = _buckets;
                        _bptr = (int)_bucket;
                        _checkBucket = NoCheck;
                    }
                }
                else
                {
                    _store = _buckets;
                    _bptr = (int)_bucket;
                    _checkBucket = NoCheck;
                }

                _bucket++;
                if (_bucket == 1L << _b)
                {
                    _bucket = 0;
                    _wrapped = true;
                }

                _i = 0;
            }

            var store = _store!;
            for (; _i < N; _i++)
            {
                var s = (_bptr * N) + ((_i + _offset) & (N - 1));
                var top = store.Tophash[s];
                if (top <= ClassicMap<TKey, TValue>.EmptyOne || top == ClassicMap<TKey, TValue>.EvacuatedEmpty)
                {
                    continue;
                }

                var k = store.Keys[s];
                var reflexive = !KeyHasher<TKey>.MayBeNaN || KeyHasher<TKey>.Equal(k, k);
                if (_checkBucket != NoCheck && !map.SameSizeGrowing)
                {
                    // Only the keys that will move to the new bucket being visited.
                    if (reflexive)
                    {
                        if ((long)(map.Hash(k) & ((1UL << _b) - 1)) != _checkBucket)
                        {
                            continue;
                        }
                    }
                    else if ((_checkBucket >> (_b - 1)) != (top & 1))
                    {
                        continue;
                    }
                }

                var golden = (top != ClassicMap<TKey, TValue>.EvacuatedX && top != ClassicMap<TKey, TValue>.EvacuatedY) || !reflexive;
                if (map.Version.ClassicClearSeq && _clearSeq != map.ClearSeq)
                {
                    golden = false;
                }

                if (golden)
                {
                    key = k;
                    value = store.Values[s];
                }
                else if (!map.TryAccessK(k, out key, out value))
                {
                    continue; // deleted since the grow or clear
                }

                _i++;
                return true;
            }

            var next = store.Overflow[_bptr];
            _bptr = next == 0 ? -1 : next;
            _i = 0;
        }
    }
}
