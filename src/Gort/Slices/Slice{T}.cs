using System.Collections;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Gort.Diagnostics;
using Gort.Memory;
using Gort.Runtime;
using Gort.Types.Formatting;

namespace Gort.Slices;

/// <summary>
/// A Go slice: a three-word value (backing array, offset, length, capacity) with Go's exact semantics — aliasing
/// between slices that share a backing array, <c>append</c> that writes into the shared array while it fits in the
/// capacity and otherwise reallocates with Go's capacity formula for the Go version in force, three-index slicing,
/// nil ≠ empty, and Go's panic texts.
/// </summary>
/// <typeparam name="T">The element type; its Go layout (<see cref="Types.GoTypeOf{T}"/>) drives growth and accounting.</typeparam>
/// <remarks>
/// <para>
/// Modelled on <see cref="ArraySegment{T}"/>. Like it, <see cref="Slice{T}"/> is a multi-word struct: reading or
/// writing a <see cref="Slice{T}"/> variable is not atomic, so a thread that races with a writer can observe a torn
/// value that mixes the array of one slice with the offset, length or capacity of another (Go has the same hazard
/// with its slice headers). For value-type elements, element access keeps .NET's array bounds check after Go's, so a
/// torn value can give wrong results but stays inside the array, as with <see cref="ArraySegment{T}"/>. For
/// reference-type elements the second check (and the array-covariance check) is skipped for speed, so a torn value
/// can reach outside the slice. Share <see cref="Slice{T}"/> variables between threads only under a lock, exactly
/// as Go requires.
/// </para>
/// <para>
/// Growth (<see cref="Append(T)"/> beyond the capacity) follows <see cref="SliceGrowth"/> for
/// <see cref="GoRuntime.Current"/>'s version and, when that runtime accounts, records the allocation in its heap as
/// Go's <c>MemStats</c> would count it. The fast path (the element fits) never touches the runtime. The library treats
/// every slice as escaping to the heap; compiler stack buffers for non-escaping slices are modelled by the lab
/// (<c>Gort.Lab.AppendScenario</c>).
/// </para>
/// </remarks>
[DebuggerDisplay("len = {Len}, cap = {Cap}, nil = {IsNil}")]
public readonly partial struct Slice<T> : IReadOnlyList<T>
{
    // Invariant: _array is null only for a nil slice (then every other field is 0); otherwise
    // 0 <= _length <= _capacity and _offset + _capacity <= _array.Length. The array may be longer than needed only for
    // zero-size element types, whose capacity is Go's while the array is grown geometrically (see GrowZeroSize).
    private readonly T[]? _array;
    private readonly int _offset;
    private readonly int _length;
    private readonly int _capacity;

    internal Slice(T[] array, int offset, int length, int capacity)
    {
        Debug.Assert(array is not null && (uint)length <= (uint)capacity && (ulong)(uint)offset + (uint)capacity <= (ulong)array.Length);
        _array = array;
        _offset = offset;
        _length = length;
        _capacity = capacity;
    }

    /// <summary>The nil slice (<c>var s []T</c>): length and capacity 0, <see cref="IsNil"/> true.</summary>
    public static Slice<T> Nil => default;

    /// <summary><c>len(s)</c>.</summary>
    public int Len
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _length;
    }

    /// <summary><c>cap(s)</c>.</summary>
    public int Cap
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _capacity;
    }

    /// <summary><c>s == nil</c>. An empty slice made by <c>make([]T, 0)</c> or <c>[]T{}</c> is not nil.</summary>
    public bool IsNil => _array is null;

    int IReadOnlyCollection<T>.Count => _length;

    /// <summary><c>s[i]</c>: a reference to element <paramref name="index"/> of the shared backing array.</summary>
    /// <exception cref="GoPanicException"><c>index out of range [i] with length n</c> (or <c>[-1]</c> for a negative index).</exception>
    public ref T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)_length)
            {
                ThrowHelper.ThrowIndex(index, _length);
            }

            if (typeof(T).IsValueType)
            {
                // A plain array access: measured faster than Unsafe.Add here (the JIT hoists the array's null and
                // bounds checks out of a counted loop), and a torn slice value then cannot reach outside the array.
                return ref _array![_offset + index];
            }

            // Reference types: skip ldelema's array-covariance check (every array here is exactly T[]).
            // Bounds: index < _length <= _capacity and _offset + _capacity <= _array.Length (type invariant).
            return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_array!), _offset + index);
        }
    }

    /// <summary><c>s[i]</c> with a C# <see cref="Index"/> (<c>s[^1]</c> is the last element).</summary>
    /// <exception cref="GoPanicException">The index is out of range.</exception>
    public ref T this[Index index] => ref this[index.GetOffset(_length)];

    /// <summary>
    /// <c>s[lo:hi]</c> with a C# <see cref="Range"/>. Start and end count from the length (<c>^n</c> is
    /// <c>len(s) - n</c>); as in Go, an explicit end may go past the length up to the capacity.
    /// </summary>
    /// <exception cref="GoPanicException">The bounds are out of range.</exception>
    public Slice<T> this[Range range] => Reslice(range.Start.GetOffset(_length), range.End.GetOffset(_length));

    T IReadOnlyList<T>.this[int index] => this[index];

    /// <summary><c>s[lo:]</c>.</summary>
    /// <exception cref="GoPanicException"><c>slice bounds out of range [lo:len]</c>.</exception>
    public Slice<T> Reslice(int low) => Reslice(low, _length);

    /// <summary><c>s[lo:hi]</c>: a slice of the same backing array, length <c>hi-lo</c>, capacity <c>cap(s)-lo</c>.</summary>
    /// <exception cref="GoPanicException">
    /// <c>slice bounds out of range [:hi] with capacity c</c> when <c>hi &gt; cap(s)</c>, or <c>[lo:hi]</c> when
    /// <c>lo &gt; hi</c> (negative values use Go's short forms, such as <c>[:-1]</c>).
    /// </exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Slice<T> Reslice(int low, int high)
    {
        if ((uint)high > (uint)_capacity || (uint)low > (uint)high)
        {
            ThrowHelper.ThrowSliceBounds(low, high, _capacity);
        }

        return _array is null ? default : new Slice<T>(_array, _offset + low, high - low, _capacity - low);
    }

    /// <summary><c>s[lo:hi:max]</c>: like <see cref="Reslice(int, int)"/> with capacity <c>max-lo</c>.</summary>
    /// <exception cref="GoPanicException">
    /// <c>[::max] with capacity c</c>, <c>[:hi:max]</c> or <c>[lo:hi:]</c>, checked in that order as Go does.
    /// </exception>
    public Slice<T> Reslice(int low, int high, int max)
    {
        if ((uint)max > (uint)_capacity || (uint)high > (uint)max || (uint)low > (uint)high)
        {
            ThrowHelper.ThrowSlice3Bounds(low, high, max, _capacity);
        }

        return _array is null ? default : new Slice<T>(_array, _offset + low, high - low, max - low);
    }

    /// <summary><c>s = append(s, item)</c>: writes into the shared array when it fits in the capacity, else grows.</summary>
    /// <returns>The new slice (assign it back, as in Go).</returns>
    /// <exception cref="GoPanicException"><c>growslice: len out of range</c> when the length would overflow.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Slice<T> Append(T item)
    {
        // Fast path: no runtime, no growth rule, one compare. Everything else is in the NoInlining AppendGrow so this
        // stays small enough to inline into the caller's loop.
        var length = _length;
        if ((uint)length < (uint)_capacity)
        {
            var array = _array!;
            if (typeof(T).IsValueType)
            {
                array[_offset + length] = item;
            }
            else
            {
                Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), _offset + length) = item;
            }

            return new Slice<T>(array, _offset, length + 1, _capacity);
        }

        // Static, with the fields as arguments: an instance call would take this slice's address, and an
        // address-exposed local cannot live in registers across the caller's loop.
        return AppendGrow(_array, _offset, length, _capacity, item);
    }

    /// <summary><c>s = append(s, items...)</c>: Go's many-at-once rule (one <c>growslice</c> for the whole batch).</summary>
    /// <exception cref="GoPanicException">The new length overflows or the allocation exceeds <c>maxAlloc</c>.</exception>
    public Slice<T> Append(params ReadOnlySpan<T> items)
    {
        if (items.IsEmpty)
        {
            return this;
        }

        var result = Extend(items.Length);
        // Copy after growing: the source may alias this slice's array (append(s[:1], s...)), and Span.CopyTo is
        // overlap-safe like memmove.
        items.CopyTo(result.AsSpan()[_length..]);
        return result;
    }

    /// <summary><c>s = append(s, t...)</c> for another slice (which may share this slice's array).</summary>
    /// <exception cref="GoPanicException">The new length overflows or the allocation exceeds <c>maxAlloc</c>.</exception>
    public Slice<T> AppendSlice(Slice<T> other) => Append(other.AsSpan());

    /// <summary>
    /// <c>slices.Grow(s, n)</c>: makes room for <paramref name="n"/> more elements without changing the length,
    /// growing as <c>append(s[:cap(s)], make([]T, n-(cap-len))...)[:len(s)]</c> does.
    /// </summary>
    /// <exception cref="GoPanicException"><c>cannot be negative</c> (a plain panic, as <c>slices.Grow</c> raises).</exception>
    public Slice<T> Grow(int n)
    {
        if (n < 0)
        {
            ThrowHelper.ThrowPlainPanic("cannot be negative");
        }

        var missing = (long)n - (_capacity - _length);
        if (missing <= 0)
        {
            return this;
        }

        var grown = GrowTo(_capacity + missing, copyLength: _capacity);
        return new Slice<T>(grown._array!, grown._offset, _length, grown._capacity);
    }

    /// <summary><c>clear(s)</c> (Go 1.21): sets <c>s[0:len(s)]</c> to the zero value; the capacity tail is untouched.</summary>
    public void Clear() => AsSpan().Clear();

    /// <summary>A span over <c>s[0:len(s)]</c> (writes go to the shared backing array).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<T> AsSpan() => _array is null ? default : new Span<T>(_array, _offset, _length);

    /// <summary>The elements <c>s[0:len(s)]</c> as a new array (a copy).</summary>
    public T[] ToArray() => AsSpan().ToArray();

    /// <summary>
    /// Go's <c>range</c> over the values: <c>for _, v := range s</c>. The header (and so the length) is read once
    /// at the start; each value is read from the shared array when its iteration begins.
    /// </summary>
    public Enumerator GetEnumerator() => new(this);

    /// <summary>
    /// Go's <c>for i, v := range s</c>: <c>foreach (var (i, v) in s.Indexed())</c> yields the index and a copy of the
    /// element, with the length read once.
    /// </summary>
    public IndexedEnumerable Indexed() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => new BoxedEnumerator(this);

    IEnumerator IEnumerable.GetEnumerator() => new BoxedEnumerator(this);

    /// <summary>
    /// <c>fmt.Sprint(s)</c> as the current runtime's Go version prints it: <c>[1 2 3]</c>, <c>[]</c> for nil and empty,
    /// elements in their Go default format (see <see cref="ClrGoValues"/> for how CLR elements map to Go values).
    /// </summary>
    public override string ToString() => GoFmt.Format(this, GoRuntime.Current.Version);

    // ---- growth (cold) ------------------------------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Slice<T> AppendGrow(T[]? array, int offset, int length, int capacity, T item)
    {
        var result = array is null ? default : new Slice<T>(array, offset, length, capacity);
        result = result.Extend(1);
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(result._array!), result._offset + length) = item;
        return result;
    }

    /// <summary>
    /// <c>append</c>'s length and growth step for <paramref name="count"/> new elements: returns a slice of length
    /// <c>len + count</c> whose new elements are still to be written (zeroed when the array was reallocated).
    /// </summary>
    internal Slice<T> Extend(int count)
    {
        Debug.Assert(count > 0);
        var newLength = (long)_length + count;
        if (newLength <= _capacity)
        {
            return new Slice<T>(_array!, _offset, (int)newLength, _capacity);
        }

        var grown = GrowTo(newLength, copyLength: _length);
        return new Slice<T>(grown._array!, grown._offset, (int)newLength, grown._capacity);
    }

    /// <summary>
    /// <c>growslice</c>: a new backing array for <paramref name="newLength"/> elements, holding a copy of the first
    /// <paramref name="copyLength"/> elements, with the capacity and the allocation record Go would produce.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Slice<T> GrowTo(long newLength, int copyLength)
    {
        var runtime = GoRuntime.Current;
        var plan = SliceGrowth.Plan(newLength, _capacity, SliceElement<T>.Size, SliceElement<T>.HasPointers, runtime.Version);
        if (plan.NewCapacity > Array.MaxLength)
        {
            ThrowHelper.ThrowSliceTooLarge(plan.NewCapacity);
        }

        var capacity = (int)plan.NewCapacity;
        T[] array;
        if (SliceElement<T>.Size == 0)
        {
            // Go: &zerobase with cap == newLen, nothing allocated. Zero-size values carry no data, so one array can
            // serve every such slice; it is regrown geometrically to keep a loop of appends linear.
            array = _array is not null && _array.Length - _offset >= capacity ? _array : new T[Math.Max(capacity, (_array?.Length ?? 0) * 2)];
            return new Slice<T>(array, array == _array ? _offset : 0, copyLength, capacity);
        }

        // Go zeroes only what the copy does not overwrite; a pointer-free array can skip .NET's zeroing the same way.
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            array = new T[capacity];
            AsSpanTo(copyLength).CopyTo(array);
        }
        else
        {
            array = GC.AllocateUninitializedArray<T>(capacity);
            AsSpanTo(copyLength).CopyTo(array);
            array.AsSpan(copyLength).Clear();
        }
        if (runtime.Accounting)
        {
            runtime.Heap.Allocate(plan.AllocationBytes, SliceElement<T>.HasPointers, GoOperation.GrowSlice, SliceElement<T>.TypeName, array);
        }

        return new Slice<T>(array, 0, copyLength, capacity);
    }

    private Span<T> AsSpanTo(int length) => _array is null ? default : new Span<T>(_array, _offset, length);
}
