using BenchmarkDotNet.Attributes;
using Gort.Runtime;
using Gort.Slices;
using Gort.Versions;

namespace Gort.Benchmarks.Slices;

/// <summary>
/// The cost of the heap model: the same N appends with the ambient runtime (accounting off) and inside a Go 1.22
/// runtime that records every growslice allocation (counters only, no records kept).
/// </summary>
[MemoryDiagnoser]
public class SliceAccountingBenchmarks
{
    private GoRuntime _accounting = GoRuntime.ForVersion(GoVersion.Get(22));

    // 1000: 10 growths per 1000 appends; 100000: 24 growths, mostly large objects.
    [Params(1000, 100000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup() => _accounting = GoRuntime.ForVersion(GoVersion.Get(22));

    [Benchmark(Baseline = true)]
    public int Append_AccountingOff()
    {
        Slice<int> s = Slice<int>.Nil;
        for (int i = 0; i < N; i++)
        {
            s = s.Append(i);
        }

        return s.Len;
    }

    [Benchmark]
    public int Append_AccountingOn()
    {
        using GoRuntime.Scope scope = _accounting.Enter();
        Slice<int> s = Slice<int>.Nil;
        for (int i = 0; i < N; i++)
        {
            s = s.Append(i);
        }

        return s.Len;
    }
}
