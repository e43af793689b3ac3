using System.Globalization;
using System.Text.RegularExpressions;
using Gort.Lab;
using Gort.Maps.Swiss;
using Gort.Versions;

namespace Gort.Tests.Lab;

/// <summary>
/// <see cref="MapChurn"/> against real Go (<c>TestData/measured/swiss/churn.txt</c>, tools/swiss/churn): 100 live keys,
/// 200,000 delete-oldest/insert-new cycles, per assign path, Go 1.24–1.27.
/// </summary>
public partial class MapChurnTests
{
    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        foreach (var minor in new[] { 24, 25, 26, 27 })
        {
            foreach (var kind in MapChurn.KeyKinds)
            {
                data.Add(minor, kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Churn_Mallocs_MatchRealGoDistribution(int minor, string kind)
    {
        var real = Measured()[(minor, kind)];
        var ours = Enumerable.Range(1, 5).Select(seed => (double)MapChurn.Run(GoVersion.Get(minor), kind, 100, 200_000, (ulong)seed).Mallocs).ToList();
        var (rm, rsd) = MeanSd(real);
        var (om, osd) = MeanSd(ours);
        Assert.True(Math.Abs(om - rm) <= rsd + osd + 1, $"go1.{minor} {kind}: Gort {string.Join(",", ours)} vs Go {string.Join(",", real)}");
    }

    [Fact]
    public void Churn_On125_PrunesIntKeys_ButNotFloatOrPointerKeys()
    {
        var v = GoVersion.Get(25);
        var intKeys = MapChurn.Run(v, "int", 100, 200_000, 1);
        var floatKeys = MapChurn.Run(v, "float64", 100, 200_000, 1);
        Assert.Equal(2UL, intKeys.Mallocs); // one grow (128 → 256 slots), then pruning keeps up
        Assert.True(floatKeys.Mallocs >= 4, $"generic path should keep growing: {floatKeys.Mallocs}");
        Assert.Equal(128L << (int)(floatKeys.Mallocs / 2), ((SwissMapState)floatKeys.After).Capacity); // each grow doubles: 2 mallocs
        Assert.Equal(floatKeys.Mallocs / 2, (ulong)floatKeys.Events.Count);
    }

    private static Dictionary<(int, string), List<double>> Measured()
    {
        var result = new Dictionary<(int, string), List<double>>();
        var minor = 0;
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "measured", "swiss", "churn.txt")))
        {
            if (GoLine().Match(line) is { Success: true } g)
            {
                minor = int.Parse(g.Groups[1].Value, CultureInfo.InvariantCulture);
                continue;
            }

            foreach (Match m in TrialCell().Matches(line))
            {
                var key = (minor, m.Groups[1].Value);
                if (!result.TryGetValue(key, out var list))
                {
                    result[key] = list = [];
                }

                list.Add(double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
            }
        }

        return result;
    }

    private static (double Mean, double Sd) MeanSd(List<double> xs)
    {
        var mean = xs.Average();
        return (mean, Math.Sqrt(xs.Sum(x => (x - mean) * (x - mean)) / (xs.Count - 1)));
    }

    [GeneratedRegex(@"^go go1\.(\d+)")]
    private static partial Regex GoLine();

    [GeneratedRegex(@"(int|string|ptr|float64) (\d+)/\d+")]
    private static partial Regex TrialCell();
}
