namespace Gort.Memory;

/// <summary>
/// What an <see cref="IHeapProfiler"/> asked the heap to keep with a sampled object and hand back when it is freed
/// (Go keeps the bucket pointer in the object's <c>specialprofile</c> record).
/// </summary>
/// <param name="Bucket">The profiler's bucket (its call stack); negative for "not sampled".</param>
/// <param name="Size">The size the profiler counted for the object.</param>
public readonly record struct HeapProfileSample(int Bucket, long Size)
{
    /// <summary>Not sampled: nothing to hand back.</summary>
    public static HeapProfileSample None => new(-1, 0);

    /// <summary>Whether the object was sampled.</summary>
    public bool IsSampled => Bucket >= 0;
}
