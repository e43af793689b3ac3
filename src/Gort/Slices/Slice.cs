using System.Text;
using Gort.Diagnostics;
using Gort.Memory;
using Gort.Runtime;

namespace Gort.Slices;

/// <summary>
/// Creates and combines <see cref="Slice{T}"/> values as Go's builtins do: <c>make</c>, slice literals,
/// <c>copy</c>, <c>append</c> of a string to a byte slice, and the <c>[]byte</c>/<c>[]rune</c>/<c>string</c>
/// conversions. Go strings are UTF-8: a CLR string is encoded to UTF-8 on the way in and decoded on the way out.
/// </summary>
/// <remarks>
/// Every backing array made here is recorded in <see cref="GoRuntime.Current"/>'s heap when that runtime accounts,
/// with the size <c>mallocgc</c> is asked for (the same tiny/small/large rules and malloc headers). Slices are treated
/// as escaping to the heap; the compiler's stack buffers are modelled by the lab only.
/// </remarks>
public static class Slice
{
    /// <summary><c>make([]T, len)</c>: length and capacity <paramref name="length"/>, zeroed.</summary>
    /// <exception cref="GoPanicException"><c>makeslice: len out of range</c>.</exception>
    public static Slice<T> Make<T>(int length) => Make<T>(length, length);

    /// <summary><c>make([]T, len, cap)</c>: the capacity is exactly <paramref name="capacity"/> (make never rounds it).</summary>
    /// <exception cref="GoPanicException"><c>makeslice: len out of range</c> or <c>makeslice: cap out of range</c>.</exception>
    public static Slice<T> Make<T>(int length, int capacity)
    {
        var bytes = SliceGrowth.MakeSliceBytes(length, capacity, SliceElement<T>.Size);
        Account<T>(bytes, GoOperation.MakeSlice);
        return new Slice<T>(capacity == 0 ? [] : new T[capacity], 0, length, capacity);
    }

    /// <summary>A slice literal <c>[]T{a, b, c}</c>: a new backing array with capacity == length.</summary>
    /// <remarks><c>Slice.Of&lt;T&gt;()</c> is <c>[]T{}</c>: empty but not nil.</remarks>
    public static Slice<T> Of<T>(params ReadOnlySpan<T> items)
    {
        // An escaping literal is newobject([n]T); []T{} points at zerobase and allocates nothing.
        Account<T>(items.Length * SliceElement<T>.Size, GoOperation.SliceLiteral);
        return new Slice<T>(items.ToArray(), 0, items.Length, items.Length);
    }

    /// <summary>
    /// <c>copy(dst, src)</c>: copies <c>min(len(dst), len(src))</c> elements, correctly when the two share an array,
    /// and returns that count. Nil slices are fine.
    /// </summary>
    public static int Copy<T>(Slice<T> destination, Slice<T> source)
    {
        var src = source.AsSpan();
        var dst = destination.AsSpan();
        var n = Math.Min(src.Length, dst.Length);
        src[..n].CopyTo(dst);
        return n;
    }

    /// <summary><c>copy(dst, s)</c> with a string source: copies the string's UTF-8 bytes.</summary>
    public static int Copy(Slice<byte> destination, string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var bytes = Encoding.UTF8.GetBytes(source);
        var dst = destination.AsSpan();
        var n = Math.Min(bytes.Length, dst.Length);
        bytes.AsSpan(0, n).CopyTo(dst);
        return n;
    }

    /// <summary>
    /// <c>[]byte(s)</c> for an escaping result: the UTF-8 bytes of <paramref name="value"/> in a new array whose
    /// capacity is the allocation's size class (<c>rawbyteslice</c>), so <c>[]byte("a")</c> has cap 8.
    /// </summary>
    public static Slice<byte> FromString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var length = Encoding.UTF8.GetByteCount(value);
        var runtime = GoRuntime.Current;
        var capacity = Allocator.RoundUpSize(length, noscan: true, runtime.Version);
        var array = capacity == 0 ? [] : new byte[capacity];
        Encoding.UTF8.GetBytes(value, array);
        if (runtime.Accounting)
        {
            runtime.Heap.Allocate(capacity, false, GoOperation.Conversion, "uint8");
        }

        return new Slice<byte>(array, 0, length, (int)capacity);
    }

    /// <summary>
    /// <c>[]rune(s)</c> for an escaping result: the code points of <paramref name="value"/> (an unpaired surrogate
    /// becomes U+FFFD, as an invalid UTF-8 byte does in Go), capacity rounded to the allocation
    /// (<c>rawruneslice</c>: <c>[]rune("a")</c> has cap 2).
    /// </summary>
    public static Slice<int> RunesFromString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var count = 0;
        foreach (var _ in value.EnumerateRunes())
        {
            count++;
        }

        var runtime = GoRuntime.Current;
        var bytes = Allocator.RoundUpSize(count * 4L, noscan: true, runtime.Version);
        var array = bytes == 0 ? [] : new int[bytes / 4];
        var i = 0;
        foreach (var rune in value.EnumerateRunes())
        {
            array[i++] = rune.Value;
        }

        if (runtime.Accounting)
        {
            runtime.Heap.Allocate(bytes, false, GoOperation.Conversion, "int32");
        }

        return new Slice<int>(array, 0, count, array.Length);
    }

    /// <summary>
    /// <c>string(b)</c>: decodes the bytes as UTF-8 (invalid sequences become U+FFFD). Go allocates <c>len(b)</c>
    /// bytes except for lengths 0 and 1 (the empty string and the runtime's static one-byte strings).
    /// </summary>
    public static string ToGoString(Slice<byte> bytes)
    {
        var span = bytes.AsSpan();
        if (span.Length > 1)
        {
            GoRuntime.Current.Account(span.Length, false, GoOperation.Conversion, "string");
        }

        return Encoding.UTF8.GetString(span);
    }

    /// <summary><c>append(b, s...)</c>: appends the UTF-8 bytes of a string to a byte slice (one growth step).</summary>
    /// <exception cref="GoPanicException">The new length overflows.</exception>
    public static Slice<byte> Append(this Slice<byte> slice, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var count = Encoding.UTF8.GetByteCount(value);
        if (count == 0)
        {
            return slice;
        }

        var result = slice.Extend(count);
        Encoding.UTF8.GetBytes(value, result.AsSpan()[slice.Len..]);
        return result;
    }

    private static void Account<T>(long bytes, GoOperation operation)
    {
        if (bytes == 0)
        {
            return;
        }

        var runtime = GoRuntime.Current;
        if (runtime.Accounting)
        {
            runtime.Heap.Allocate(bytes, SliceElement<T>.HasPointers, operation, SliceElement<T>.TypeName);
        }
    }
}
