namespace Gort.Memory;

/// <summary>
/// A heap profiler, as Go's memory profiler (<c>runtime/mprof.go</c>): it samples allocations, and the heap keeps the
/// sample with the object (Go's <c>setprofilebucket</c>) so the profiler hears when that object is freed
/// (<c>mProf_Free</c>). A heap has at most one, as a Go process has one <c>MemProfileRate</c>.
/// </summary>
public interface IHeapProfiler : IHeapListener
{
    /// <summary>
    /// <c>mProf_Malloc</c>: called for every allocation; returns the sample to keep with the object, or
    /// <see cref="HeapProfileSample.None"/> when this allocation is not sampled.
    /// </summary>
    HeapProfileSample OnAllocation(in AllocationRecord record);

    /// <summary>
    /// <c>mProf_Free</c>: an object sampled as <paramref name="sample"/> was freed by a GC cycle (only objects tracked for
    /// liveness are ever freed: see <see cref="GoHeap.TrackLiveness"/>).
    /// </summary>
    void OnFree(in HeapProfileSample sample);
}
