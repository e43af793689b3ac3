using System.Text.Json;
using Gort.Runtime;
using Gort.Types;
using Xunit.Abstractions;

namespace Gort.Tests.Maps.Classic;

/// <summary>The classic engine against real Go: deterministic quantities exactly, hash-dependent ones in distribution.</summary>
public sealed class ClassicOracleTests(ITestOutputHelper output)
{
    private const int Seeds = 30;

    [Theory]
    [MemberData(nameof(ClassicOracle.LabelsData), MemberType = typeof(ClassicOracle))]
    public void MakeHint_GivesGoBucketStateForEveryHint(string label)
    {
        var version = ClassicOracle.Version(label);
        var checkedRows = 0;
        foreach (var type in ClassicOracle.Load(label, "map_structure.json").GetProperty("types").EnumerateArray())
        {
            var goType = ClassicOracle.GoMap(type.GetProperty("map_type").GetString()!);
            foreach (var row in type.GetProperty("make_hint").EnumerateArray())
            {
                var hint = row[0].GetInt64();
                var state = new ClassicOracle.KeyedMap(GoRuntime.ForVersion(version, accounting: false, seed: 1), goType, hint).State;
                var actual = new[] { hint, state.B, state.BucketArrayLength == 0 ? 1 : 0, state.HasExtra ? 0 : 1, state.HasNextOverflow ? 0 : 1 };
                Assert.True(row.EnumerateArray().Select(e => e.GetInt64()).SequenceEqual(actual), $"{label} {goType} hint {hint}: go [{string.Join(",", row.EnumerateArray())}] gort [{string.Join(",", actual)}]");
                checkedRows++;
            }
        }

        output.WriteLine($"{label}: {checkedRows} make-hint rows match");
    }

    [Theory]
    [MemberData(nameof(ClassicOracle.LabelsData), MemberType = typeof(ClassicOracle))]
    public void InsertOneByOne_GrowPointsAndBMatchAtEveryN(string label)
    {
        var version = ClassicOracle.Version(label);
        foreach (var type in ClassicOracle.Load(label, "map_structure.json").GetProperty("types").EnumerateArray())
        {
            var goType = ClassicOracle.GoMap(type.GetProperty("map_type").GetString()!);
            var trial = type.GetProperty("insert_trials")[0];
            var snapshots = trial.GetProperty("snapshots").EnumerateArray().ToDictionary(r => r[0].GetInt64(), r => r);
            var goGrowPoints = GrowPoints(trial.GetProperty("events").EnumerateArray().Select(e => (e[0].GetInt64(), e[1].GetInt32())));
            var max = snapshots.Keys.Max();
            var map = new ClassicOracle.KeyedMap(GoRuntime.ForVersion(version, accounting: false, seed: 7), goType, 0);
            var ours = new List<(long N, int B)> { (0, 0) };
            var lastB = 0;
            for (long n = 0; n <= max; n++)
            {
                if (n > 0)
                {
                    map.Set(n - 1);
                    var b = map.B;
                    if (b != lastB)
                    {
                        ours.Add((n, b));
                        lastB = b;
                    }
                }

                if (snapshots.TryGetValue(n, out var snap))
                {
                    var state = map.State;
                    Assert.True(snap[1].GetInt64() == state.Count && snap[3].GetInt32() == state.B && snap[8].GetInt32() == (state.BucketArrayLength == 0 ? 1 : 0),
                        $"{label} {goType} N={n}: go count/B/buckets_nil {snap[1]}/{snap[3]}/{snap[8]}, gort {state.Count}/{state.B}/{state.BucketArrayLength == 0}");
                }
            }

            Assert.Equal(goGrowPoints, ours.Where(p => p.N <= goGrowPoints[^1].N || p.N <= max).ToList());
            output.WriteLine($"{label} {goType}: {snapshots.Count} snapshots, grow points {string.Join(" ", goGrowPoints.Select(p => p.N))}");
        }
    }

    private static List<(long N, int B)> GrowPoints(IEnumerable<(long N, int B)> events)
    {
        var result = new List<(long, int)>();
        var last = -1;
        foreach (var (n, b) in events)
        {
            if (b != last)
            {
                result.Add((n, b));
                last = b;
            }
        }

        return result;
    }

    [Theory]
    [MemberData(nameof(ClassicOracle.LabelsData), MemberType = typeof(ClassicOracle))]
    public void MakeHint_AllocationsMatchExactly(string label)
    {
        var version = ClassicOracle.Version(label);
        var allocs = ClassicOracle.Load(label, "map_allocs.json");
        var rows = 0;
        foreach (var (series, type) in new[] { ("make_hint_int64_int64", "map[int64]int64"), ("make_hint_int_int", "map[int]int") })
        {
            foreach (var row in allocs.GetProperty(series).GetProperty("rows").EnumerateArray())
            {
                var hint = row[0].GetInt64();
                var rt = GoRuntime.ForVersion(version, seed: 3);
                _ = new ClassicOracle.KeyedMap(rt, ClassicOracle.GoMap(type), hint);
                Assert.True(row[1].GetInt64() == (long)rt.Heap.Mallocs && row[2].GetInt64() == (long)rt.Heap.TotalAlloc,
                    $"{label} make({type}, {hint}): go {row[1]}/{row[2]}, gort {rt.Heap.Mallocs}/{rt.Heap.TotalAlloc}");
                rows++;
            }
        }

        var forms = allocs.GetProperty("make_constant_forms");
        foreach (var (form, hint) in new[] { ("make(map[int64]int64)", 0L), ("make(map[int64]int64, 8)", 8L), ("make(map[int64]int64, 9)", 9L), ("map[int64]int64{}", 0L) })
        {
            var rt = GoRuntime.ForVersion(version, seed: 3);
            _ = new ClassicOracle.KeyedMap(rt, ClassicOracle.GoMap("map[int64]int64"), hint);
            Assert.Equal(forms.GetProperty(form)[0].GetInt64(), (long)rt.Heap.Mallocs);
            Assert.Equal(forms.GetProperty(form)[1].GetInt64(), (long)rt.Heap.TotalAlloc);
            rows++;
        }

        output.WriteLine($"{label}: {rows} make rows match exactly");
    }

    public static TheoryData<string, string> SeriesData()
    {
        var data = new TheoryData<string, string>();
        foreach (var label in ClassicOracle.Labels)
        {
            foreach (var series in new[] { "insert_int64_nohint", "insert_int64_hintN", "insert_string_nohint", "insert_string_hintN", "insert_200byte_key_nohint" })
            {
                data.Add(label, series);
            }
        }

        return data;
    }

    /// <summary>
    /// Insert N keys (totals include the make). Where every Go trial and every one of our 30 seeds agree, the values
    /// must be equal; elsewhere the quantity depends on the hash, and our 30-seed mean must lie within one standard
    /// deviation of the Go trials (the larger of Go's and ours when Go's 5 trials happen to agree).
    /// </summary>
    [Theory]
    [MemberData(nameof(SeriesData))]
    public void InsertTotals_ExactWhereDeterministic_InDistributionOtherwise(string label, string series)
    {
        var version = ClassicOracle.Version(label);
        var data = ClassicOracle.Load(label, "map_allocs.json").GetProperty(series).GetProperty("rows");
        var rows = data.EnumerateArray().Select(r => (N: r[0].GetInt64(), Mallocs: r[1].EnumerateArray().Select(x => x.GetDouble()).ToArray(), Bytes: r[2].EnumerateArray().Select(x => x.GetDouble()).ToArray())).ToList();
        var type = series switch
        {
            "insert_int64_nohint" or "insert_int64_hintN" => "map[int64]int64",
            "insert_string_nohint" or "insert_string_hintN" => "map[string]int",
            _ => "map[[200]byte]int",
        };
        var goType = ClassicOracle.GoMap(type);
        var hinted = series.EndsWith("hintN", StringComparison.Ordinal);
        var ours = rows.ToDictionary(r => r.N, _ => (Mallocs: new List<double>(), Bytes: new List<double>()));
        for (var seed = 0; seed < Seeds; seed++)
        {
            if (hinted)
            {
                foreach (var (n, _, _) in rows)
                {
                    var rt = GoRuntime.ForVersion(version, seed: (ulong)(1000 + seed));
                    var map = new ClassicOracle.KeyedMap(rt, goType, n);
                    for (long i = 0; i < n; i++)
                    {
                        map.Set(i);
                    }

                    ours[n].Mallocs.Add(rt.Heap.Mallocs);
                    ours[n].Bytes.Add(rt.Heap.TotalAlloc);
                }
            }
            else
            {
                var rt = GoRuntime.ForVersion(version, seed: (ulong)(1000 + seed));
                var map = new ClassicOracle.KeyedMap(rt, goType, 0);
                long inserted = 0;
                foreach (var (n, _, _) in rows)
                {
                    for (; inserted < n; inserted++)
                    {
                        map.Set(inserted);
                    }

                    ours[n].Mallocs.Add(rt.Heap.Mallocs);
                    ours[n].Bytes.Add(rt.Heap.TotalAlloc);
                }
            }
        }

        var exact = 0;
        var failures = new List<string>();
        var outside = new List<string>();
        var standardized = new List<double>();
        foreach (var (n, goMallocs, goBytes) in rows)
        {
            foreach (var (what, go, us) in new[] { ("mallocs", goMallocs, ours[n].Mallocs), ("bytes", goBytes, ours[n].Bytes) })
            {
                if (go.Distinct().Count() == 1 && us.Distinct().Count() == 1)
                {
                    exact++;
                    if (go[0] != us[0])
                    {
                        failures.Add($"N={n} {what}: go {go[0]} (all trials), gort {us[0]} (all seeds)");
                    }

                    continue;
                }

                var goMean = Statistics.Mean(go);
                var usMean = Statistics.Mean(us);
                var sigma = Math.Max(Statistics.StdDev(go), Statistics.StdDev(us));
                standardized.Add((usMean - goMean) / sigma);
                if (Math.Abs(goMean - usMean) > sigma)
                {
                    outside.Add($"N={n} {what}: go mean {goMean:0.##} sd {Statistics.StdDev(go):0.##} [{string.Join(",", go)}], gort mean {usMean:0.##} sd {Statistics.StdDev(us):0.##}");
                }
            }
        }

        // With 5 Go trials per row, a few rows fall outside one standard deviation even for identical distributions
        // (the Go data itself has outliers, e.g. 1.22 int64 N=16); the rule is applied to 90% of the rows, and the
        // mean standardized difference guards against a systematic bias.
        var bias = standardized.Count == 0 ? 0 : standardized.Average();
        output.WriteLine($"{label} {series}: {exact} exact comparisons, {standardized.Count} distribution comparisons, {outside.Count} outside 1 sd, mean standardized difference {bias:+0.000;-0.000}");
        foreach (var f in failures.Concat(outside))
        {
            output.WriteLine(f);
        }

        Assert.Empty(failures);
        Assert.True(outside.Count <= 0.10 * standardized.Count, $"{outside.Count} of {standardized.Count} hash-dependent comparisons outside one sd");
        Assert.InRange(bias, -0.5, 0.5);
    }
}
