using System.Globalization;
using System.Text;
using Gort.Lab.Scenarios;

namespace Gort.Lab.Rendering;

/// <summary>
/// A picture of a slice scenario: each backing array as a row of cells, and under it one bar per slice that points
/// into it — solid over its len, hatched over the rest of its cap.
/// </summary>
public static class SlicesPicture
{
    private const int Cell = 34;
    private const int MaxCells = 40;

    /// <summary>Renders <paramref name="result"/> as SVG.</summary>
    public static string Svg(SliceScenarioResult result, string title)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rowsPerArray = result.Arrays.Select((a, i) => result.Variables.Count(v => v.Array == i)).ToList();
        var nilVars = result.Variables.Where(v => v.Array < 0).ToList();
        var cells = result.Arrays.Count == 0 ? 1 : Math.Min(MaxCells, result.Arrays.Max(a => a.Length));
        var width = Math.Max(560, 150 + (cells * Cell) + 260);
        var height = 50 + result.Arrays.Select((a, i) => 74 + (rowsPerArray[i] * 24)).Sum() + (nilVars.Count * 20) + 20;
        var sb = new StringBuilder();
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gort-picture\" data-picture=\"slices\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" font-family=\"system-ui, sans-serif\" font-size=\"12\">");
        sb.Append($"<title>{Rendering.Svg.Escape(title)}</title><rect width=\"{width}\" height=\"{height}\" fill=\"#fff\"/>");
        sb.Append("<defs><pattern id=\"spare\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#999\" stroke-width=\"2\"/></pattern></defs>");
        sb.Append($"<text x=\"10\" y=\"20\" font-size=\"14\" font-weight=\"600\">{Rendering.Svg.Escape(title)}</text>");
        var y = 44;
        for (var ai = 0; ai < result.Arrays.Count; ai++)
        {
            var a = result.Arrays[ai];
            sb.Append($"<g class=\"backing-array\" data-array=\"{ai}\">");
            sb.Append($"<text x=\"10\" y=\"{y + 12}\" font-weight=\"600\">array #{ai + 1}: {a.Length} × {result.ElemType} ({a.Bytes.ToString("N0", CultureInfo.InvariantCulture)} B on the heap) — from {Rendering.Svg.Escape(a.Origin)}</text>");
            var cy = y + 30;
            for (var i = 0; i < Math.Min(a.Length, MaxCells); i++)
            {
                var x = 150 + (i * Cell);
                sb.Append($"<rect class=\"element\" x=\"{x}\" y=\"{cy}\" width=\"{Cell}\" height=\"22\" fill=\"#f7f7f7\" stroke=\"#666\"><title>array #{ai + 1}[{i}] = {Rendering.Svg.Escape(a.Values[i])}</title></rect>");
                sb.Append($"<text x=\"{x + (Cell / 2)}\" y=\"{cy + 15}\" text-anchor=\"middle\" font-size=\"11\">{Rendering.Svg.Escape(Short(a.Values[i]))}</text>");
                sb.Append($"<text x=\"{x + (Cell / 2)}\" y=\"{cy - 2}\" text-anchor=\"middle\" font-size=\"8\" fill=\"#888\">{i}</text>");
            }

            if (a.Length > MaxCells)
            {
                sb.Append($"<text x=\"{150 + (MaxCells * Cell) + 4}\" y=\"{cy + 15}\">… {a.Length - MaxCells} more</text>");
            }

            var ry = cy + 30;
            var vi = 0;
            foreach (var v in result.Variables.Where(v => v.Array == ai))
            {
                var color = Rendering.Svg.Color(result.Variables.ToList().IndexOf(v));
                var x0 = 150 + (Math.Min(v.Offset, MaxCells) * Cell);
                var lenW = (Math.Min(v.Offset + v.Len, MaxCells) - Math.Min(v.Offset, MaxCells)) * Cell;
                var capW = (Math.Min(v.Offset + v.Cap, MaxCells) - Math.Min(v.Offset + v.Len, MaxCells)) * Cell;
                var tip = $"{v.Name} := {v.Source}: len {v.Len}, cap {v.Cap}, starts at array #{ai + 1}[{v.Offset}] = [{string.Join(" ", v.Values)}]";
                sb.Append($"<g class=\"slice\" data-slice=\"{Rendering.Svg.Escape(v.Name)}\"><title>{Rendering.Svg.Escape(tip)}</title>");
                sb.Append($"<text x=\"10\" y=\"{ry + 12}\" fill=\"{color}\" font-weight=\"600\">{Rendering.Svg.Escape(v.Name)}</text><text x=\"34\" y=\"{ry + 12}\" fill=\"#444\">len {v.Len} cap {v.Cap}</text>");
                if (lenW > 0)
                {
                    sb.Append($"<rect class=\"len\" x=\"{x0}\" y=\"{ry}\" width=\"{lenW}\" height=\"16\" fill=\"{color}\" fill-opacity=\"0.8\"/>");
                }

                if (capW > 0)
                {
                    sb.Append($"<rect class=\"cap\" x=\"{x0 + lenW}\" y=\"{ry}\" width=\"{capW}\" height=\"16\" fill=\"url(#spare)\" stroke=\"{color}\"/>");
                }

                if (lenW == 0 && capW == 0)
                {
                    sb.Append($"<line x1=\"{x0}\" y1=\"{ry}\" x2=\"{x0}\" y2=\"{ry + 16}\" stroke=\"{color}\" stroke-width=\"3\"/>");
                }

                sb.Append("</g>");
                ry += 24;
                vi++;
            }

            sb.Append("</g>");
            y += 74 + (vi * 24);
        }

        foreach (var v in nilVars)
        {
            sb.Append($"<g class=\"slice nil\" data-slice=\"{Rendering.Svg.Escape(v.Name)}\"><text x=\"10\" y=\"{y + 12}\">{Rendering.Svg.Escape(v.Name)}: nil slice (len 0, cap 0, no backing array)</text></g>");
            y += 20;
        }

        sb.Append($"<text x=\"10\" y=\"{height - 6}\" font-size=\"11\" fill=\"#555\">solid: len · hatched: the rest of cap (visible to append, not to indexing)</text>");
        sb.Append("</svg>");
        return sb.ToString();
    }

    private static string Short(string s) => s.Length <= 5 ? s : s[..4] + "…";
}
