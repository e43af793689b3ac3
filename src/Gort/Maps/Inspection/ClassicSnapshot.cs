namespace Gort.Maps.Inspection;

/// <summary>
/// A classic map's internals at one moment (<c>hmap</c>, bucket arrays, <c>mapextra</c>), read from the engine for
/// the lab's pictures and for checking the footprint model against the simulation.
/// </summary>
public sealed record ClassicSnapshot : MapSnapshot
{
    /// <summary><c>hmap.B</c>: log2 of the number of main buckets.</summary>
    public required int B { get; init; }

    /// <summary>Bytes per bucket (<c>t.BucketSize</c>, see <see cref="Classic.ClassicLayout"/>).</summary>
    public required long BucketSize { get; init; }

    /// <summary>Whether the bucket type has pointers.</summary>
    public required bool BucketPointers { get; init; }

    /// <summary>The current bucket array (<c>hmap.buckets</c>); null before the first bucket is allocated.</summary>
    public required BucketArraySnapshot? Buckets { get; init; }

    /// <summary>The array being evacuated (<c>hmap.oldbuckets</c>); null when the map is not growing.</summary>
    public required BucketArraySnapshot? OldBuckets { get; init; }

    /// <summary><c>hmap.nevacuate</c>: old buckets below this index are evacuated.</summary>
    public required long NEvacuate { get; init; }

    /// <summary>Whether the growth in progress is a same-size grow (too many overflow buckets).</summary>
    public required bool SameSizeGrow { get; init; }

    /// <summary><c>hmap.noverflow</c>: Go's approximate overflow-bucket count.</summary>
    public required int NOverflow { get; init; }

    /// <summary>Whether <c>hmap.extra</c> was allocated.</summary>
    public required bool HasExtra { get; init; }

    /// <summary>Whether <c>extra.overflow</c> (the slice keeping overflow buckets alive) exists.</summary>
    public required bool HasOverflowList { get; init; }

    /// <summary>The capacity of <c>extra.overflow</c>.</summary>
    public required long OverflowListCapacity { get; init; }

    /// <summary>Whether <c>extra.oldoverflow</c> exists (during a grow).</summary>
    public required bool HasOldOverflowList { get; init; }

    /// <summary>The capacity of <c>extra.oldoverflow</c>.</summary>
    public required long OldOverflowListCapacity { get; init; }
}
