namespace Gort.Lab.Rendering;

/// <summary>One data point of a chart series.</summary>
/// <param name="X">The x value (in the x axis unit).</param>
/// <param name="Y">The y value (in the y axis unit).</param>
/// <param name="Tooltip">Text shown on hover (an SVG <c>&lt;title&gt;</c>); null for a default "x, y" text.</param>
public sealed record ChartPoint(double X, double Y, string? Tooltip = null);
