using System.Globalization;
using Gort.Lab.Footprint;
using Gort.Lab.Footprint.Internal;
using Gort.Lab.Scenarios;
using Gort.Types;
using Gort.Versions;

namespace Gort.Lab.Rendering;

/// <summary>The standard sections of a lab report (charts and pictures), each computed by the models.</summary>
public static class LabReport
{
    /// <summary>The default scenario of the slice picture.</summary>
    public const string DefaultScenario = "a := make([]int, 3, 8); b := a[1:5]; c := append(b, 9); d := append(a[:8], 1)";

    /// <summary>Cap-growth step charts, one per element type, one line per group of versions that agree.</summary>
    public static void AddCapGrowth(HtmlReport report, IEnumerable<GoType> elems, IReadOnlyList<GoVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(elems);
        report.Section("Capacity growth of append", "cap after each append of one element to a nil slice that escapes, per Go version; versions with identical sequences share a line. Steps are growslice calls.");
        foreach (var elem in elems)
        {
            report.Figure(LabCharts.CapGrowth(elem, versions, 5000).ToSvg(), $"[]{elem}: {elem.Size} B per element{(elem.HasPointers ? ", pointerful (1.22+ malloc headers change the rounding above 512 B)" : ", pointer-free")}.");
        }

        report.EndSection();
    }

    /// <summary>Map (or slice) memory and bytes per entry against N, classic against Swiss, grow points marked.</summary>
    public static void AddMemory(HtmlReport report, GoType type, IReadOnlyList<GoVersion> versions, long maxN = 1_000_000)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(type);
        report.Section($"Memory of {type} as it grows", "Expected bytes held after N inserts (no hint), from the footprint model; rings mark the deterministic grow points. Hash-dependent parts are expected values (hover for the range).");
        report.Figure(LabCharts.Memory(type, versions, maxN).ToSvg());
        report.Figure(LabCharts.BytesPerEntry(type, versions, maxN).ToSvg());
        var rows = new List<IReadOnlyList<string>>();
        foreach (var v in versions)
        {
            foreach (var n in new long[] { 1_000, 100_000, 1_000_000 })
            {
                var r = FootprintModel.Compute(type, v, new FootprintOptions { N = n });
                rows.Add([v.Name, type.Underlying is GoMapType ? v.MapEngine.ToString().ToLowerInvariant() : "-", n.ToString("N0", CultureInfo.InvariantCulture), r.Bytes.ToString("N0", CultureInfo.InvariantCulture),
                    r.BytesPerEntry.ToString("0.0", CultureInfo.InvariantCulture), r.PayloadRatio.ToString("P0", CultureInfo.InvariantCulture),
                    r.Deterministic ? "exact" : $"{r.RangeLow.ToString("N0", CultureInfo.InvariantCulture)} .. {r.RangeHigh.ToString("N0", CultureInfo.InvariantCulture)}"]);
            }
        }

        report.Table(["go", "engine", "N", "bytes", "bytes/entry", "payload", "range"], rows);
        report.EndSection();
    }

    /// <summary>Pictures of a map's internals: classic (and a classic map caught mid-grow) and Swiss.</summary>
    public static void AddMapInternals(HtmlReport report, GoMapType type, IReadOnlyList<GoVersion> versions, long n)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(versions);
        report.Section($"Inside {type}", $"The simulated map after inserting keys 0..N−1 (Gort's hash, fixed seed: which bucket or group a key lands in differs from a real Go run, the structure does not).");
        var classic = versions.FirstOrDefault(v => v.MapEngine == MapEngineKind.Classic) ?? GoVersion.Get(22);
        var swiss = versions.FirstOrDefault(v => v.MapEngine == MapEngineKind.Swiss) ?? GoVersion.Latest;
        report.Figure(MapInternals.Svg(type, classic, n), $"classic, go {classic.Name}: main buckets on the left of each row, overflow chains to the right (brown borders: overflow buckets).");
        var b = ClassicFootprint.BFor(Math.Max(n, 9), classic);
        var growAt = ClassicFootprint.GrowPoint(Math.Max(b, 3), classic);
        report.Figure(MapInternals.Svg(type, classic, growAt + 1), $"classic, go {classic.Name}, mid-grow: one insert after the grow at insert #{growAt}, old and new arrays side by side; evacuated old slots are marked X/Y.");
        report.Figure(MapInternals.Svg(type, swiss, n), $"swiss, go {swiss.Name}: groups of 8 control bytes.");
        report.Figure(MapInternals.Svg(type, swiss, 2000), $"swiss, go {swiss.Name}, 2000 keys: the 1024-slot table split, so a directory points at several tables.");
        report.EndSection();
    }

    /// <summary>The slice scenario picture.</summary>
    public static void AddSlices(HtmlReport report, string scenario, GoVersion version)
    {
        ArgumentNullException.ThrowIfNull(report);
        var result = SliceScenario.Run(scenario, version);
        report.Section("Slices sharing a backing array", scenario);
        report.Figure(SlicesPicture.Svg(result, $"go {version.Name}: {scenario}"));
        report.Table(["var", "expression", "len", "cap", "array", "offset", "elements"],
            result.Variables.Select(v => (IReadOnlyList<string>)[v.Name, v.Source, v.Len.ToString(CultureInfo.InvariantCulture), v.Cap.ToString(CultureInfo.InvariantCulture), v.Array < 0 ? "nil" : "#" + (v.Array + 1), v.Offset.ToString(CultureInfo.InvariantCulture), "[" + string.Join(" ", v.Values) + "]"]));
        report.EndSection();
    }
}
