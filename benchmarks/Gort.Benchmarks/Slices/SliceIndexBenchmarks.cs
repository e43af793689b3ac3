using BenchmarkDotNet.Attributes;
using Gort.Slices;

namespace Gort.Benchmarks.Slices;

/// <summary>Summing N ints with an indexed loop: <see cref="Slice{T}"/>'s indexer against a plain array.</summary>
public class SliceIndexBenchmarks
{
    private int[] _array = [];
    private Slice<int> _slice;

    // 1000: in L1; 100000: streams from L2/L3.
    [Params(1000, 100000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Random random = new Random(42);
        _array = new int[N];
        _slice = Slice.Make<int>(N);
        for (int i = 0; i < N; i++)
        {
            _array[i] = random.Next(1000);
            _slice[i] = _array[i];
        }
    }

    [Benchmark(Baseline = true)]
    public long Array_IndexedSum()
    {
        int[] a = _array;
        long sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += a[i];
        }

        return sum;
    }

    [Benchmark]
    public long Slice_IndexedSum()
    {
        Slice<int> s = _slice;
        long sum = 0;
        for (int i = 0; i < s.Len; i++)
        {
            sum += s[i];
        }

        return sum;
    }

    [Benchmark]
    public long Slice_ForeachSum()
    {
        long sum = 0;
        foreach (int v in _slice)
        {
            sum += v;
        }

        return sum;
    }
}
