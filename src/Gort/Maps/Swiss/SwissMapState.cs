namespace Gort.Maps.Swiss;

/// <summary>
/// The state of a Swiss map (Go 1.24+, <c>internal/runtime/maps.Map</c> and its tables), as <c>gort map</c> prints it
/// and as the oracle programs read it from real Go through <c>unsafe</c>.
/// </summary>
public sealed record SwissMapState : MapState
{
    /// <inheritdoc/>
    public override string Engine => "swiss";

    /// <summary>Directory entries: 0 for a small map (one group, no table), otherwise 2^globalDepth.</summary>
    public required int DirLen { get; init; }

    /// <summary>Top hash bits used to pick a directory entry.</summary>
    public required int GlobalDepth { get; init; }

    /// <summary>Distinct tables (0 for a small map).</summary>
    public required int Tables { get; init; }

    /// <summary>Total slots: the sum of table capacities, 8 for a small map with its group, 0 before the first insert.</summary>
    public required long Capacity { get; init; }

    /// <summary>
    /// Inserts left before some table must grow (summed over tables; <c>8 − count</c> for a small map);
    /// <see langword="null"/> in a timeline snapshot (<c>InspectTimeline</c>), which does not walk the tables.
    /// </summary>
    public required long? GrowthLeft { get; init; }

    /// <summary>Tombstones (deleted slots that still end no probe), summed over tables; <see langword="null"/> in a timeline snapshot.</summary>
    public required long? Tombstones { get; init; }

    /// <summary>Table capacities as <c>cap x count</c>, ascending and comma-separated like the oracle's: <c>512x1,1024x2</c>.</summary>
    public required string TableCapacityHist { get; init; }

    /// <summary>Table local depths as <c>depth x count</c> (<c>7x13,8x230</c>).</summary>
    public required string LocalDepthHist { get; init; }

    /// <summary>Whether the map has no group at all yet (Go's <c>dirPtr == nil</c>).</summary>
    public required bool DirPtrNil { get; init; }

    /// <summary>Go 1.25+: whether a delete may have left a tombstone (always false in 1.24, which has no such field).</summary>
    public required bool TombstonePossible { get; init; }

    /// <summary>Bytes per group (<c>8 + 8·slotSize</c>, or 16 when slots are empty).</summary>
    public required long GroupSize { get; init; }

    /// <summary>Bytes per slot (key, elem and padding; 8-byte pointers for indirect keys or elems).</summary>
    public required long SlotSize { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<object> EventRow() => [Count, DirLen, GlobalDepth, Tables, Capacity, TableCapacityHist];

    /// <inheritdoc/>
    public override bool IsNewEvent(MapState previous) =>
        previous is not SwissMapState p || p.DirLen != DirLen || p.GlobalDepth != GlobalDepth || p.Tables != Tables || p.Capacity != Capacity;
}
