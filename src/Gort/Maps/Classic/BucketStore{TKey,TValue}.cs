using System.Runtime.CompilerServices;
using Gort.Maps.Hashing;

namespace Gort.Maps.Classic;

/// <summary>
/// One Go bucket array (<c>makeBucketArray</c>) in a flat C# layout: bucket <c>b</c>'s slot <c>i</c> is index
/// <c>b*8+i</c> of <see cref="Tophash"/>, <see cref="Keys"/> and <see cref="Values"/>.
/// </summary>
/// <remarks>
/// <code>
/// [0, Base)              the 2^B main buckets
/// [Base, Preallocated)   overflow buckets allocated with the array (B ≥ 4), handed out through nextOverflow
/// [Preallocated, Used)   overflow buckets Go allocates one by one (newobject); C# storage grows by doubling
/// </code>
/// <see cref="Overflow"/>[b] is the index of bucket b's next overflow bucket in this store, 0 for none (bucket 0 is a
/// main bucket, so it is never anyone's overflow). Go's model of what is allocated is kept by the engine; the C#
/// arrays are only storage.
/// </remarks>
internal sealed class BucketStore<TKey, TValue>
{
    public byte[] Tophash;
    public TKey[] Keys;
    public TValue[] Values;
    public int[] Overflow;

    /// <summary>
    /// Each stored key's hash (same index as <see cref="Keys"/>) when <see cref="KeyHasher{TKey}.KeepsHashes"/>, else
    /// null, so evacuation never reads the keys again.
    /// </summary>
    public ulong[]? Hashes;
    public readonly int Base;
    public readonly int Preallocated;
    public int Used;

    /// <summary>
    /// The heap-model owner of the Go bucket array this store holds (a stable object, so that C# storage replaced
    /// under an iterator by <c>Clear</c> still stands for the same Go array).
    /// </summary>
    public readonly object ArrayOwner;

    // Heap-model owners of the separately allocated overflow buckets, [Preallocated, Used): dropped with them.
    private List<object>? _overflowOwners;

    public BucketStore(int baseBuckets, int preallocated, object? arrayOwner = null)
    {
        ArrayOwner = arrayOwner ?? new object();
        Base = baseBuckets;
        Preallocated = preallocated;
        Used = preallocated;
        Tophash = new byte[preallocated * ClassicLayout.BucketCount];
        Keys = new TKey[preallocated * ClassicLayout.BucketCount];
        Values = new TValue[preallocated * ClassicLayout.BucketCount];
        Overflow = new int[preallocated];
        if (KeyHasher<TKey>.KeepsHashes)
        {
            Hashes = new ulong[preallocated * ClassicLayout.BucketCount];
        }
    }

    /// <summary>Records the hash of the key just stored in <paramref name="slot"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void RememberHash(int slot, ulong hash)
    {
        if (!typeof(TKey).IsValueType && Hashes is { } hashes)
        {
            hashes[slot] = hash;
        }
    }

    /// <summary>The hash of the key in <paramref name="slot"/>: remembered, or computed under <paramref name="seed"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong HashAt(int slot, TKey key, ulong seed) =>
        !typeof(TKey).IsValueType && Hashes is { } hashes ? hashes[slot] : KeyHasher<TKey>.Hash(key, seed);

    /// <summary>Storage for one more separately allocated overflow bucket; returns its index.</summary>
    public int AddBucket()
    {
        if (Used == Overflow.Length)
        {
            var capacity = Math.Max(Used * 2, Used + 4);
            Array.Resize(ref Overflow, capacity);
            Array.Resize(ref Tophash, capacity * ClassicLayout.BucketCount);
            Array.Resize(ref Keys, capacity * ClassicLayout.BucketCount);
            Array.Resize(ref Values, capacity * ClassicLayout.BucketCount);
            if (Hashes is not null)
            {
                Array.Resize(ref Hashes, capacity * ClassicLayout.BucketCount);
            }
        }

        return Used++;
    }

    /// <summary>The heap-model owner of the next separately allocated overflow bucket (call before <see cref="AddBucket"/>).</summary>
    public object NewOverflowOwner()
    {
        var owner = new object();
        (_overflowOwners ??= []).Add(owner);
        return owner;
    }

    /// <summary>Forgets the separately allocated overflow buckets (<c>Clear</c> reusing this array).</summary>
    public void DropOverflowBuckets()
    {
        Used = Preallocated;
        _overflowOwners?.Clear();
    }
}
