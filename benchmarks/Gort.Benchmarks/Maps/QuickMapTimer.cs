using System.Diagnostics;
using Gort.Maps;
using Gort.Runtime;
using Gort.Versions;

namespace Gort.Benchmarks.Maps;

/// <summary>
/// <c>--quick-maps [filter]</c>: Stopwatch timing (ns/op, best of 7) of Gort's map against Dictionary, for tuning
/// between BenchmarkDotNet runs. Each case is warmed up until its code has tiered up (at least 40 calls and half a
/// second), so the numbers are tier-1 code like BenchmarkDotNet's. Not a substitute for BenchmarkDotNet's numbers.
/// An optional filter such as <c>long/1000</c>, <c>string</c> or <c>classic</c> picks the cases.
/// </summary>
internal static class QuickMapTimer
{
    private static long s_sink;

    public static void Run(string filter)
    {
        foreach (var engine in new[] { ("swiss", 27), ("classic", 22) })
        {
            var rt = new GoRuntime(new GoRuntimeOptions { Version = GoVersion.Get(engine.Item2), Accounting = false, Seed = 42 });
            foreach (var n in new[] { 8, 1000, 1000000 })
            {
                if (Matches(filter, engine.Item1, "long", n))
                {
                    Measure<long>(engine.Item1, rt, n, x => x);
                }

                if (Matches(filter, engine.Item1, "string", n))
                {
                    Measure<string>(engine.Item1, rt, n, x => "key" + x.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }
    }

    private static bool Matches(string filter, string engine, string type, int n) =>
        filter.Length == 0 || $"{engine}/{type}/{n}".Contains(filter, StringComparison.Ordinal) ||
        (filter == "swiss" && engine == "swiss") || $"{type}/{n}" == filter;

    private static void Measure<TKey>(string engine, GoRuntime rt, int n, Func<long, TKey> key)
        where TKey : notnull
    {
        var random = new Random(42);
        var keys = Enumerable.Range(0, n).Select(_ => key(random.NextInt64())).ToArray();
        var missing = Enumerable.Range(0, n).Select(_ => key(random.NextInt64())).ToArray();
        var m = Map.Make<TKey, long>(rt, 0);
        var d = new Dictionary<TKey, long>();
        foreach (var k in keys)
        {
            m[k] = 1;
            d[k] = 1;
        }

        var insD = Time(n, () => MapLoops.InsertDictionary(keys, 0).Count);
        var insM = Time(n, () => MapLoops.InsertMap(rt, keys, 0).Len);
        var insH = Time(n, () => MapLoops.InsertMap(rt, keys, keys.Length).Len);
        var insDH = Time(n, () => MapLoops.InsertDictionary(keys, keys.Length).Count);
        Console.WriteLine($"   presized insert {insH:F1}/{insDH:F1}");
        var hitD = Time(n, () => MapLoops.SumDictionary(d, keys));
        var hitM = Time(n, () => MapLoops.SumMap(m, keys));
        var shuffled = keys.ToArray();
        random.Shuffle(shuffled);
        var shufD = Time(n, () => MapLoops.SumDictionary(d, shuffled));
        var shufM = Time(n, () => MapLoops.SumMap(m, shuffled));
        var missD = Time(n, () => MapLoops.CountDictionary(d, missing));
        var missM = Time(n, () => MapLoops.CountMap(m, missing));
        var itD = Time(n, () => MapLoops.IterateDictionary(d));
        var itM = Time(n, () => MapLoops.IterateMap(m));
        Console.WriteLine(
            $"{engine,-7} {typeof(TKey).Name,-6} N={n,-8} insert {insM,6:F1}/{insD,6:F1}={insM / insD:F2}  hit {hitM,6:F1}/{hitD,6:F1}={hitM / hitD:F2}  " +
            $"hit (shuffled) {shufM,6:F1}/{shufD,6:F1}={shufM / shufD:F2}  miss {missM,6:F1}/{missD,6:F1}={missM / missD:F2}  iterate {itM,5:F1}/{itD,5:F1}={itM / itD:F2}  (ns/op map/dictionary)");
    }

    private static double Time(int n, Func<long> a)
    {
        var warm = Stopwatch.StartNew();
        var calls = 0;
        while (calls < 40 || warm.ElapsedMilliseconds < 500)
        {
            s_sink += a();
            calls++;
            if (warm.ElapsedMilliseconds > 4000)
            {
                break;
            }
        }

        // About 50 ms per timed round.
        var reps = (int)Math.Clamp(50_000_000 / (warm.Elapsed.TotalNanoseconds / calls), 1, 10_000_000);
        var best = double.MaxValue;
        for (var t = 0; t < 7; t++)
        {
            var sw = Stopwatch.StartNew();
            for (var r = 0; r < reps; r++)
            {
                s_sink += a();
            }

            best = Math.Min(best, sw.Elapsed.TotalNanoseconds / reps / n);
        }

        return best;
    }
}
