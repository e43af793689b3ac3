using Gort.Runtime;
using Xunit.Abstractions;

namespace Gort.Tests.Maps.Classic;

/// <summary>Overwrite, delete, reinsert and single-assign allocations against real Go (map_allocs.json).</summary>
public sealed class ClassicOracleChurnTests(ITestOutputHelper output)
{
    private const int Seeds = 30;

    /// <summary>
    /// delete_reinsert: overwrite all N keys, delete all, reinsert them, (delete all again) insert N new keys; each phase
    /// measured. Exact where Go's trials and our seeds are all equal; otherwise in distribution as for insert totals
    /// (with only 3 Go trials per row: 80% of the rows within one sd, no systematic bias).
    /// </summary>
    [Theory]
    [MemberData(nameof(ClassicOracle.LabelsData), MemberType = typeof(ClassicOracle))]
    public void DeleteReinsert_PhasesMatch(string label)
    {
        var version = ClassicOracle.Version(label);
        var data = ClassicOracle.Load(label, "map_allocs.json").GetProperty("delete_reinsert");
        var checker = new DistributionChecker();
        foreach (var (series, type) in new[] { ("int64_int64", "map[int64]int64"), ("string_int", "map[string]int") })
        {
            var rows = data.GetProperty(series).EnumerateArray().GroupBy(r => r[0].GetInt64());
            foreach (var group in rows)
            {
                var n = group.Key;
                var go = Enumerable.Range(0, 8).Select(c => group.Select(r => r[2 + c].GetDouble()).ToArray()).ToArray();
                var us = Enumerable.Range(0, 8).Select(_ => new List<double>()).ToArray();
                for (var seed = 0; seed < Seeds; seed++)
                {
                    var rt = GoRuntime.ForVersion(GoRuntimeVersion(version), seed: (ulong)(500 + seed));
                    var map = new ClassicOracle.KeyedMap(rt, ClassicOracle.GoMap(type), 0);
                    for (long i = 0; i < n; i++)
                    {
                        map.Set(i);
                    }

                    var phases = new Action[]
                    {
                        () => { for (long i = 0; i < n; i++) { map.Set(i, 2); } },
                        () => { for (long i = 0; i < n; i++) { map.Delete(i); } },
                        () => { for (long i = 0; i < n; i++) { map.Set(i); } },
                        () => { for (long i = n; i < 2 * n; i++) { map.Set(i); } },
                    };
                    for (var p = 0; p < phases.Length; p++)
                    {
                        if (p == 3)
                        {
                            for (long i = 0; i < n; i++)
                            {
                                map.Delete(i);
                            }
                        }

                        var (m0, b0) = (rt.Heap.Mallocs, rt.Heap.TotalAlloc);
                        phases[p]();
                        us[2 * p].Add(rt.Heap.Mallocs - m0);
                        us[(2 * p) + 1].Add(rt.Heap.TotalAlloc - b0);
                    }
                }

                string[] names = ["overwrite mallocs", "overwrite bytes", "delete mallocs", "delete bytes", "reinsert mallocs", "reinsert bytes", "insert-new mallocs", "insert-new bytes"];
                for (var c = 0; c < 8; c++)
                {
                    checker.Compare($"{type} N={n} {names[c]}", go[c], us[c]);
                }
            }
        }

        checker.Report(output, label);
        checker.AssertWithin(0.20);
    }

    /// <summary>single_assign: one overwrite of an existing key, then one new key, in a map of N = 1..20 keys.</summary>
    [Theory]
    [MemberData(nameof(ClassicOracle.LabelsData), MemberType = typeof(ClassicOracle))]
    public void SingleAssign_Matches(string label)
    {
        var version = ClassicOracle.Version(label);
        var checker = new DistributionChecker();
        foreach (var row in ClassicOracle.Load(label, "map_allocs.json").GetProperty("single_assign").GetProperty("rows").EnumerateArray())
        {
            var n = row[0].GetInt64();
            var us = Enumerable.Range(0, 4).Select(_ => new List<double>()).ToArray();
            for (var seed = 0; seed < Seeds; seed++)
            {
                var rt = GoRuntime.ForVersion(version, seed: (ulong)(900 + seed));
                var map = new ClassicOracle.KeyedMap(rt, ClassicOracle.GoMap("map[int64]int64"), 0);
                for (long i = 0; i < n; i++)
                {
                    map.Set(i);
                }

                var (m0, b0) = (rt.Heap.Mallocs, rt.Heap.TotalAlloc);
                map.Set(0, 2);
                var (m1, b1) = (rt.Heap.Mallocs, rt.Heap.TotalAlloc);
                map.Set(n);
                us[0].Add(m1 - m0);
                us[1].Add(b1 - b0);
                us[2].Add(rt.Heap.Mallocs - m1);
                us[3].Add(rt.Heap.TotalAlloc - b1);
            }

            string[] names = ["overwrite mallocs", "overwrite bytes", "new-key mallocs", "new-key bytes"];
            for (var c = 0; c < 4; c++)
            {
                checker.Compare($"N={n} {names[c]}", row[1 + c].EnumerateArray().Select(x => x.GetDouble()).ToArray(), us[c]);
            }
        }

        checker.Report(output, label);
        checker.AssertWithin(0.20);
    }

    private static Gort.Versions.GoVersion GoRuntimeVersion(Gort.Versions.GoVersion v) => v;
}

/// <summary>Exact where both sides are constant, one-sd agreement of means otherwise.</summary>
internal sealed class DistributionChecker
{
    private readonly List<string> _failures = [];
    private readonly List<string> _outside = [];
    private readonly List<double> _standardized = [];
    private int _exact;

    public void Compare(string what, IReadOnlyList<double> go, IReadOnlyList<double> us)
    {
        if (go.Distinct().Count() == 1 && us.Distinct().Count() == 1)
        {
            _exact++;
            if (go[0] != us[0])
            {
                _failures.Add($"{what}: go {go[0]} (all trials), gort {us[0]} (all seeds)");
            }

            return;
        }

        var goMean = Statistics.Mean(go);
        var usMean = Statistics.Mean(us);
        var sigma = Math.Max(Statistics.StdDev(go), Statistics.StdDev(us));
        _standardized.Add((usMean - goMean) / sigma);
        if (Math.Abs(goMean - usMean) > sigma)
        {
            _outside.Add($"{what}: go [{string.Join(",", go)}] mean {goMean:0.##}, gort mean {usMean:0.##} sd {Statistics.StdDev(us):0.##}");
        }
    }

    public void Report(ITestOutputHelper output, string label)
    {
        output.WriteLine($"{label}: {_exact} exact comparisons, {_standardized.Count} distribution comparisons, {_outside.Count} outside 1 sd, mean standardized difference {(_standardized.Count == 0 ? 0 : _standardized.Average()):+0.000;-0.000}");
        foreach (var line in _failures.Concat(_outside))
        {
            output.WriteLine(line);
        }
    }

    public void AssertWithin(double allowedOutsideFraction)
    {
        Assert.Empty(_failures);
        Assert.True(_outside.Count <= Math.Max(1, allowedOutsideFraction * _standardized.Count), $"{_outside.Count} of {_standardized.Count} outside one sd");
        if (_standardized.Count > 0)
        {
            Assert.InRange(_standardized.Average(), -0.5, 0.5);
        }
    }
}
