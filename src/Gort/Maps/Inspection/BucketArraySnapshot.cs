namespace Gort.Maps.Inspection;

/// <summary>One classic bucket array as the lab sees it: tophash bytes and overflow links of every bucket.</summary>
/// <param name="Base">2^B main buckets.</param>
/// <param name="Preallocated">Buckets allocated with the array (main + preallocated overflow).</param>
/// <param name="Used">Buckets in use, including overflow buckets allocated one by one after the array.</param>
/// <param name="Tophash">8 tophash bytes per bucket, <see cref="Used"/> buckets.</param>
/// <param name="Overflow">The index of each bucket's next overflow bucket (0: none).</param>
public sealed record BucketArraySnapshot(int Base, int Preallocated, int Used, byte[] Tophash, int[] Overflow)
{
    /// <summary>Buckets allocated one at a time (<c>newobject</c>) after the array.</summary>
    public int Extra => Used - Preallocated;
}
