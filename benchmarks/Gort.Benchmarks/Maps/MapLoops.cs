using Gort.Maps;
using Gort.Runtime;

namespace Gort.Benchmarks.Maps;

/// <summary>
/// The measured loops of the map benchmarks, once for <see cref="Dictionary{TKey,TValue}"/> and once for
/// <see cref="Map{TKey,TValue}"/> (the pairs mirror each other on purpose), shared by <see cref="MapBenchmarks{TKey}"/>
/// and the <c>--quick-maps</c> timer so both time the same code.
/// </summary>
internal static class MapLoops
{
    /// <summary>A new dictionary (initial <paramref name="capacity"/>) with every key inserted.</summary>
    public static Dictionary<TKey, long> InsertDictionary<TKey>(TKey[] keys, int capacity)
        where TKey : notnull
    {
        Dictionary<TKey, long> d = new(capacity);
        for (int i = 0; i < keys.Length; i++)
        {
            d[keys[i]] = i;
        }

        return d;
    }

    /// <summary>A new map (<c>make(map[K]int64, hint)</c>) with every key inserted.</summary>
    public static Map<TKey, long> InsertMap<TKey>(GoRuntime runtime, TKey[] keys, int hint)
        where TKey : notnull
    {
        Map<TKey, long> m = Map.Make<TKey, long>(runtime, hint);
        for (int i = 0; i < keys.Length; i++)
        {
            m[keys[i]] = i;
        }

        return m;
    }

    /// <summary>The sum of the values found for <paramref name="keys"/>.</summary>
    public static long SumDictionary<TKey>(Dictionary<TKey, long> d, TKey[] keys)
        where TKey : notnull
    {
        long sum = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            d.TryGetValue(keys[i], out long v);
            sum += v;
        }

        return sum;
    }

    /// <summary>The sum of the values found for <paramref name="keys"/>.</summary>
    public static long SumMap<TKey>(Map<TKey, long> m, TKey[] keys)
        where TKey : notnull
    {
        long sum = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            sum += m[keys[i]];
        }

        return sum;
    }

    /// <summary>How many of <paramref name="keys"/> are present.</summary>
    public static int CountDictionary<TKey>(Dictionary<TKey, long> d, TKey[] keys)
        where TKey : notnull
    {
        int found = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            found += d.ContainsKey(keys[i]) ? 1 : 0;
        }

        return found;
    }

    /// <summary>How many of <paramref name="keys"/> are present.</summary>
    public static int CountMap<TKey>(Map<TKey, long> m, TKey[] keys)
        where TKey : notnull
    {
        int found = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            found += m.TryGet(keys[i], out _) ? 1 : 0;
        }

        return found;
    }

    /// <summary>The sum of all values, by <c>foreach</c>.</summary>
    public static long IterateDictionary<TKey>(Dictionary<TKey, long> d)
        where TKey : notnull
    {
        long sum = 0;
        foreach (KeyValuePair<TKey, long> kv in d)
        {
            sum += kv.Value;
        }

        return sum;
    }

    /// <summary>The sum of all values, by <c>foreach</c> (Go's <c>range</c>).</summary>
    public static long IterateMap<TKey>(Map<TKey, long> m)
        where TKey : notnull
    {
        long sum = 0;
        foreach (KeyValuePair<TKey, long> kv in m)
        {
            sum += kv.Value;
        }

        return sum;
    }
}
