using System.Diagnostics;
using Gort.Maps;
using Gort.Runtime;
using Gort.Versions;

namespace Gort.Benchmarks.Maps;

/// <summary>
/// <c>--quick-maps</c>: a few seconds of Stopwatch timing (ns/op, best of 5) of the Swiss engine against Dictionary, for
/// tuning between BenchmarkDotNet runs. Not a substitute for BenchmarkDotNet's numbers.
/// </summary>
internal static class QuickMapTimer
{
    public static void Run()
    {
        var rt = new GoRuntime(new GoRuntimeOptions { Version = GoVersion.Get(27), Accounting = false, Seed = 42 });
        foreach (var n in new[] { 8, 1000, 1000000 })
        {
            Measure<long>(rt, n, x => x);
            Measure<string>(rt, n, x => "k" + x.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static void Measure<TKey>(GoRuntime rt, int n, Func<long, TKey> key)
        where TKey : notnull
    {
        var random = new Random(1);
        var keys = Enumerable.Range(0, n).Select(_ => key(random.NextInt64())).ToArray();
        var missing = Enumerable.Range(0, n).Select(_ => key(random.NextInt64())).ToArray();
        var reps = Math.Max(1, 2_000_000 / n);
        var m = Map.Make<TKey, long>(rt, 0);
        var d = new Dictionary<TKey, long>();
        foreach (var k in keys)
        {
            m[k] = 1;
            d[k] = 1;
        }

        var insD = Time(reps, n, () => { var x = new Dictionary<TKey, long>(); foreach (var k in keys) { x[k] = 1; } });
        var insS = Time(reps, n, () => { var x = Map.Make<TKey, long>(rt, 0); foreach (var k in keys) { x[k] = 1; } });
        long sink = 0;
        var hitD = Time(reps, n, () => { foreach (var k in keys) { d.TryGetValue(k, out var v); sink += v; } });
        var hitS = Time(reps, n, () => { foreach (var k in keys) { m.TryGet(k, out var v); sink += v; } });
        var missD = Time(reps, n, () => { foreach (var k in missing) { d.TryGetValue(k, out var v); sink += v; } });
        var missS = Time(reps, n, () => { foreach (var k in missing) { m.TryGet(k, out var v); sink += v; } });
        var engine = m.Engine!;
        var direct = Time(reps, n, () => { foreach (var k in keys) { ref var v = ref engine.FindValue(k); sink += System.Runtime.CompilerServices.Unsafe.IsNullRef(ref v) ? 0 : v; } });
        var hashOnly = Time(reps, n, () => { foreach (var k in keys) { sink += (long)Gort.Maps.Swiss.SwissHash<TKey>.Hash(k, 12345); } });
        Console.WriteLine($"   direct engine hit {direct:F1}  hash only {hashOnly:F1}");
        Console.WriteLine($"{typeof(TKey).Name,-6} N={n,-8} insert {insS,6:F1}/{insD,6:F1}={insS / insD:F2}  hit {hitS,6:F1}/{hitD,6:F1}={hitS / hitD:F2}  miss {missS,6:F1}/{missD,6:F1}={missS / missD:F2}  (ns/op swiss/dictionary) {sink % 2}");
    }

    private static double Time(int reps, int n, Action a)
    {
        a();
        var best = double.MaxValue;
        for (var t = 0; t < 5; t++)
        {
            var sw = Stopwatch.StartNew();
            for (var r = 0; r < reps; r++)
            {
                a();
            }

            best = Math.Min(best, sw.Elapsed.TotalNanoseconds / reps / n);
        }

        return best;
    }
}
