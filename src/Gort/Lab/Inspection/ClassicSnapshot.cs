namespace Gort.Lab.Inspection;

/// <summary>
/// A classic map's internals at one moment (<c>hmap</c>, bucket arrays, <c>mapextra</c>), read from the engine for
/// the lab's pictures and for checking the footprint model against the simulation.
/// </summary>
internal sealed record ClassicSnapshot
{
    public required long Count { get; init; }

    public required int B { get; init; }

    public required long BucketSize { get; init; }

    public required bool BucketPointers { get; init; }

    public required BucketArraySnapshot? Buckets { get; init; }

    public required BucketArraySnapshot? OldBuckets { get; init; }

    public required long NEvacuate { get; init; }

    public required bool SameSizeGrow { get; init; }

    public required int NOverflow { get; init; }

    public required bool HasExtra { get; init; }

    public required bool HasOverflowList { get; init; }

    public required long OverflowListCapacity { get; init; }

    public required bool HasOldOverflowList { get; init; }

    public required long OldOverflowListCapacity { get; init; }
}
