using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Gort.Maps;
using Gort.Runtime;
using Gort.Versions;

namespace Gort.Benchmarks.Maps;

/// <summary>
/// <see cref="Map{TKey,TValue}"/> against <see cref="Dictionary{TKey,TValue}"/> (the baseline of each category) for
/// insert, lookup hit/miss, delete+reinsert and iteration. The Go version picks the engine; accounting is off (plain
/// collection use). Each benchmark runs over all N keys; BenchmarkDotNet reports the time of that loop, and
/// docs/benchmarks.md divides it by N (time per key).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
[GenericTypeArguments(typeof(long))] // fast64-style keys
[GenericTypeArguments(typeof(string))] // faststr-style keys
public class MapBenchmarks<TKey>
    where TKey : notnull
{
    private TKey[] _keys = [];
    private TKey[] _missing = [];
    private TKey[] _shuffled = [];
    private Dictionary<TKey, long> _dictionary = [];
    private Map<TKey, long> _map;
    private GoRuntime _runtime = GoRuntime.Default;

    /// <summary>The Go version whose engine runs: 1.22 = classic buckets, 1.27 = Swiss tables.</summary>
    [Params("1.22", "1.27")] // classic engine; Swiss engine
    public string Go { get; set; } = "1.22";

    /// <summary>8: one bucket/group; 1000: fits in cache; 1,000,000: memory-bound.</summary>
    [Params(8, 1000, 1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _runtime = GoRuntime.ForVersion(GoVersion.Parse(Go), accounting: false, seed: 42);
        var random = new Random(42);
        _keys = [.. Enumerable.Range(0, N).Select(_ => MakeKey(random))];
        _missing = [.. Enumerable.Range(0, N).Select(_ => MakeKey(random))];
        _shuffled = [.. _keys];
        random.Shuffle(_shuffled);
        _dictionary = [];
        _map = Map.Make<TKey, long>(_runtime, 0);
        foreach (var k in _keys)
        {
            _dictionary[k] = 1;
            _map[k] = 1;
        }
    }

    private static TKey MakeKey(Random random) => typeof(TKey) == typeof(long)
        ? (TKey)(object)random.NextInt64()
        : (TKey)(object)("key" + random.NextInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));

    [BenchmarkCategory("Insert")]
    [Benchmark(Baseline = true)]
    public Dictionary<TKey, long> InsertDictionary() => MapLoops.InsertDictionary(_keys, 0);

    [BenchmarkCategory("Insert")]
    [Benchmark]
    public Map<TKey, long> InsertMap() => MapLoops.InsertMap(_runtime, _keys, 0);

    [BenchmarkCategory("LookupHit")]
    [Benchmark(Baseline = true)]
    public long LookupHitDictionary() => MapLoops.SumDictionary(_dictionary, _keys);

    [BenchmarkCategory("LookupHit")]
    [Benchmark]
    public long LookupHitMap() => MapLoops.SumMap(_map, _keys);

    // The same hits in a random order: Dictionary keeps its entries in insertion order, so LookupHit (insertion order)
    // walks its entry array sequentially, which no hash table that scatters entries (Go's, Gort's) can match at 10^6.
    [BenchmarkCategory("LookupHitShuffled")]
    [Benchmark(Baseline = true)]
    public long LookupHitShuffledDictionary() => MapLoops.SumDictionary(_dictionary, _shuffled);

    [BenchmarkCategory("LookupHitShuffled")]
    [Benchmark]
    public long LookupHitShuffledMap() => MapLoops.SumMap(_map, _shuffled);

    [BenchmarkCategory("LookupMiss")]
    [Benchmark(Baseline = true)]
    public int LookupMissDictionary() => MapLoops.CountDictionary(_dictionary, _missing);

    [BenchmarkCategory("LookupMiss")]
    [Benchmark]
    public int LookupMissMap() => MapLoops.CountMap(_map, _missing);

    // Delete then put back, so every invocation sees the same full map.
    [BenchmarkCategory("DeleteReinsert")]
    [Benchmark(Baseline = true)]
    public int DeleteReinsertDictionary()
    {
        TKey[] keys = _keys;
        Dictionary<TKey, long> d = _dictionary;
        for (int i = 0; i < keys.Length; i++)
        {
            d.Remove(keys[i]);
            d[keys[i]] = 1;
        }

        return d.Count;
    }

    [BenchmarkCategory("DeleteReinsert")]
    [Benchmark]
    public int DeleteReinsertMap()
    {
        TKey[] keys = _keys;
        Map<TKey, long> m = _map;
        for (int i = 0; i < keys.Length; i++)
        {
            m.Delete(keys[i]);
            m[keys[i]] = 1;
        }

        return m.Len;
    }

    [BenchmarkCategory("Iterate")]
    [Benchmark(Baseline = true)]
    public long IterateDictionary() => MapLoops.IterateDictionary(_dictionary);

    [BenchmarkCategory("Iterate")]
    [Benchmark]
    public long IterateMap() => MapLoops.IterateMap(_map);
}
