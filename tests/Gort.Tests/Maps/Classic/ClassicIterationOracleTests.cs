using Gort.Maps;
using Gort.Runtime;
using Xunit.Abstractions;

namespace Gort.Tests.Maps.Classic;

/// <summary>
/// iteration.json: which key a <c>range</c> loop yields first, against real Go, by a two-sample chi-square test of
/// homogeneity (p &gt; 0.001). Fresh maps (a new seed per loop) are compared for every N; loops over one map only for
/// N ≤ 8, where all keys share bucket 0 and the histogram does not depend on that map's seed.
/// </summary>
public sealed class ClassicIterationOracleTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(ClassicOracle.LabelsData), MemberType = typeof(ClassicOracle))]
    public void FirstKeyHistograms_AreStatisticallyIndistinguishable(string label)
    {
        var version = ClassicOracle.Version(label);
        var data = ClassicOracle.Load(label, "iteration.json");
        var iterations = data.GetProperty("iterations").GetInt32();
        var rt = GoRuntime.ForVersion(version, accounting: false, seed: 2024);
        foreach (var result in data.GetProperty("results").EnumerateArray())
        {
            var n = result.GetProperty("N").GetInt32();
            var fresh = new double[n];
            for (var t = 0; t < iterations; t++)
            {
                fresh[FirstKey(Build(rt, n))]++;
            }

            var goFresh = Histogram(result.GetProperty("fresh_map_first_key_hist"), n);
            var p = Statistics.ChiSquareHomogeneityP(goFresh, fresh);
            output.WriteLine($"{label} N={n} fresh maps: chi-square p = {p:0.0000}");
            Assert.True(p > 0.001, $"{label} N={n} fresh: p={p}; go [{string.Join(",", goFresh)}] gort [{string.Join(",", fresh)}]");

            if (n <= 8)
            {
                var map = Build(rt, n);
                var same = new double[n];
                for (var t = 0; t < iterations; t++)
                {
                    same[FirstKey(map)]++;
                }

                var goSame = Histogram(result.GetProperty("same_map_first_key_hist"), n);
                var ps = Statistics.ChiSquareHomogeneityP(goSame, same);
                output.WriteLine($"{label} N={n} same map: chi-square p = {ps:0.0000}");
                Assert.True(ps > 0.001, $"{label} N={n} same map: p={ps}; go [{string.Join(",", goSame)}] gort [{string.Join(",", same)}]");
            }
        }
    }

    [Fact]
    public void ChiSquare_RejectsDifferentDistributions()
    {
        // Guards the statistic itself: a uniform and a skewed histogram over 8 keys must be told apart.
        double[] uniform = [250, 250, 250, 250, 250, 250, 250, 250];
        double[] skewed = [500, 215, 215, 215, 215, 215, 215, 210];
        Assert.True(Statistics.ChiSquareHomogeneityP(uniform, skewed) < 1e-6);
        Assert.True(Statistics.ChiSquareHomogeneityP(uniform, [240, 260, 255, 245, 250, 262, 238, 250]) > 0.5);
        Assert.Equal(0.05, 1 - Statistics.RegularizedGammaP(1.5, 7.815 / 2), 3); // chi-square(3) 95% point
    }

    private static Map<long, long> Build(GoRuntime rt, int n)
    {
        var map = Map.Make<long, long>(rt, 0);
        for (var i = 0; i < n; i++)
        {
            map[i] = i;
        }

        return map;
    }

    private static int FirstKey(Map<long, long> map)
    {
        foreach (var (k, _) in map)
        {
            return (int)k;
        }

        throw new InvalidOperationException("empty map");
    }

    private static double[] Histogram(System.Text.Json.JsonElement hist, int n)
    {
        var h = new double[n];
        foreach (var p in hist.EnumerateObject())
        {
            h[int.Parse(p.Name, System.Globalization.CultureInfo.InvariantCulture)] = p.Value.GetDouble();
        }

        return h;
    }
}
