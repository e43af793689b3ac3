using Gort.Memory;
using Gort.Slices;
using Gort.Versions;

namespace Gort.Lab;

/// <summary>Capacities and allocations of <c>[]byte(s)</c> with and without escape (a compiler effect).</summary>
public static class ConversionScenario
{
    /// <summary>
    /// <c>b := []byte(s)</c> for a string of <paramref name="length"/> bytes: the capacity, and the bytes asked of
    /// <c>mallocgc</c> (0 when nothing is allocated).
    /// </summary>
    /// <param name="length">The string's length in bytes.</param>
    /// <param name="escapes">Whether <c>b</c> escapes.</param>
    /// <param name="mutated">For a non-escaping <c>b</c>: whether the code writes to it (1.22+ shares the string's bytes otherwise).</param>
    /// <param name="version">The Go version.</param>
    /// <remarks>
    /// Escaping: <c>rawbyteslice</c>, cap = <c>roundupsize(n)</c>. Not escaping: 1.22+ makes a never-mutated result
    /// zero-copy (cap n, no allocation, <see cref="GoVersion.ExactNonEscapingStringToBytes"/>); otherwise the 32-byte
    /// stack <c>tmpBuf</c> serves up to 32 bytes (cap 32), and longer strings are copied as when escaping.
    /// </remarks>
    public static (long Capacity, long AllocationBytes) StringToBytes(long length, bool escapes, bool mutated, GoVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (!escapes)
        {
            if (!mutated && version.ExactNonEscapingStringToBytes)
            {
                return (length, 0);
            }

            if (length <= SliceGrowth.StackBufferBytes)
            {
                return (SliceGrowth.StackBufferBytes, 0);
            }
        }

        var capacity = Allocator.RoundUpSize(length, noscan: true, version);
        return (capacity, capacity);
    }
}
