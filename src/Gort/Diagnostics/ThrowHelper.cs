using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace Gort.Diagnostics;

// Throwing from a helper keeps the IL and machine code of hot, generic members small: a `throw new ...(message)` at
// each call site would be compiled again for every instantiation of Slice<T> and Map<K,V>, and would stop the JIT from
// inlining them. Each Go failure has its own method so the message is built only on the cold path. The texts follow
// Go's runtime/error.go (boundsError formats) and the runtime's panic strings exactly.
[StackTraceHidden]
internal static class ThrowHelper
{
    /// <summary><c>s[i]</c> out of range, with Go's negative form (<c>boundsNegErrorFmts</c>) for a negative index.</summary>
    [DoesNotReturn]
    public static void ThrowIndex(long index, long length) =>
        throw GoPanicException.RuntimeError(index < 0
            ? $"index out of range [{index}]"
            : $"index out of range [{index}] with length {length}");

    /// <summary>
    /// <c>s[low:high]</c> failed. Go checks <c>high &lt;= cap</c> first (<c>boundsSliceAcap</c>), then
    /// <c>low &lt;= high</c> (<c>boundsSliceB</c>), both as unsigned compares; a negative value uses the short form.
    /// </summary>
    [DoesNotReturn]
    public static void ThrowSliceBounds(long low, long high, long cap)
    {
        if ((ulong)high > (ulong)cap)
        {
            throw GoPanicException.RuntimeError(high < 0
                ? $"slice bounds out of range [:{high}]"
                : $"slice bounds out of range [:{high}] with capacity {cap}");
        }

        throw GoPanicException.RuntimeError(low < 0
            ? $"slice bounds out of range [{low}:]"
            : $"slice bounds out of range [{low}:{high}]");
    }

    /// <summary>
    /// <c>s[low:high:max]</c> failed. Go checks <c>max &lt;= cap</c> (<c>boundsSlice3Acap</c>), then
    /// <c>high &lt;= max</c> (<c>boundsSlice3B</c>), then <c>low &lt;= high</c> (<c>boundsSlice3C</c>).
    /// </summary>
    [DoesNotReturn]
    public static void ThrowSlice3Bounds(long low, long high, long max, long cap)
    {
        if ((ulong)max > (ulong)cap)
        {
            throw GoPanicException.RuntimeError(max < 0
                ? $"slice bounds out of range [::{max}]"
                : $"slice bounds out of range [::{max}] with capacity {cap}");
        }

        if ((ulong)high > (ulong)max)
        {
            throw GoPanicException.RuntimeError(high < 0
                ? $"slice bounds out of range [:{high}:]"
                : $"slice bounds out of range [:{high}:{max}]");
        }

        throw GoPanicException.RuntimeError(low < 0
            ? $"slice bounds out of range [{low}::]"
            : $"slice bounds out of range [{low}:{high}:]");
    }

    /// <summary>A slice larger than a .NET array can hold (Go would allow it up to <c>maxAlloc</c>).</summary>
    [DoesNotReturn]
    public static void ThrowSliceTooLarge(long cap) =>
        throw new OutOfMemoryException($"a Go slice of capacity {cap} does not fit in a .NET array (at most {Array.MaxLength} elements)");

    [DoesNotReturn]
    public static void ThrowRuntimeError(string text) => throw GoPanicException.RuntimeError(text);

    [DoesNotReturn]
    public static void ThrowPlainPanic(string text) => throw new GoPanicException(text);

    [DoesNotReturn]
    public static void ThrowFatal(string text) => throw new GoFatalException(text);

    [DoesNotReturn]
    public static T ThrowRuntimeError<T>(string text) => throw GoPanicException.RuntimeError(text);

    /// <summary><c>m[k] = v</c> on a nil map: Go's <c>plainError</c>, a <c>runtime.Error</c> printed without the prefix.</summary>
    [DoesNotReturn]
    public static void ThrowAssignmentToNilMap() => throw new GoPanicException("assignment to entry in nil map", isRuntimeError: true);

    /// <summary><c>fatal("concurrent map writes")</c>.</summary>
    [DoesNotReturn]
    public static void ThrowConcurrentMapWrites() => throw new GoFatalException("concurrent map writes");

    /// <summary><c>fatal("concurrent map read and map write")</c>.</summary>
    [DoesNotReturn]
    public static void ThrowConcurrentMapReadAndWrite() => throw new GoFatalException("concurrent map read and map write");

    /// <summary><c>fatal("concurrent map iteration and map write")</c>.</summary>
    [DoesNotReturn]
    public static void ThrowConcurrentMapIterationAndWrite() => throw new GoFatalException("concurrent map iteration and map write");

    /// <summary>
    /// A map engine's storage index out of range: only a write racing with the operation can cause it. The engines
    /// turn it into the matching concurrent-misuse fatal error, as they do for the runtime's own bounds checks.
    /// </summary>
    [DoesNotReturn]
    public static void ThrowStorageIndexOutOfRange() => throw new IndexOutOfRangeException();
}
