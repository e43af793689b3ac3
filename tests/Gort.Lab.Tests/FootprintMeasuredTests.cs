using System.Text.Json;
using Gort.Lab.Footprint;
using Gort.Types;
using Gort.Versions;

namespace Gort.Tests.Lab;

/// <summary>
/// The footprint model against real Go: HeapAlloc deltas measured with go1.22.12 (classic maps) and go1.27.3 (Swiss
/// maps) by tools/footprint (TestData/measured/footprint/PROVENANCE.md). Deterministic rows must match exactly;
/// hash-dependent rows must have every trial inside the model's range.
/// </summary>
public class FootprintMeasuredTests
{
    public static TheoryData<string, string, long> Rows()
    {
        var data = new TheoryData<string, string, long>();
        foreach (var file in new[] { "go1.22.json", "go1.27.json" })
        {
            foreach (var row in Load(file).GetProperty("rows").EnumerateArray())
            {
                data.Add(file, row.GetProperty("type").GetString()!, row.GetProperty("n").GetInt64());
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Footprint_MatchesRealGo(string file, string typeName, long n)
    {
        // Arrange
        var doc = Load(file);
        var version = GoVersion.Parse(doc.GetProperty("go").GetString()!);
        var row = doc.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("type").GetString() == typeName && r.GetProperty("n").GetInt64() == n);
        var trials = row.GetProperty("heapAlloc").EnumerateArray().Select(e => e.GetInt64()).ToList();
        var objects = row.GetProperty("objects").EnumerateArray().Select(e => e.GetInt64()).ToList();
        var hinted = typeName.StartsWith("hint:", StringComparison.Ordinal) || typeName.StartsWith("make:", StringComparison.Ordinal);
        var type = GoTypeParser.Parse(hinted ? typeName[5..] : typeName);

        // Act
        var r = FootprintModel.Compute(type, version, new FootprintOptions { N = n, Hint = hinted ? n : 0 });

        // Assert: slices are measured with their header boxed on the heap (see PROVENANCE.md), maps have every part there.
        var expected = type is GoSliceType ? r.Bytes : r.HeapBytes;
        var slack = expected - r.Bytes;
        if (r.Deterministic)
        {
            // At least one trial equals the model exactly. A differing trial is accepted only as measurement noise: at
            // most 16 bytes off AND with a different live-object count (an unrelated runtime object was freed or
            // allocated in the window; seen in 2 of 564 trials, always -8 B / -1 object).
            var exact = trials.Select((t, i) => (t, i)).Where(x => x.t == expected).ToList();
            Assert.True(exact.Count > 0, $"go {version.Name} {typeName} N={n}: real Go trials {string.Join(", ", trials)}, model {expected}");
            var exactObjects = objects[exact[0].i];
            for (var i = 0; i < trials.Count; i++)
            {
                Assert.True(trials[i] == expected || (Math.Abs(trials[i] - expected) <= 16 && objects[i] != exactObjects),
                    $"go {version.Name} {typeName} N={n}: trial {i} = {trials[i]} B / {objects[i]} objects, model {expected} B (exact trials have {exactObjects} objects)");
            }
        }
        else
        {
            foreach (var t in trials)
            {
                Assert.True(t >= r.RangeLow + slack && t <= r.RangeHigh + slack,
                    $"go {version.Name} {typeName} N={n}: real Go trial {t} outside the model's range [{r.RangeLow + slack}, {r.RangeHigh + slack}] (expected {expected})");
            }

            // The expectation must sit near the measured mean: within the model's own range width (or 1%).
            var mean = trials.Average();
            var tolerance = Math.Max(r.RangeHigh - r.RangeLow, expected / 100.0);
            Assert.True(Math.Abs(mean - expected) <= tolerance, $"go {version.Name} {typeName} N={n}: real Go mean {mean:0}, model expectation {expected} (tolerance {tolerance:0})");
        }
    }

    private static JsonElement Load(string file) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "measured", "footprint", file))).RootElement;
}
