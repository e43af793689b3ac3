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
    public readonly int Base;
    public readonly int Preallocated;
    public int Used;

    public BucketStore(int baseBuckets, int preallocated)
    {
        Base = baseBuckets;
        Preallocated = preallocated;
        Used = preallocated;
        Tophash = new byte[preallocated * ClassicLayout.BucketCount];
        Keys = new TKey[preallocated * ClassicLayout.BucketCount];
        Values = new TValue[preallocated * ClassicLayout.BucketCount];
        Overflow = new int[preallocated];
    }

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
        }

        return Used++;
    }
}
