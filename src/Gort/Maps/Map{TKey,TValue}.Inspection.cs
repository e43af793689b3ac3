using Gort.Maps.Classic;
using Gort.Maps.Inspection;
using Gort.Maps.Swiss;

namespace Gort.Maps;

/// <summary>The inspection API: read-only views of the engine's internals, for the lab, pictures and tests.</summary>
public readonly partial struct Map<TKey, TValue>
{
    /// <summary>
    /// Whether a classic map is evacuating its old buckets (cheap: no copy). Always false for a Swiss map, which grows
    /// at once, and for a nil map.
    /// </summary>
    public bool IsGrowing => _engine is ClassicMap<TKey, TValue> { IsGrowing: true };

    /// <summary>
    /// A copy of the engine's internals (bucket arrays with every tophash byte, or the directory, tables and control
    /// words); <see langword="null"/> for a nil map. Costs a copy of the metadata: for a summary use <see cref="Inspect"/>.
    /// </summary>
    public MapSnapshot? Snapshot() => _engine switch
    {
        null => null,
        ClassicMap<TKey, TValue> classic => classic.Snapshot(),
        SwissMap<TKey, TValue> swiss => swiss.Snapshot(),
        _ => throw new InvalidOperationException("unknown map engine"),
    };

    /// <summary>
    /// A summary with at least the fields of <see cref="MapState.EventRow"/>, cheap enough to take after every
    /// allocating insert (the lab's timeline): a Swiss map leaves out the totals that need a walk over every table
    /// (<c>GrowthLeft</c> and <c>Tombstones</c> are <see langword="null"/>). <see langword="null"/> for a nil map.
    /// </summary>
    public MapState? InspectTimeline() => _engine?.InspectTimeline();
}
