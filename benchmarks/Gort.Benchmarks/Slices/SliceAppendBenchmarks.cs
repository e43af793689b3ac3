using BenchmarkDotNet.Attributes;
using Gort.Slices;

namespace Gort.Benchmarks.Slices;

/// <summary>Appending N ints one at a time from empty: <see cref="Slice{T}.Append(T)"/> against <see cref="List{T}.Add"/>.</summary>
[MemoryDiagnoser]
public class SliceAppendBenchmarks
{
    // 1000: growth through the small size classes (10 reallocations); 100000: large objects, page-rounded growth.
    [Params(1000, 100000)]
    public int N { get; set; }

    [Benchmark(Baseline = true)]
    public int List_Add()
    {
        List<int> list = new List<int>();
        for (int i = 0; i < N; i++)
        {
            list.Add(i);
        }

        return list.Count;
    }

    [Benchmark]
    public int Slice_Append()
    {
        Slice<int> s = Slice<int>.Nil;
        for (int i = 0; i < N; i++)
        {
            s = s.Append(i);
        }

        return s.Len;
    }
}
