using System.Globalization;
using Gort.Lab.Footprint;
using Gort.Lab.Footprint.Internal;
using Gort.Maps.Swiss;
using Gort.Types;
using Gort.Versions;

namespace Gort.Lab.Rendering;

/// <summary>The lab's standard charts, computed from the models (never from stored numbers).</summary>
public static class LabCharts
{
    /// <summary>
    /// Cap after each append, one element at a time from a nil slice, for each version (versions with identical
    /// sequences share one line). Log–log step chart up to <paramref name="maxLen"/> elements.
    /// </summary>
    public static LineChart CapGrowth(GoType elem, IEnumerable<GoVersion> versions, long maxLen = 5000)
    {
        ArgumentNullException.ThrowIfNull(elem);
        var chart = new LineChart
        {
            Id = "cap-growth",
            Title = $"cap of []{elem} after appending one element at a time",
            XLabel = "len (elements)",
            YLabel = "cap (elements)",
            LogX = true,
            LogY = true,
        };
        foreach (var (names, steps) in Group(versions, v => CapSteps(elem, v, maxLen)))
        {
            var points = new List<ChartPoint>();
            foreach (var (len, cap) in steps)
            {
                points.Add(new ChartPoint(len, cap, $"go {names}: append #{len.ToString(CultureInfo.InvariantCulture)} → cap {cap.ToString(CultureInfo.InvariantCulture)} ({(cap * elem.Size).ToString("N0", CultureInfo.InvariantCulture)} B)"));
            }

            points.Add(new ChartPoint(maxLen, steps[^1].Cap, $"go {names}: cap {steps[^1].Cap} at len {maxLen}"));
            chart.Series.Add(new ChartSeries($"go {names}", points, Step: true));
        }

        return chart;
    }

    /// <summary>
    /// Expected bytes per entry of a map (or slice) type against N, per version (log x), from the footprint model,
    /// with the deterministic grow points marked.
    /// </summary>
    public static LineChart BytesPerEntry(GoType type, IEnumerable<GoVersion> versions, long maxN = 1_000_000, long hint = 0) =>
        FootprintChart(type, versions, maxN, hint, perEntry: true);

    /// <summary>Expected total bytes of a map (or slice) type against N, per version (log–log), grow points marked.</summary>
    public static LineChart Memory(GoType type, IEnumerable<GoVersion> versions, long maxN = 1_000_000, long hint = 0) =>
        FootprintChart(type, versions, maxN, hint, perEntry: false);

    /// <summary>The N at which a map built by inserts grows (classic: B changes; Swiss: table doubling up to the first split).</summary>
    public static IReadOnlyList<long> GrowPoints(GoType type, GoVersion version, long maxN)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(version);
        var list = new List<long>();
        if (type.Underlying is not GoMapType)
        {
            return list;
        }

        if (version.MapEngine == MapEngineKind.Classic)
        {
            for (var b = 0; b < 62; b++)
            {
                var g = ClassicFootprint.GrowPoint(b, version);
                if (g > maxN)
                {
                    break;
                }

                list.Add(g);
            }
        }
        else
        {
            list.Add(9);
            for (long cap = 16; cap <= SwissLayout.MaxTableCapacity && SwissLayout.MaxLoad(cap) + 1 <= maxN; cap *= 2)
            {
                list.Add(SwissLayout.MaxLoad(cap) + 1);
            }
        }

        return list;
    }

    private static LineChart FootprintChart(GoType type, IEnumerable<GoVersion> versions, long maxN, long hint, bool perEntry)
    {
        ArgumentNullException.ThrowIfNull(type);
        var chart = new LineChart
        {
            Id = perEntry ? "bytes-per-entry" : "memory",
            Title = perEntry ? $"{type}: bytes per entry (expected)" : $"{type}: bytes held (expected)",
            XLabel = type.Underlying is GoMapType ? "N (keys inserted)" : "N (elements appended)",
            YLabel = perEntry ? "bytes per entry (B)" : "bytes held",
            LogX = true,
            LogY = !perEntry,
            YFormat = perEntry ? ChartFormat.Compact : ChartFormat.Bytes,
        };
        var list = versions.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var v = list[i];
            var ns = SampleNs(type, v, maxN);
            var points = new List<ChartPoint>();
            foreach (var n in ns)
            {
                var r = FootprintModel.Compute(type, v, new FootprintOptions { N = n, Hint = hint }, withCycle: false);
                var y = perEntry ? r.BytesPerEntry : r.Bytes;
                var range = r.Deterministic ? "" : $" (range {r.RangeLow.ToString("N0", CultureInfo.InvariantCulture)}..{r.RangeHigh.ToString("N0", CultureInfo.InvariantCulture)})";
                points.Add(new ChartPoint(n, y, $"go {v.Name} {v.MapEngine.ToString().ToLowerInvariant()}: N = {n.ToString("N0", CultureInfo.InvariantCulture)}: {r.Bytes.ToString("N0", CultureInfo.InvariantCulture)} B, {r.BytesPerEntry:0.#} B/entry{range}"));
            }

            var engine = type.Underlying is GoMapType ? $" ({v.MapEngine.ToString().ToLowerInvariant()})" : "";
            chart.Series.Add(new ChartSeries($"go {v.Name}{engine}", points));
            foreach (var g in GrowPoints(type, v, maxN))
            {
                var r = FootprintModel.Compute(type, v, new FootprintOptions { N = g, Hint = hint }, withCycle: false);
                chart.Markers.Add(new ChartMarker(g, perEntry ? r.BytesPerEntry : r.Bytes, $"go {v.Name}: grows at insert #{g.ToString(CultureInfo.InvariantCulture)} ({r.Bytes.ToString("N0", CultureInfo.InvariantCulture)} B)", i));
            }
        }

        return chart;
    }

    /// <summary>A log grid plus both sides of every grow point, so the saw-tooth is drawn sharply.</summary>
    private static List<long> SampleNs(GoType type, GoVersion version, long maxN)
    {
        var set = new SortedSet<long>();
        for (var e = 0.0; e <= Math.Log10(maxN) + 1e-9; e += 0.05)
        {
            set.Add(Math.Max(1, (long)Math.Round(Math.Pow(10, e))));
        }

        foreach (var g in GrowPoints(type, version, maxN))
        {
            set.Add(g - 1);
            set.Add(g);
        }

        set.Add(maxN);
        return [.. set.Where(n => n >= 1 && n <= maxN)];
    }

    private static List<(long Len, long Cap)> CapSteps(GoType elem, GoVersion version, long maxLen)
    {
        var steps = new List<(long, long)>();
        long cap = 0;
        while (cap < maxLen)
        {
            var len = cap + 1;
            cap = SliceFootprint.Capacity(elem, version, new FootprintOptions { N = len }, out _, out _);
            steps.Add((len, cap));
            if (elem.Size == 0 && steps.Count > 64)
            {
                break;
            }
        }

        return steps;
    }

    private static List<(string Names, List<(long Len, long Cap)> Steps)> Group(IEnumerable<GoVersion> versions, Func<GoVersion, List<(long Len, long Cap)>> f)
    {
        var groups = new List<(List<GoVersion> Versions, List<(long, long)> Steps)>();
        foreach (var v in versions)
        {
            var steps = f(v);
            var match = groups.FindIndex(g => g.Steps.SequenceEqual(steps));
            if (match >= 0)
            {
                groups[match].Versions.Add(v);
            }
            else
            {
                groups.Add(([v], steps));
            }
        }

        return [.. groups.Select(g => (VersionNames(g.Versions), g.Steps))];
    }

    /// <summary>"1.17", "1.18–1.21", "1.22, 1.24" — consecutive minors collapse into a range.</summary>
    public static string VersionNames(IReadOnlyList<GoVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var parts = new List<string>();
        for (var i = 0; i < versions.Count;)
        {
            var j = i;
            while (j + 1 < versions.Count && versions[j + 1].Minor == versions[j].Minor + 1 && versions[j + 1].Experiments == versions[i].Experiments)
            {
                j++;
            }

            parts.Add(j == i ? versions[i].Name : $"{versions[i].Name}–{versions[j].Name}");
            i = j + 1;
        }

        return string.Join(", ", parts);
    }
}
