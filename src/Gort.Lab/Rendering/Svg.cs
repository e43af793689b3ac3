using System.Globalization;
using System.Net;

namespace Gort.Lab.Rendering;

/// <summary>Small helpers for writing SVG by hand: escaping, number formatting, the colour palette.</summary>
public static class Svg
{
    /// <summary>A palette that stays distinguishable for up to 10 series (and for common colour-vision deficiencies).</summary>
    public static IReadOnlyList<string> Palette { get; } =
        ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"];

    /// <summary>Escapes text for element content and attribute values.</summary>
    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A coordinate with at most two decimals, invariant culture.</summary>
    public static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The palette colour of series <paramref name="index"/>.</summary>
    public static string Color(int index) => index < 0 ? "#444" : Palette[index % Palette.Count];
}
