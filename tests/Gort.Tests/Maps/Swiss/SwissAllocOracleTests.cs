using System.Globalization;
using System.Text.Json;
using Gort.Tests.Infrastructure;

namespace Gort.Tests.Maps.Swiss;

/// <summary>
/// <c>map_allocs.json</c> against the Swiss engine: insert totals where real Go's trials agree (the hash cannot matter
/// there), single assigns, delete/reinsert phases, and indirect keys — all exact.
/// </summary>
public class SwissAllocOracleTests
{
    public static TheoryData<int> SwissMinors() => SwissOracleTests.SwissMinors();

    [Theory]
    [MemberData(nameof(SwissMinors))]
    public void InsertTotals_WhereTrialsAgree_MatchExactly(int minor)
    {
        var doc = OracleData.Load(minor, "map_allocs.json");
        var compared = 0;
        foreach (var (name, mapType, hinted) in new[]
                 {
                     ("insert_int64_nohint", "map[int64]int64", false), ("insert_int64_hintN", "map[int64]int64", true),
                     ("insert_string_nohint", "map[string]int", false), ("insert_string_hintN", "map[string]int", true),
                     ("insert_200byte_key_nohint", "map[[200]byte]int", false),
                 })
        {
            foreach (var row in doc.GetProperty(name).GetProperty("rows").EnumerateArray())
            {
                var mallocs = row[1].EnumerateArray().Select(e => e.GetUInt64()).ToArray();
                var bytes = row[2].EnumerateArray().Select(e => e.GetUInt64()).ToArray();
                var n = row[0].GetInt32();
                if (n > SwissOracleTests.DeterministicN)
                {
                    continue; // later splits depend on hash values: see SwissDistributionTests
                }

                Assert.True(mallocs.Distinct().Count() == 1 && bytes.Distinct().Count() == 1, $"{name} N={n}: real trials disagree");
                var rt = SwissTestMaps.Runtime(minor);
                var (_, insert, _) = SwissTestMaps.ForOracleType(rt, mapType, hinted ? n : 0);
                for (var i = 0; i < n; i++)
                {
                    insert(i);
                }

                Assert.True(mallocs[0] == rt.Heap.Mallocs && bytes[0] == rt.Heap.TotalAlloc,
                    $"go1.{minor} {name} N={n}: expected {mallocs[0]}/{bytes[0]}, got {rt.Heap.Mallocs}/{rt.Heap.TotalAlloc}");
                compared++;
            }
        }

        Assert.True(compared > 300, $"only {compared} rows");
    }

    [Theory]
    [MemberData(nameof(SwissMinors))]
    public void SingleAssign_OverwriteAndNewKey_MatchEveryN(int minor)
    {
        foreach (var row in OracleData.Load(minor, "map_allocs.json").GetProperty("single_assign").GetProperty("rows").EnumerateArray())
        {
            var n = row[0].GetInt32();
            var rt = SwissTestMaps.Runtime(minor);
            var m = SwissTestMaps.Make<long>(rt, 0, SwissTestMaps.Int64Int64);
            for (var i = 0; i < n; i++)
            {
                m.Assign(i, 1);
            }

            var (m0, b0) = (rt.Heap.Mallocs, rt.Heap.TotalAlloc);
            m.Assign(0, 2);
            var (m1, b1) = (rt.Heap.Mallocs, rt.Heap.TotalAlloc);
            m.Assign(n, 2);
            var (m2, b2) = (rt.Heap.Mallocs, rt.Heap.TotalAlloc);
            var expected = $"{row[1][0]}/{row[2][0]} {row[3][0]}/{row[4][0]}";
            Assert.Equal($"N={n} {expected}", $"N={n} {m1 - m0}/{b1 - b0} {m2 - m1}/{b2 - b1}");
        }
    }

    /// <summary>
    /// Up to 8 keys the map stays small (no tombstones, no hash dependence), so every phase is exact. Beyond that the
    /// reinsert after delete-all depends on where the new seed puts the keys (Go re-seeds an emptied map): see
    /// <see cref="SwissDistributionTests"/>.
    /// </summary>
    [Theory]
    [MemberData(nameof(SwissMinors))]
    public void DeleteReinsert_SmallMaps_MatchExactly(int minor)
    {
        var doc = OracleData.Load(minor, "map_allocs.json").GetProperty("delete_reinsert");
        var compared = 0;
        foreach (var (name, mapType) in new[] { ("int64_int64", "map[int64]int64"), ("string_int", "map[string]int") })
        {
            foreach (var group in doc.GetProperty(name).EnumerateArray().GroupBy(r => r[0].GetInt32()))
            {
                var trials = group.Select(r => string.Join(" ", Enumerable.Range(2, 8).Select(i => r[i].GetRawText()))).ToList();
                var rows = group.Select(r => FinalRow(r[10])).ToList();
                var n = group.Key;
                if (n > 8)
                {
                    continue;
                }

                Assert.Single(trials.Distinct());
                var actual = DeleteReinsert(minor, mapType, n, seed: 1, out var final);
                Assert.True(trials[0] == actual, $"go1.{minor} {mapType} N={n} phases: expected {trials[0]}, got {actual}");
                if (rows.Distinct().Count() == 1)
                {
                    Assert.True(rows[0] == final, $"go1.{minor} {mapType} N={n} final: expected {rows[0]}, got {final}");
                }

                compared++;
            }
        }

        Assert.Equal(8, compared);
    }

    internal static string DeleteReinsert(int minor, string mapType, int n, ulong seed, out string final)
    {
        var rt = SwissTestMaps.Runtime(minor, seed);
        var (inspect, insert, delete) = SwissTestMaps.ForOracleType(rt, mapType, 0);
        for (var i = 0; i < n; i++)
        {
            insert(i);
        }

        var phases = new List<string>();
        void Measure(Action a)
        {
            var (m, b) = (rt.Heap.Mallocs, rt.Heap.TotalAlloc);
            a();
            phases.Add((rt.Heap.Mallocs - m).ToString(CultureInfo.InvariantCulture));
            phases.Add((rt.Heap.TotalAlloc - b).ToString(CultureInfo.InvariantCulture));
        }

        Measure(() => { for (var i = 0; i < n; i++) { insert(i); } });
        Measure(() => { for (var i = 0; i < n; i++) { delete(i); } });
        Measure(() => { for (var i = 0; i < n; i++) { insert(i); } });
        for (var i = 0; i < n; i++)
        {
            delete(i);
        }

        Measure(() => { for (var i = n; i < 2 * n; i++) { insert(i); } });
        var s = inspect();
        final = $"{s.Count} {s.DirLen} {s.GlobalDepth} {s.Tables} {s.Capacity} {s.GrowthLeft} {s.TableCapacityHist} {(s.TombstonePossible ? 1 : 0)}";
        return string.Join(" ", phases);
    }

    // used, dirLen, globalDepth, globalShift, dirPtr_nil, small, n_tables, capacity, growthLeft, sum_used, hist, depth hist, tombstonePossible
    private static string FinalRow(JsonElement r) => $"{r[0]} {r[1]} {r[2]} {r[6]} {r[7]} {r[8]} {r[10].GetString()} {r[12]}";
}
