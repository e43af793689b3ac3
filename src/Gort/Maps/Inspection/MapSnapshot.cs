namespace Gort.Maps.Inspection;

/// <summary>
/// A copy of a map's internals at one moment, down to every bucket's tophash bytes or every group's control word:
/// a <see cref="ClassicSnapshot"/> or a <see cref="SwissSnapshot"/>, from <see cref="Map{TKey, TValue}.Snapshot"/>.
/// </summary>
/// <remarks>
/// The public inspection API: what the lab draws and what its footprint model is checked against. Taking one copies
/// the engine's metadata (not keys or values) and never changes the map. For a summary (B, load, growth state) use
/// <see cref="Map{TKey, TValue}.Inspect"/>.
/// </remarks>
public abstract record MapSnapshot
{
    private protected MapSnapshot()
    {
    }

    /// <summary>Entries in the map (<c>len(m)</c>).</summary>
    public required long Count { get; init; }
}
