namespace Gort.Lab.Footprint;

/// <summary>A point of a map's growth cycle: an element count and the expected bytes per entry there.</summary>
/// <param name="N">Entries.</param>
/// <param name="Bytes">Expected bytes held.</param>
/// <param name="BytesPerEntry">Expected bytes per entry.</param>
public sealed record FootprintCyclePoint(long N, long Bytes, double BytesPerEntry);
