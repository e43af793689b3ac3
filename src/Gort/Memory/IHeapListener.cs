namespace Gort.Memory;

/// <summary>
/// Something that subscribes to a <see cref="GoHeap"/> with <see cref="GoHeap.AddListener"/>: an
/// <see cref="IAllocationListener"/>, an <see cref="IGcListener"/>, an <see cref="IHeapProfiler"/>, or several of them.
/// </summary>
/// <remarks>
/// The heap publishes through these interfaces only and knows nothing of its subscribers: the allocation profile,
/// gctrace writer, EventSource and Meter of <c>Gort.Observability</c> are such listeners (docs/observability.md).
/// </remarks>
#pragma warning disable CA1040 // A marker on purpose: one AddListener for every kind of heap subscriber.
public interface IHeapListener
#pragma warning restore CA1040
{
}
