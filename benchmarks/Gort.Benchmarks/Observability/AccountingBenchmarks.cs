using BenchmarkDotNet.Attributes;
using Gort.Memory;
using Gort.Observability;
using Gort.Versions;

namespace Gort.Benchmarks.Observability;

/// <summary>
/// The cost of the observability layer on the accounting hot path: <see cref="GoHeap.Allocate"/> with the "Gort"
/// EventSource subscribed (<see cref="GortDiagnostics.Enable"/>) but disabled (nobody listening). 10,000 mixed-size
/// allocations per operation (tiny, small, large), fresh heap each time.
/// </summary>
/// <remarks>
/// The heap as it was before the observability layer is compared through its stored result in
/// <c>docs/benchmarks.md</c> (same loop, same machine), not through a copy of the old code kept here.
/// </remarks>
[MemoryDiagnoser]
public class AccountingBenchmarks
{
    private const int Allocations = 10_000;
    private static readonly long[] s_sizes = [8, 12, 24, 100, 1000, 5000, 40_000, 16, 48, 800];
    private readonly GoVersion _version = GoVersion.Get(22);
    private readonly object _owner = new();

    /// <summary>Subscribes the EventSource and Meter to every heap, as the <c>gort</c> tool does.</summary>
    [GlobalSetup]
    public void Setup() => GortDiagnostics.Enable();

    [Benchmark(Baseline = true, Description = "GOGC=off, EventSource disabled")]
    public ulong GogcOff()
    {
        var heap = new GoHeap(_version, -1);
        for (var i = 0; i < Allocations; i++)
        {
            heap.Allocate(s_sizes[i % s_sizes.Length], false, GoOperation.MakeSlice);
        }

        return heap.TotalAlloc;
    }

    [Benchmark(Description = "GOGC=100, EventSource disabled")]
    public ulong Gogc100()
    {
        var heap = new GoHeap(_version);
        for (var i = 0; i < Allocations; i++)
        {
            heap.Allocate(s_sizes[i % s_sizes.Length], false, GoOperation.MakeSlice);
        }

        return heap.TotalAlloc;
    }

    [Benchmark(Description = "GOGC=off, with owner (weak tracking)")]
    public ulong GogcOffTracked()
    {
        var heap = new GoHeap(_version, -1);
        for (var i = 0; i < Allocations; i++)
        {
            heap.Allocate(s_sizes[i % s_sizes.Length], false, GoOperation.MakeSlice, null, _owner);
        }

        return heap.TotalAlloc;
    }
}
