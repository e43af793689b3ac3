using System.Globalization;
using System.Text;
using Gort.Maps.Inspection;

namespace Gort.Lab.Rendering;

/// <summary>
/// Pictures of a map's internals as SVG: classic buckets with their tophash cells and overflow chains (old and new
/// arrays side by side while a grow is evacuating), or a Swiss directory pointing at tables of groups whose control
/// bytes are coloured full / empty / deleted. Every cell has a tooltip.
/// </summary>
internal static class MapPicture
{
    private const int Cell = 14;
    private const int MaxBuckets = 16;
    private const int MaxChain = 2;
    private const int MaxTables = 6;
    private const int MaxGroups = 12;
    private const int MaxDirectory = 32;

    /// <summary>Classic map: one column per bucket array (old on the left while growing).</summary>
    public static string Classic(ClassicSnapshot s, string title)
    {
        var arrays = new List<(string Title, BucketArraySnapshot A, bool Old)>();
        if (s.OldBuckets is { } old)
        {
            arrays.Add(($"old buckets: 2^{(s.SameSizeGrow ? s.B : s.B - 1)} (evacuated below nevacuate = {s.NEvacuate})", old, true));
        }

        if (s.Buckets is { } cur)
        {
            arrays.Add(($"buckets: 2^{s.B}, {cur.Preallocated - cur.Base} preallocated overflow, {cur.Extra} allocated one by one", cur, false));
        }

        var colWidth = 40 + (Cell * 8 * (MaxChain + 1)) + (MaxChain * 14);
        var rows = arrays.Count == 0 ? 1 : arrays.Max(a => Math.Min(a.A.Base, MaxBuckets));
        var width = Math.Max(520, 20 + (arrays.Count * (colWidth + 20)));
        var height = 110 + (rows * (Cell + 6)) + 40;
        var sb = Begin("classic-map", title, width, height);
        sb.Append($"<text x=\"10\" y=\"40\" font-size=\"12\">len {s.Count.ToString(CultureInfo.InvariantCulture)} · B = {s.B} · noverflow {s.NOverflow} · bucket {s.BucketSize} B{(s.OldBuckets is null ? "" : " · growing" + (s.SameSizeGrow ? " (same size)" : ""))}</text>");
        Legend(sb, 10, 58, [("#4c9be8", "full (shade = tophash)"), ("#fff", "emptyRest"), ("#e6e6e6", "emptyOne"), ("#9ecae1", "evacuatedX"), ("#fdae6b", "evacuatedY"), ("#cfcfcf", "evacuatedEmpty")]);
        if (arrays.Count == 0)
        {
            sb.Append("<text x=\"10\" y=\"100\">no buckets allocated yet (B = 0, buckets are allocated at the first insert)</text>");
        }

        for (var ai = 0; ai < arrays.Count; ai++)
        {
            var (arrayTitle, a, isOld) = arrays[ai];
            var x0 = 10 + (ai * (colWidth + 20));
            sb.Append($"<g class=\"bucket-array{(isOld ? " old" : "")}\"><text x=\"{x0}\" y=\"92\" font-weight=\"600\">{Svg.Escape(arrayTitle)}</text>");
            for (var b = 0; b < Math.Min(a.Base, MaxBuckets); b++)
            {
                var y = 100 + (b * (Cell + 6));
                sb.Append($"<text x=\"{x0}\" y=\"{y + 11}\" font-size=\"10\" fill=\"#555\">{b}</text>");
                var bucket = b;
                var bx = x0 + 26;
                for (var link = 0; link <= MaxChain; link++)
                {
                    var kind = bucket < a.Base ? "main" : bucket < a.Preallocated ? "preallocated overflow" : "overflow (newobject)";
                    sb.Append($"<g class=\"bucket\" data-bucket=\"{bucket}\">");
                    for (var i = 0; i < 8; i++)
                    {
                        var top = a.Tophash[(bucket * 8) + i];
                        var (fill, state) = TophashStyle(top);
                        var cx = bx + (i * Cell);
                        sb.Append($"<rect class=\"cell {state}\" x=\"{cx}\" y=\"{y}\" width=\"{Cell}\" height=\"{Cell}\" fill=\"{fill}\" stroke=\"#999\" stroke-width=\"0.5\"><title>{Svg.Escape($"{(isOld ? "old " : "")}bucket {bucket} ({kind}) slot {i}: tophash {top} ({state})")}</title></rect>");
                        if (state is "evacuatedX" or "evacuatedY")
                        {
                            sb.Append($"<text x=\"{cx + 4}\" y=\"{y + 11}\" font-size=\"9\" pointer-events=\"none\">{state[^1]}</text>");
                        }
                    }

                    sb.Append($"<rect x=\"{bx}\" y=\"{y}\" width=\"{8 * Cell}\" height=\"{Cell}\" fill=\"none\" stroke=\"{(bucket < a.Base ? "#333" : "#b15928")}\" stroke-width=\"{(bucket < a.Base ? 1 : 1.5)}\"/></g>");
                    var next = a.Overflow[bucket];
                    if (next == 0)
                    {
                        break;
                    }

                    if (link == MaxChain)
                    {
                        sb.Append($"<text x=\"{bx + (8 * Cell) + 2}\" y=\"{y + 11}\" font-size=\"10\">…</text>");
                        break;
                    }

                    var ax = bx + (8 * Cell);
                    sb.Append($"<line class=\"overflow-link\" x1=\"{ax}\" y1=\"{y + 7}\" x2=\"{ax + 12}\" y2=\"{y + 7}\" stroke=\"#b15928\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>");
                    bucket = next;
                    bx = ax + 14;
                }
            }

            if (a.Base > MaxBuckets)
            {
                sb.Append($"<text x=\"{x0}\" y=\"{100 + (MaxBuckets * (Cell + 6)) + 12}\" fill=\"#555\">… {(a.Base - MaxBuckets).ToString("N0", CultureInfo.InvariantCulture)} more buckets</text>");
            }

            sb.Append("</g>");
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>Swiss map: directory entries on the left, arrows to the distinct tables, groups with control bytes.</summary>
    public static string Swiss(SwissSnapshot s, string title)
    {
        var tables = s.Small is { } small ? [small] : s.Tables;
        var shown = tables.Take(MaxTables).ToList();
        var tableHeights = shown.Select(t => 22 + (Math.Min(t.Ctrl.Length, MaxGroups) * (Cell + 3)) + (t.Ctrl.Length > MaxGroups ? 14 : 0)).ToList();
        var dirShown = Math.Min(s.Directory.Length, MaxDirectory);
        var height = Math.Max(110 + tableHeights.Sum() + (shown.Count * 12), 110 + (dirShown * (Cell + 4))) + 40;
        var width = 640;
        var sb = Begin("swiss-map", title, width, height);
        sb.Append($"<text x=\"10\" y=\"40\" font-size=\"12\">len {s.Count.ToString(CultureInfo.InvariantCulture)} · {(s.Small is not null ? "small map (one group, no directory)" : $"directory {s.Directory.Length} entries (globalDepth {s.GlobalDepth}) · {s.Tables.Count} tables")} · group {s.GroupSize} B</text>");
        Legend(sb, 10, 58, [("#2ca25f", "full (shade = h2)"), ("#fff", "empty 0x80"), ("#e41a1c", "deleted 0xFE")]);

        // Tables, stacked on the right.
        var tableY = new List<double>();
        var y = 96.0;
        var tx = 190;
        for (var ti = 0; ti < shown.Count; ti++)
        {
            var t = shown[ti];
            tableY.Add(y);
            var label = s.Small is not null ? "small map group" : $"table {ti}: capacity {t.Capacity}, used {t.Used}, growthLeft {t.GrowthLeft}, localDepth {t.LocalDepth}";
            sb.Append($"<g class=\"table\" data-table=\"{ti}\"><text x=\"{tx}\" y=\"{Svg.N(y + 12)}\" font-weight=\"600\">{Svg.Escape(label)}</text>");
            for (var g = 0; g < Math.Min(t.Ctrl.Length, MaxGroups); g++)
            {
                var gy = y + 20 + (g * (Cell + 3));
                sb.Append($"<g class=\"group\"><text x=\"{tx}\" y=\"{Svg.N(gy + 11)}\" font-size=\"10\" fill=\"#555\">g{g}</text>");
                for (var i = 0; i < 8; i++)
                {
                    var c = (byte)(t.Ctrl[g] >> (8 * i));
                    var (fill, state) = CtrlStyle(c);
                    sb.Append($"<rect class=\"cell {state}\" x=\"{tx + 28 + (i * Cell)}\" y=\"{Svg.N(gy)}\" width=\"{Cell}\" height=\"{Cell}\" fill=\"{fill}\" stroke=\"#999\" stroke-width=\"0.5\"><title>{Svg.Escape($"table {ti} group {g} slot {i}: ctrl 0x{c:x2} ({state})")}</title></rect>");
                }

                sb.Append($"<rect x=\"{tx + 28}\" y=\"{Svg.N(gy)}\" width=\"{8 * Cell}\" height=\"{Cell}\" fill=\"none\" stroke=\"#333\"/></g>");
            }

            if (t.Ctrl.Length > MaxGroups)
            {
                sb.Append($"<text x=\"{tx + 28}\" y=\"{Svg.N(y + 20 + (MaxGroups * (Cell + 3)) + 10)}\" fill=\"#555\">… {t.Ctrl.Length - MaxGroups} more groups</text>");
            }

            sb.Append("</g>");
            y += tableHeights[ti] + 12;
        }

        if (tables.Count > MaxTables)
        {
            sb.Append($"<text x=\"{tx}\" y=\"{Svg.N(y + 6)}\" fill=\"#555\">… {tables.Count - MaxTables} more tables</text>");
        }

        // Directory, with an arrow from each shown entry to its table.
        if (s.Small is null && s.Directory.Length > 0)
        {
            sb.Append("<g class=\"directory\"><text x=\"10\" y=\"92\" font-weight=\"600\">directory</text>");
            for (var d = 0; d < dirShown; d++)
            {
                var dy = 100 + (d * (Cell + 4));
                var target = s.Directory[d];
                sb.Append($"<rect class=\"dir-entry\" x=\"10\" y=\"{dy}\" width=\"44\" height=\"{Cell}\" fill=\"#f5f5f5\" stroke=\"#333\"><title>directory[{d}] → table {target}</title></rect><text x=\"14\" y=\"{dy + 11}\" font-size=\"10\">[{d}]</text>");
                if (target < shown.Count)
                {
                    sb.Append($"<line x1=\"54\" y1=\"{dy + 7}\" x2=\"{tx - 6}\" y2=\"{Svg.N(tableY[target] + 8)}\" stroke=\"#6a51a3\" stroke-opacity=\"0.6\" marker-end=\"url(#arrow)\"/>");
                }
            }

            if (s.Directory.Length > dirShown)
            {
                sb.Append($"<text x=\"10\" y=\"{100 + (dirShown * (Cell + 4)) + 12}\" fill=\"#555\">… {s.Directory.Length - dirShown} more</text>");
            }

            sb.Append("</g>");
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    private static StringBuilder Begin(string kind, string title, double width, double height)
    {
        var sb = new StringBuilder();
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gort-picture\" data-picture=\"{kind}\" width=\"{Svg.N(width)}\" height=\"{Svg.N(height)}\" viewBox=\"0 0 {Svg.N(width)} {Svg.N(height)}\" role=\"img\" font-family=\"system-ui, sans-serif\" font-size=\"12\">");
        sb.Append($"<title>{Svg.Escape(title)}</title>");
        sb.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto-start-reverse\"><path d=\"M0 0L10 5L0 10z\" fill=\"#555\"/></marker></defs>");
        sb.Append($"<rect width=\"{Svg.N(width)}\" height=\"{Svg.N(height)}\" fill=\"#fff\"/>");
        sb.Append($"<text x=\"10\" y=\"20\" font-size=\"14\" font-weight=\"600\">{Svg.Escape(title)}</text>");
        return sb;
    }

    private static void Legend(StringBuilder sb, double x, double y, (string Fill, string Label)[] items)
    {
        sb.Append("<g class=\"legend\">");
        foreach (var (fill, label) in items)
        {
            sb.Append($"<rect x=\"{Svg.N(x)}\" y=\"{Svg.N(y)}\" width=\"12\" height=\"12\" fill=\"{fill}\" stroke=\"#999\"/><text x=\"{Svg.N(x + 16)}\" y=\"{Svg.N(y + 10)}\" font-size=\"11\">{Svg.Escape(label)}</text>");
            x += 28 + (label.Length * 6);
        }

        sb.Append("</g>");
    }

    private static (string Fill, string State) TophashStyle(byte top) => top switch
    {
        0 => ("#fff", "emptyRest"),
        1 => ("#e6e6e6", "emptyOne"),
        2 => ("#9ecae1", "evacuatedX"),
        3 => ("#fdae6b", "evacuatedY"),
        4 => ("#cfcfcf", "evacuatedEmpty"),
        _ => ($"hsl(212, 70%, {35 + (top % 32)}%)", "full"),
    };

    private static (string Fill, string State) CtrlStyle(byte c) => c switch
    {
        0x80 => ("#fff", "empty"),
        0xFE => ("#e41a1c", "deleted"),
        _ when c < 0x80 => ($"hsl(150, 55%, {28 + (c % 32)}%)", "full"),
        _ => ("#000", "invalid"),
    };
}
