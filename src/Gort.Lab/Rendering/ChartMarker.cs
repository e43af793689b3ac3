namespace Gort.Lab.Rendering;

/// <summary>A highlighted point (a grow point, the N asked for) drawn as a ring with a tooltip.</summary>
/// <param name="X">The x value.</param>
/// <param name="Y">The y value.</param>
/// <param name="Label">Tooltip text.</param>
/// <param name="SeriesIndex">The series whose colour the ring takes (-1: neutral).</param>
public sealed record ChartMarker(double X, double Y, string Label, int SeriesIndex = -1);
