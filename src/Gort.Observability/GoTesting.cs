using Gort.Diagnostics;
using Gort.Runtime;

namespace Gort.Observability;

/// <summary>
/// Go's <c>testing</c> package allocation measurements for C# code that uses Gort types: <c>testing.AllocsPerRun</c>
/// and the <c>B/op</c>, <c>allocs/op</c> columns of <c>go test -benchmem</c>, computed from the simulated heap exactly
/// as Go computes them from <c>runtime.MemStats</c>.
/// </summary>
public static class GoTesting
{
    /// <summary>
    /// <c>testing.AllocsPerRun(runs, f)</c>: calls <paramref name="f"/> once to warm up, reads <c>Mallocs</c>, calls it
    /// <paramref name="runs"/> times, reads <c>Mallocs</c> again and returns the integer (truncating) average as a
    /// double, as Go does. <paramref name="f"/> runs with <paramref name="runtime"/> entered.
    /// </summary>
    /// <exception cref="InvalidOperationException"><paramref name="runtime"/> does not account allocations.</exception>
    /// <exception cref="GoPanicException"><paramref name="runs"/> is 0 (Go: integer divide by zero).</exception>
    public static double AllocsPerRun(GoRuntime runtime, int runs, Action f)
    {
        CheckArguments(runtime, f);
        using var scope = runtime.Enter();
        f();
        var mallocs = 0UL - runtime.Heap.ReadMemStats().Mallocs;
        for (var i = 0; i < runs; i++)
        {
            f();
        }

        mallocs += runtime.Heap.ReadMemStats().Mallocs;
        if (runs == 0)
        {
            throw GoPanicException.RuntimeError("integer divide by zero");
        }

        // Go converts runs to uint64: a negative count divides by a huge number.
        return mallocs / (ulong)runs;
    }

    /// <summary>
    /// A benchmark's memory columns with <c>b.ReportAllocs()</c>: <c>runtime.GC()</c>, then <paramref name="n"/> calls
    /// of <paramref name="op"/> between two <c>ReadMemStats</c>; <c>B/op</c> and <c>allocs/op</c> are the
    /// <c>TotalAlloc</c> and <c>Mallocs</c> deltas divided by N with integer division (<c>testing.BenchmarkResult</c>).
    /// </summary>
    /// <exception cref="InvalidOperationException"><paramref name="runtime"/> does not account allocations.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is less than 1.</exception>
    public static BenchMemResult Benchmark(GoRuntime runtime, int n, Action op)
    {
        CheckArguments(runtime, op);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        using var scope = runtime.Enter();
        runtime.GC();
        var start = runtime.Heap.ReadMemStats();
        for (var i = 0; i < n; i++)
        {
            op();
        }

        var end = runtime.Heap.ReadMemStats();
        return new BenchMemResult(n, end.TotalAlloc - start.TotalAlloc, end.Mallocs - start.Mallocs);
    }

    private static void CheckArguments(GoRuntime runtime, Delegate f)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(f);
        if (!runtime.Accounting)
        {
            throw new InvalidOperationException("the runtime does not account allocations: create it with Accounting = true");
        }
    }
}
