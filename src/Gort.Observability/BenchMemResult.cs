using System.Globalization;

namespace Gort.Observability;

/// <summary>The memory part of a Go benchmark result (<c>testing.BenchmarkResult</c> with <c>ReportAllocs</c>).</summary>
/// <param name="N">Iterations run.</param>
/// <param name="MemBytes">Bytes allocated during the run (<c>TotalAlloc</c> delta).</param>
/// <param name="MemAllocs">Objects allocated during the run (<c>Mallocs</c> delta).</param>
public readonly record struct BenchMemResult(int N, ulong MemBytes, ulong MemAllocs)
{
    /// <summary><c>B/op</c>: <c>int64(MemBytes) / int64(N)</c>.</summary>
    public long AllocedBytesPerOp => (long)MemBytes / N;

    /// <summary><c>allocs/op</c>: <c>int64(MemAllocs) / int64(N)</c>.</summary>
    public long AllocsPerOp => (long)MemAllocs / N;

    /// <summary>The two columns as <c>go test -benchmem</c> prints them (<c>ns/op</c> is not modelled, so not printed).</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{AllocedBytesPerOp,8} B/op\t{AllocsPerOp,8} allocs/op");
}
