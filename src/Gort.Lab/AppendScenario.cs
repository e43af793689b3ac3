using Gort.Memory;
using Gort.Slices;
using Gort.Types;
using Gort.Versions;

namespace Gort.Lab;

/// <summary>
/// Simulates small Go programs that build slices — append one at a time, append many at once, make — for any element
/// type and version, on a fresh heap, including the compiler's stack buffers for slices that do not escape.
/// </summary>
/// <remarks>
/// <para>The capacity arithmetic is <see cref="SliceGrowth"/>'s; this type adds where the backing store lives:</para>
/// <list type="bullet">
/// <item><see cref="SliceEscape.Heap"/>: every growth is a heap <c>growslice</c>.</item>
/// <item><see cref="SliceEscape.Local"/>, Go 1.25+ (<see cref="GoVersion.StackBufferForFirstAppend"/>): the first append
/// to an empty slice of elements of 1..32 bytes takes a 32-byte stack array, cap <c>K = 32/size</c>, if the new length
/// fits (<c>cmd/compile/internal/ssagen</c> <c>append</c>); later growth is on the heap.</item>
/// <item><see cref="SliceEscape.AtEnd"/>, Go 1.26+ (<see cref="GoVersion.GrowsliceStackBuffer"/>): the slice pass
/// (<c>cmd/compile/internal/slice</c>) inserts a <c>move2heap</c> at the escape point. If the code reads the capacity
/// (<c>capacityObserved</c>), appends call <c>growsliceBuf</c>, which walks up the size classes inside the 32-byte
/// buffer (caps 1, 2, 3, 4 for <c>int</c>), and the move keeps the capacity (<c>moveSlice</c>); otherwise the first
/// append takes the whole buffer as for <see cref="SliceEscape.Local"/> and the move rounds the length up to a size
/// class (<c>moveSliceNoCap</c>). Before 1.26 such a slice escapes, as <see cref="SliceEscape.Heap"/>.</item>
/// </list>
/// <para>Limits: the compiler's decisions depend on the code's shape (one escape point outside loops, appends inside
/// a loop, elements of at most 32 bytes, optimisation on); the scenarios assume the shapes above.</para>
/// </remarks>
public static class AppendScenario
{
    /// <summary>
    /// <c>var s []T; for len(s) &lt; count { s = append(s, x) }</c>: every capacity change and the heap's counts.
    /// </summary>
    /// <param name="elemSize">Element size in bytes.</param>
    /// <param name="pointers">Whether the element type has pointers.</param>
    /// <param name="count">How many elements to append.</param>
    /// <param name="version">The Go version.</param>
    /// <param name="escape">Where the slice lives.</param>
    /// <param name="capacityObserved">For <see cref="SliceEscape.AtEnd"/>: whether the code reads <c>cap(s)</c> (or reslices).</param>
    /// <param name="typeName">The element type, for allocation records.</param>
    /// <param name="heap">
    /// The heap to charge (a runtime's, for profiles and gctrace); by default a fresh one. It must be empty and of
    /// <paramref name="version"/>, and it is switched to keep records.
    /// </param>
    public static AppendRun OneByOne(
        long elemSize, bool pointers, long count, GoVersion version, SliceEscape escape = SliceEscape.Heap,
        bool capacityObserved = true, string? typeName = null, GoHeap? heap = null)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegative(elemSize);
        if (heap is not null && (!heap.Version.Equals(version) || heap.Mallocs != 0))
        {
            throw new ArgumentException($"the heap must be a fresh Go {version} heap", nameof(heap));
        }

        heap ??= new GoHeap(version);
        heap.KeepRecords = true;
        var k = SliceGrowth.StackBufferCapacity(elemSize);
        var firstAppendBuffer = false;
        var growsliceBuf = false;
        var moveAtEnd = false;
        if (k > 0)
        {
            switch (escape)
            {
                case SliceEscape.Local:
                    firstAppendBuffer = version.StackBufferForFirstAppend;
                    break;
                case SliceEscape.AtEnd when version.GrowsliceStackBuffer:
                    moveAtEnd = true;
                    growsliceBuf = capacityObserved;
                    firstAppendBuffer = !capacityObserved;
                    break;
            }
        }

        var transitions = new List<AppendTransition>();
        long length = 0, capacity = 0;
        var onStack = false;
        var bufferUsed = false;
        while (length < count)
        {
            if (length == capacity)
            {
                var newLength = length + 1;
                if (firstAppendBuffer && !bufferUsed && length == 0 && newLength <= k)
                {
                    // `var store [K]T; s = store[:newLen:K]`, once per function execution.
                    bufferUsed = true;
                    onStack = true;
                    transitions.Add(new AppendTransition(length, capacity, k, true, k, null));
                    capacity = k;
                }
                else if (growsliceBuf && newLength <= k)
                {
                    // growsliceBuf: stay in the buffer, one size class at a time.
                    var next = Allocator.RoundUpSize(newLength * elemSize, !pointers, version) / elemSize;
                    onStack = true;
                    transitions.Add(new AppendTransition(length, capacity, next, true, next, null));
                    capacity = next;
                }
                else
                {
                    var plan = SliceGrowth.Plan(newLength, capacity, elemSize, pointers, version);
                    AllocationRecord? record = plan.AllocationBytes == 0 ? null : heap.Allocate(plan.AllocationBytes, pointers, GoOperation.GrowSlice, typeName);
                    onStack = false;
                    transitions.Add(new AppendTransition(length, capacity, plan.NewCapacity, false, plan.NextCapacity, record));
                    capacity = plan.NewCapacity;
                }

                length = newLength;
            }

            length = Math.Min(count, capacity);
        }

        AllocationRecord? move = null;
        if (moveAtEnd && onStack)
        {
            (move, capacity) = MoveToHeap(heap, length, capacity, elemSize, pointers, capacityObserved, typeName);
        }

        return new AppendRun(version, escape, transitions, length, capacity, move, (long)heap.Mallocs, (long)heap.TotalAlloc, heap.Records);
    }

    /// <summary>
    /// <c>s := make([]T, length, capacity); s = append(s, src[:add]...)</c>: the append alone, on a fresh heap. The
    /// <c>...</c> form never uses a stack buffer, so escape analysis does not change it.
    /// </summary>
    public static AppendRun AppendMany(long elemSize, bool pointers, long length, long capacity, long add, GoVersion version, string? typeName = null)
    {
        ArgumentNullException.ThrowIfNull(version);
        SliceGrowth.MakeSliceBytes(length, capacity, elemSize);
        if (add < 0)
        {
            // append(s, make([]T, n)...) with n < 0.
            throw Diagnostics.GoPanicException.RuntimeError("makeslice: len out of range");
        }

        var heap = new GoHeap(version) { KeepRecords = true };
        var transitions = new List<AppendTransition>();
        var newLength = length + add;
        if (newLength > capacity || newLength < 0)
        {
            var plan = SliceGrowth.Plan(newLength, capacity, elemSize, pointers, version);
            AllocationRecord? record = plan.AllocationBytes == 0 ? null : heap.Allocate(plan.AllocationBytes, pointers, GoOperation.GrowSlice, typeName);
            transitions.Add(new AppendTransition(length, capacity, plan.NewCapacity, false, plan.NextCapacity, record));
            capacity = plan.NewCapacity;
        }

        return new AppendRun(version, SliceEscape.Heap, transitions, newLength, capacity, null, (long)heap.Mallocs, (long)heap.TotalAlloc, heap.Records);
    }

    /// <summary><c>s := make([]T, length, capacity)</c> escaping to the heap, on a fresh heap.</summary>
    /// <exception cref="Diagnostics.GoPanicException"><c>makeslice: len out of range</c> / <c>cap out of range</c>.</exception>
    public static AppendRun Make(long elemSize, bool pointers, long length, long capacity, GoVersion version, string? typeName = null)
    {
        ArgumentNullException.ThrowIfNull(version);
        var bytes = SliceGrowth.MakeSliceBytes(length, capacity, elemSize);
        var heap = new GoHeap(version) { KeepRecords = true };
        if (bytes > 0)
        {
            heap.Allocate(bytes, pointers, GoOperation.MakeSlice, typeName);
        }

        return new AppendRun(version, SliceEscape.Heap, [], length, capacity, null, (long)heap.Mallocs, (long)heap.TotalAlloc, heap.Records);
    }

    /// <summary><see cref="OneByOne(long, bool, long, GoVersion, SliceEscape, bool, string?, GoHeap?)"/> for a Go element type.</summary>
    public static AppendRun OneByOne(
        GoType elem, long count, GoVersion version, SliceEscape escape = SliceEscape.Heap, bool capacityObserved = true, GoHeap? heap = null)
    {
        ArgumentNullException.ThrowIfNull(elem);
        return OneByOne(elem.Size, elem.HasPointers, count, version, escape, capacityObserved, elem.ToString(), heap);
    }

    // moveSlice / moveSliceNoCap (runtime/slice.go, 1.26+): copy a stack-backed slice to the heap at its escape point.
    private static (AllocationRecord? Record, long Capacity) MoveToHeap(
        GoHeap heap, long length, long capacity, long elemSize, bool pointers, bool keepCapacity, string? typeName)
    {
        if (keepCapacity)
        {
            return capacity == 0 ? (null, 0) : (heap.Allocate(capacity * elemSize, pointers, GoOperation.GrowSlice, typeName), capacity);
        }

        if (length == 0)
        {
            return (null, 0);
        }

        var rounded = Allocator.RoundUpSize(length * elemSize, !pointers, heap.Version);
        var newCapacity = rounded / elemSize;
        var request = pointers ? newCapacity * elemSize : rounded;
        return (heap.Allocate(request, pointers, GoOperation.GrowSlice, typeName), newCapacity);
    }
}
