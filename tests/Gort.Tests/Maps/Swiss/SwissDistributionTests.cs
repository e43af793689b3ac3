using System.Globalization;
using Gort.Tests.Infrastructure;

namespace Gort.Tests.Maps.Swiss;

/// <summary>
/// What depends on hash values — split timing after the first split, totals that include those splits, reinserts
/// after a re-seed, iteration order — compared with real Go as distributions: Gort over 30 seeds against Go's trials.
/// </summary>
public class SwissDistributionTests
{
    private const int Seeds = 30;

    public static TheoryData<int> SwissMinors() => SwissOracleTests.SwissMinors();

    /// <summary>The N of the 2nd..7th split (each adds a table): Gort's mean within one standard deviation of Go's.</summary>
    [Theory]
    [MemberData(nameof(SwissMinors))]
    public void LaterSplits_MeanN_WithinOneStandardDeviationOfGo(int minor)
    {
        const int Splits = 6;
        var real = new List<double>[Splits];
        for (var k = 0; k < Splits; k++)
        {
            real[k] = [];
        }

        foreach (var type in OracleData.Load(minor, "map_structure.json").GetProperty("types").EnumerateArray())
        {
            foreach (var trial in type.GetProperty("insert_trials").EnumerateArray())
            {
                var ns = SplitNs(trial.GetProperty("events").EnumerateArray().Select(e => (e[0].GetInt32(), e[3].GetInt32())));
                for (var k = 0; k < Splits && k < ns.Count; k++)
                {
                    real[k].Add(ns[k]);
                }
            }
        }

        var ours = new List<double>[Splits];
        for (var k = 0; k < Splits; k++)
        {
            ours[k] = [];
        }

        for (var seed = 1UL; seed <= Seeds; seed++)
        {
            var events = SwissOracleTests.Events(minor, "map[int64]int64", seed, 8000)
                .Select(e => e.Split(' ')).Select(p => (int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[3], CultureInfo.InvariantCulture)));
            var ns = SplitNs(events);
            for (var k = 0; k < Splits; k++)
            {
                ours[k].Add(ns[k]);
            }
        }

        for (var k = 0; k < Splits; k++)
        {
            var (rm, rsd) = MeanSd(real[k]);
            var (om, _) = MeanSd(ours[k]);
            Assert.True(real[k].Count >= 10, $"split {k + 2}: only {real[k].Count} real samples");
            Assert.True(Math.Abs(om - rm) <= rsd, $"go1.{minor} split #{k + 2}: Gort mean N {om:F0}, Go {rm:F0} ± {rsd:F0}");
        }
    }

    /// <summary>Insert totals (mallocs and bytes) beyond the first split, where Go's trials vary.</summary>
    [Theory]
    [MemberData(nameof(SwissMinors))]
    public void InsertTotals_AfterTheFirstSplit_MeanWithinTheSpread(int minor)
    {
        var doc = OracleData.Load(minor, "map_allocs.json");
        foreach (var (name, mapType, hinted) in new[] { ("insert_int64_nohint", "map[int64]int64", false), ("insert_string_nohint", "map[string]int", false) })
        {
            var rows = doc.GetProperty(name).GetProperty("rows").EnumerateArray()
                .Where(r => r[0].GetInt32() > SwissOracleTests.DeterministicN)
                .Select(r => (N: r[0].GetInt32(), M: r[1].EnumerateArray().Select(e => e.GetDouble()).ToList(), B: r[2].EnumerateArray().Select(e => e.GetDouble()).ToList()))
                .ToList();
            var maxN = rows.Max(r => r.N);
            var oursM = rows.Select(_ => new List<double>()).ToList();
            var oursB = rows.Select(_ => new List<double>()).ToList();
            for (var seed = 1UL; seed <= Seeds; seed++)
            {
                var rt = SwissTestMaps.Runtime(minor, seed);
                var (_, insert, _) = SwissTestMaps.ForOracleType(rt, mapType, hinted ? maxN : 0);
                var n = 0;
                for (var r = 0; r < rows.Count; r++)
                {
                    while (n < rows[r].N)
                    {
                        insert(n++);
                    }

                    oursM[r].Add(rt.Heap.Mallocs);
                    oursB[r].Add(rt.Heap.TotalAlloc);
                }
            }

            for (var r = 0; r < rows.Count; r++)
            {
                Check($"go1.{minor} {name} N={rows[r].N} mallocs", rows[r].M, oursM[r], slack: 1);
                Check($"go1.{minor} {name} N={rows[r].N} bytes", rows[r].B, oursB[r], slack: 18464);
            }
        }
    }

    /// <summary>Delete-all then reinsert (and insert N new keys): Go re-seeds the emptied map, so growth is a matter of chance.</summary>
    [Theory]
    [MemberData(nameof(SwissMinors))]
    public void DeleteReinsert_LargerMaps_MeanWithinTheSpread(int minor)
    {
        var doc = OracleData.Load(minor, "map_allocs.json").GetProperty("delete_reinsert");
        foreach (var (name, mapType) in new[] { ("int64_int64", "map[int64]int64"), ("string_int", "map[string]int") })
        {
            foreach (var group in doc.GetProperty(name).EnumerateArray().GroupBy(r => r[0].GetInt32()).Where(g => g.Key > 8 && g.Key <= 10000))
            {
                var n = group.Key;
                var ours = Enumerable.Range(1, Seeds)
                    .Select(seed => SwissAllocOracleTests.DeleteReinsert(minor, mapType, n, (ulong)seed, out _).Split(' ').Select(double.Parse).ToArray())
                    .ToList();
                foreach (var (column, label) in new[] { (6, "reinsert mallocs"), (8, "insert-new mallocs") })
                {
                    Check($"go1.{minor} {mapType} N={n} {label}", group.Select(r => r[column].GetDouble()).ToList(), ours.Select(o => o[column - 2]).ToList(), slack: 1);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(SwissMinors))]
    public void Iteration_FirstKeyHistograms_IndistinguishableFromGo(int minor)
    {
        var doc = OracleData.Load(minor, "iteration.json");
        var iterations = doc.GetProperty("iterations").GetInt32();
        foreach (var result in doc.GetProperty("results").EnumerateArray())
        {
            var n = result.GetProperty("N").GetInt32();
            var rt = SwissTestMaps.Runtime(minor, 7);

            // Fresh maps: a new seed per map, so the histogram is Go's distribution over seeds.
            var fresh = new Dictionary<string, int>();
            for (var it = 0; it < iterations; it++)
            {
                var m = SwissTestMaps.Make<long>(rt, 0, SwissTestMaps.Int64Int64);
                for (var i = 0; i < n; i++)
                {
                    m.Assign(i, i);
                }

                Assert.True(m.Iterate().Next(out var k, out _));
                var key = k.ToString(CultureInfo.InvariantCulture);
                fresh[key] = fresh.GetValueOrDefault(key) + 1;
            }

            AssertSameDistribution($"go1.{minor} N={n} fresh", Hist(result.GetProperty("fresh_map_first_key_hist")), fresh);

            // One map: within a small map the order is a rotation of fixed slots, independent of the seed.
            if (n <= 8)
            {
                var m = SwissTestMaps.Make<long>(rt, 0, SwissTestMaps.Int64Int64);
                for (var i = 0; i < n; i++)
                {
                    m.Assign(i, i);
                }

                var same = new Dictionary<string, int>();
                for (var it = 0; it < iterations; it++)
                {
                    Assert.True(m.Iterate().Next(out var k, out _));
                    var key = k.ToString(CultureInfo.InvariantCulture);
                    same[key] = same.GetValueOrDefault(key) + 1;
                }

                AssertSameDistribution($"go1.{minor} N={n} same map", Hist(result.GetProperty("same_map_first_key_hist")), same);
            }
        }
    }

    internal static List<int> SplitNs(IEnumerable<(int N, int Tables)> events)
    {
        var result = new List<int>();
        var prevTables = 1;
        foreach (var (n, tables) in events)
        {
            if (n > 897 && tables > prevTables)
            {
                result.Add(n);
            }

            if (tables > 0)
            {
                prevTables = tables;
            }
        }

        return result;
    }

    private static Dictionary<string, int> Hist(System.Text.Json.JsonElement e) =>
        e.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());

    private static void AssertSameDistribution(string what, Dictionary<string, int> go, Dictionary<string, int> ours)
    {
        var (stat, df, p) = ChiSquare.Homogeneity(go, ours);
        Assert.True(p > 0.001, $"{what}: chi-square {stat:F1} (df {df}), p = {p:G3}");
    }

    private static void Check(string what, List<double> real, List<double> ours, double slack)
    {
        var (rm, rsd) = MeanSd(real);
        var (om, osd) = MeanSd(ours);
        Assert.True(Math.Abs(om - rm) <= rsd + osd + slack, $"{what}: Gort {om:F1} ± {osd:F1}, Go {rm:F1} ± {rsd:F1}");
    }

    private static (double Mean, double Sd) MeanSd(List<double> xs)
    {
        var mean = xs.Average();
        var sd = xs.Count > 1 ? Math.Sqrt(xs.Sum(x => (x - mean) * (x - mean)) / (xs.Count - 1)) : 0;
        return (mean, sd);
    }
}
