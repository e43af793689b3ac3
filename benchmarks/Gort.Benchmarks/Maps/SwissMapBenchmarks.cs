using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Gort.Maps;
using Gort.Runtime;
using Gort.Versions;

namespace Gort.Benchmarks.Maps;

/// <summary>
/// Gort's Swiss engine (Go 1.27, accounting off: a plain collection) against <see cref="Dictionary{TKey,TValue}"/>, per
/// operation, for <c>long</c> and <c>string</c> keys. Each benchmark does N operations (<c>OperationsPerInvoke</c>),
/// so the reported time is per operation.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[GenericTypeArguments(typeof(long))] // fast64 path; Dictionary uses its long comparer
[GenericTypeArguments(typeof(string))] // faststr path; Dictionary uses its non-randomized ordinal comparer
public class SwissMapBenchmarks<TKey>
    where TKey : notnull
{
    private static readonly GoRuntime s_runtime = new(new GoRuntimeOptions { Version = GoVersion.Get(27), Accounting = false, Seed = 42 });

    private TKey[] _keys = [];
    private TKey[] _missing = [];
    private Map<TKey, long> _map;
    private Dictionary<TKey, long> _dictionary = [];

    [Params(
        8, // a Swiss small map: one group, no table
        1000, // one 1024-slot table after growing in place; everything in L1/L2
        1000000)] // a directory of ~1900 tables; cache misses dominate
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(12345);
        _keys = [.. Enumerable.Range(0, N).Select(_ => Key(random.NextInt64()))];
        _missing = [.. Enumerable.Range(0, N).Select(_ => Key(random.NextInt64()))];
        _map = Map.Make<TKey, long>(s_runtime, 0);
        _dictionary = [];
        foreach (var k in _keys)
        {
            _map[k] = 1;
            _dictionary[k] = 1;
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Insert")]
    public int Insert_Dictionary()
    {
        var d = new Dictionary<TKey, long>();
        foreach (var k in _keys)
        {
            d[k] = 1;
        }

        return d.Count;
    }

    [Benchmark, BenchmarkCategory("Insert")]
    public int Insert_Swiss()
    {
        var m = Map.Make<TKey, long>(s_runtime, 0);
        foreach (var k in _keys)
        {
            m[k] = 1;
        }

        return m.Len;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("LookupHit")]
    public long LookupHit_Dictionary()
    {
        long sum = 0;
        var d = _dictionary;
        foreach (var k in _keys)
        {
            d.TryGetValue(k, out var v);
            sum += v;
        }

        return sum;
    }

    [Benchmark, BenchmarkCategory("LookupHit")]
    public long LookupHit_Swiss()
    {
        long sum = 0;
        var m = _map;
        foreach (var k in _keys)
        {
            m.TryGet(k, out var v);
            sum += v;
        }

        return sum;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("LookupMiss")]
    public long LookupMiss_Dictionary()
    {
        long sum = 0;
        var d = _dictionary;
        foreach (var k in _missing)
        {
            d.TryGetValue(k, out var v);
            sum += v;
        }

        return sum;
    }

    [Benchmark, BenchmarkCategory("LookupMiss")]
    public long LookupMiss_Swiss()
    {
        long sum = 0;
        var m = _map;
        foreach (var k in _missing)
        {
            m.TryGet(k, out var v);
            sum += v;
        }

        return sum;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("DeleteAll")]
    public int DeleteAll_Dictionary()
    {
        var d = new Dictionary<TKey, long>(_dictionary);
        foreach (var k in _keys)
        {
            d.Remove(k);
        }

        return d.Count;
    }

    [Benchmark, BenchmarkCategory("DeleteAll")]
    public int DeleteAll_Swiss()
    {
        var m = Map.Make<TKey, long>(s_runtime, N);
        foreach (var k in _keys)
        {
            m[k] = 1;
        }

        foreach (var k in _keys)
        {
            m.Delete(k);
        }

        return m.Len;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Iterate")]
    public long Iterate_Dictionary()
    {
        long sum = 0;
        foreach (var kv in _dictionary)
        {
            sum += kv.Value;
        }

        return sum;
    }

    [Benchmark, BenchmarkCategory("Iterate")]
    public long Iterate_Swiss()
    {
        long sum = 0;
        foreach (var kv in _map)
        {
            sum += kv.Value;
        }

        return sum;
    }

    private static TKey Key(long x) =>
        typeof(TKey) == typeof(string) ? (TKey)(object)("k" + x.ToString(System.Globalization.CultureInfo.InvariantCulture)) : (TKey)(object)x;
}
