namespace Gort.Lab.Rendering;

/// <summary>A named line of a <see cref="LineChart"/>.</summary>
/// <param name="Name">Legend text.</param>
/// <param name="Points">Points in ascending x.</param>
/// <param name="Step">Draw as a step function (the value holds until the next point), as capacities do.</param>
/// <param name="Dashed">Draw with a dashed stroke.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points, bool Step = false, bool Dashed = false);
