using System.Text.Json;
using Gort.Maps.Swiss;
using Gort.Tests.Infrastructure;

namespace Gort.Tests.Maps.Swiss;

/// <summary>
/// The Swiss engine against real Go (1.24.4, 1.25.12, 1.27.3): <c>map_structure.json</c> and <c>map_allocs.json</c>.
/// Everything that does not depend on hash values must match exactly.
/// </summary>
public class SwissOracleTests
{
    public static TheoryData<int> SwissMinors() => new(OracleData.Minors.Where(m => OracleData.Version(m).MapEngine == Gort.Versions.MapEngineKind.Swiss));

    // No table can reach 897 entries before ~1500 keys unless the hash is wildly skewed (7 sigma), so every state up to
    // here is deterministic: the first split (at 897) is the only one.
    internal const int DeterministicN = 1500;

    [Theory]
    [MemberData(nameof(SwissMinors))]
    public void MakeHint_Layout_MatchesEveryHintOfEveryType(int minor)
    {
        var checkedRows = 0;
        foreach (var type in OracleData.Load(minor, "map_structure.json").GetProperty("types").EnumerateArray())
        {
            var mapType = type.GetProperty("map_type").GetString()!;
            foreach (var row in type.GetProperty("make_hint").EnumerateArray())
            {
                var hint = row[0].GetInt64();
                var s = SwissTestMaps.ForOracleType(SwissTestMaps.Runtime(minor), mapType, hint).Inspect();
                var actual = $"{s.DirLen} {s.GlobalDepth} {(s.DirPtrNil ? 1 : 0)} {s.Tables} {s.Capacity} {s.TableCapacityHist}";
                var expected = $"{row[1]} {row[2]} {row[3]} {row[4]} {row[5]} {row[6].GetString()}";
                Assert.True(expected == actual, $"go1.{minor} make({mapType}, {hint}): expected {expected}, got {actual}");
                checkedRows++;
            }
        }

        Assert.True(checkedRows > 1000, $"only {checkedRows} rows");
    }

    [Theory]
    [MemberData(nameof(SwissMinors))]
    public void MakeHint_Allocations_MatchEveryRow(int minor)
    {
        var doc = OracleData.Load(minor, "map_allocs.json");
        var rows = 0;
        foreach (var (table, mapType) in new[] { ("make_hint_int64_int64", "map[int64]int64"), ("make_hint_int_int", "map[int]int") })
        {
            foreach (var row in doc.GetProperty(table).GetProperty("rows").EnumerateArray())
            {
                Assert.True(row[3].GetBoolean());
                var hint = row[0].GetInt64();
                var rt = SwissTestMaps.Runtime(minor);
                SwissTestMaps.ForOracleType(rt, mapType, hint);
                Assert.True(row[1].GetUInt64() == rt.Heap.Mallocs && row[2].GetUInt64() == rt.Heap.TotalAlloc,
                    $"go1.{minor} make({mapType}, {hint}): expected {row[1]}/{row[2]}, got {rt.Heap.Mallocs}/{rt.Heap.TotalAlloc}");
                rows++;
            }
        }

        Assert.Equal(430, rows);
    }

    [Theory]
    [MemberData(nameof(SwissMinors))]
    public void Make10000_On124_Is34Mallocs295600Bytes16TablesOf1024(int minor)
    {
        var rt = SwissTestMaps.Runtime(minor);
        var s = SwissTestMaps.ForOracleType(rt, "map[int]int", 10000).Inspect();
        Assert.Equal((34UL, 295600UL), (rt.Heap.Mallocs, rt.Heap.TotalAlloc));
        Assert.Equal("1024x16", s.TableCapacityHist);
        Assert.Equal(16, s.Tables);
    }

    [Theory]
    [MemberData(nameof(SwissMinors))]
    public void InsertEvents_UpToTheFirstSplit_MatchEveryTrial(int minor)
    {
        foreach (var type in OracleData.Load(minor, "map_structure.json").GetProperty("types").EnumerateArray())
        {
            var mapType = type.GetProperty("map_type").GetString()!;
            var ours = Events(minor, mapType, 1, DeterministicN);
            foreach (var trial in type.GetProperty("insert_trials").EnumerateArray())
            {
                var real = trial.GetProperty("events").EnumerateArray().Select(Row).TakeWhile(r => int.Parse(r.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) <= DeterministicN).ToList();
                Assert.True(real.Count >= 10, mapType);
                Assert.Equal(string.Join("\n", real), string.Join("\n", ours));
            }
        }
    }

    [Theory]
    [MemberData(nameof(SwissMinors))]
    public void InsertSnapshots_BeforeTheSecondSplit_MatchEveryTrial(int minor)
    {
        foreach (var type in OracleData.Load(minor, "map_structure.json").GetProperty("types").EnumerateArray())
        {
            var mapType = type.GetProperty("map_type").GetString()!;
            var trial = type.GetProperty("insert_trials")[0];
            var snaps = trial.GetProperty("snapshots").EnumerateArray().Where(r => r[0].GetInt32() <= DeterministicN).ToList();
            var (inspect, insert, _) = SwissTestMaps.ForOracleType(SwissTestMaps.Runtime(minor), mapType, 0);
            var n = 0;
            foreach (var row in snaps)
            {
                while (n < row[0].GetInt32())
                {
                    insert(n++);
                }

                var s = inspect();
                // used, dirLen, globalDepth, globalShift, dirPtr_nil, small, n_tables, capacity, growthLeft, sum_used, hist, depth hist, tombstonePossible
                var actual = $"{s.Count} {s.DirLen} {s.GlobalDepth} {(s.DirLen == 0 ? 0 : 64 - s.GlobalDepth)} {(s.DirPtrNil ? 1 : 0)} {(s.DirLen == 0 && !s.DirPtrNil ? 1 : 0)} {s.Tables} {s.Capacity} {s.GrowthLeft} {s.Count} {s.TableCapacityHist} {s.LocalDepthHist} {(s.TombstonePossible ? 1 : 0)}";
                var expected = string.Join(" ", Enumerable.Range(1, 13).Select(i => row[i].ValueKind == JsonValueKind.String ? row[i].GetString() : row[i].GetRawText()));
                Assert.True(expected == actual, $"go1.{minor} {mapType} N={row[0]}: expected {expected}, got {actual}");
            }
        }
    }

    internal static List<string> Events(int minor, string mapType, ulong seed, int maxN)
    {
        var (inspect, insert, _) = SwissTestMaps.ForOracleType(SwissTestMaps.Runtime(minor, seed), mapType, 0);
        var events = new List<string>();
        var prev = inspect();
        events.Add(string.Join(" ", prev.EventRow()));
        for (var i = 0; i < maxN; i++)
        {
            insert(i);
            var s = inspect();
            if (s.IsNewEvent(prev))
            {
                events.Add(string.Join(" ", s.EventRow()));
            }

            prev = s;
        }

        return events;
    }

    private static string Row(JsonElement row) => string.Join(" ", row.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText()));
}
