using Gort.Lab.Footprint;
using Gort.Lab.Inspection;
using Gort.Maps;
using Gort.Maps.Inspection;
using Gort.Runtime;
using Gort.Types;
using Gort.Versions;
using Xunit.Abstractions;

namespace Gort.Tests.Lab;

/// <summary>
/// The analytic footprint against the simulation (the classic and Swiss engines inserting real keys): wherever the
/// model says the footprint is independent of the hash, the bytes the simulated map keeps reachable must be equal;
/// elsewhere they must lie inside the model's range.
/// </summary>
public class FootprintSimulationTests(ITestOutputHelper output)
{
    private static readonly long[] s_ns =
    [
        0, 1, 5, 8, 9, 10, 12, 13, 14, 15, 20, 25, 26, 27, 28, 29, 40, 48, 49, 52, 53, 56, 57, 60, 97, 100, 104, 105, 112, 113,
        200, 209, 224, 225, 300, 417, 448, 449, 500, 833, 896, 897, 1000, 1500, 1665, 2000, 3329, 5000, 6657, 10_000,
        20_000, 50_000, 100_000,
    ];

    public static TheoryData<string, int, string, long> Cases()
    {
        var data = new TheoryData<string, int, string, long>();
        var versions = new[] { "1.21", "1.22", "1.24+noswissmap", "1.24", "1.25", "1.27" };
        var types = new[] { "map[int64]int64", "map[int32]int32", "map[int64]struct{}", "map[int64]*int64", "map[int64][200]byte", "map[[200]byte]int8", "map[int64][24]byte" };
        foreach (var v in versions)
        {
            foreach (var t in types)
            {
                data.Add(v, 0, t, 0);
            }

            data.Add(v, 0, "map[string]string", 0);
            data.Add(v, 1, "map[int64]int64", 1000);
            data.Add(v, 1, "map[int64]int64", 100);
            data.Add(v, 2, "map[int64]int64", 0);
        }

        return data;
    }

    /// <param name="go">Version.</param>
    /// <param name="mode">0: escaping, no hint; 1: escaping with the given hint; 2: not escaping.</param>
    /// <param name="typeText">Go map type.</param>
    /// <param name="hint">make hint.</param>
    [Theory]
    [MemberData(nameof(Cases))]
    public void Footprint_AgreesWithSimulation(string go, int mode, string typeText, long hint)
    {
        var version = GoVersion.Parse(go);
        var type = (GoMapType)GoTypeParser.Parse(typeText);
        var escapes = mode != 2;
        var maxN = typeText.Contains("200]", StringComparison.Ordinal) ? 20_000 : 100_000;
        var rt = GoRuntime.ForVersion(version, accounting: true, seed: 7);
        var options = new FootprintOptions { Hint = hint, Escapes = escapes };
        if (typeText == "map[string]string")
        {
            Run<string, string>(rt, type, version, options, maxN, i => "k" + i);
        }
        else
        {
            Run<long, long>(rt, type, version, options, maxN, i => i);
        }
    }

    [Fact]
    public void Footprint_AgreesWithSimulation_AtAMillion()
    {
        foreach (var go in new[] { "1.22", "1.27" })
        {
            var version = GoVersion.Parse(go);
            var rt = GoRuntime.ForVersion(version, accounting: true, seed: 11);
            Run<long, long>(rt, (GoMapType)GoTypeParser.Parse("map[int64]int64"), version, new FootprintOptions(), 1_000_000, i => i, [1_000_000]);
        }
    }

    private void Run<TKey, TValue>(GoRuntime rt, GoMapType type, GoVersion version, FootprintOptions options, long maxN, Func<long, TKey> key, long[]? ns = null)
    {
        using var scope = rt.Enter();
        var map = Map.Make<TKey, TValue>(rt, options.Hint, type, options.Escapes);
        long inserted = 0;
        int exact = 0, ranged = 0;
        foreach (var n in ns ?? s_ns)
        {
            if (n > maxN)
            {
                break;
            }

            while (inserted < n)
            {
                map[key(inserted)] = default!;
                inserted++;
            }

            var sim = map.Snapshot() switch
            {
                ClassicSnapshot c => MapLiveBytes.Classic(c, type, version, options.Escapes),
                SwissSnapshot s => MapLiveBytes.Swiss(s, type, version, options.Escapes),
                _ => throw new InvalidOperationException("unknown engine"),
            };
            var model = FootprintModel.Compute(type, version, options with { N = n });
            var stack = model.Bytes - model.HeapBytes;
            var where = $"go {version.Name} {type} hint={options.Hint} escapes={options.Escapes} N={n}: simulation {sim} B";
            if (model.Deterministic)
            {
                Assert.True(model.HeapBytes == sim, $"{where}, model (deterministic) {model.HeapBytes} B");
                exact++;
            }
            else
            {
                Assert.True(sim >= model.RangeLow - stack && sim <= model.RangeHigh - stack,
                    $"{where} outside the model's range [{model.RangeLow - stack}, {model.RangeHigh - stack}] (expected {model.HeapBytes})");
                ranged++;
            }
        }

        output.WriteLine($"go {version.Name} {type} hint={options.Hint} escapes={options.Escapes}: {exact} exact, {ranged} within range");
        Assert.True(exact + ranged > 0);
    }
}
