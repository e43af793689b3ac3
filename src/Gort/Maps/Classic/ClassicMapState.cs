using System.Text.Json.Serialization;

namespace Gort.Maps.Classic;

/// <summary>The state of a classic (<c>hmap</c>) map, as Go's runtime holds it.</summary>
public sealed record ClassicMapState : MapState
{
    /// <inheritdoc/>
    public override string Engine => "classic";

    /// <summary>log2 of the number of buckets.</summary>
    [JsonPropertyName("B")]
    public required int B { get; init; }

    /// <summary>Whether a grow is in progress (<c>oldbuckets != nil</c>).</summary>
    public required bool Growing { get; init; }

    /// <summary>Whether the grow in progress is a same-size grow (too many overflow buckets).</summary>
    public required bool SameSizeGrow { get; init; }

    /// <summary><c>noverflow</c>: the approximate overflow-bucket count (probabilistic from B = 16).</summary>
    [JsonPropertyName("noverflow")]
    public required int NOverflow { get; init; }

    /// <summary><c>nevacuate</c>: old buckets below this index are evacuated.</summary>
    [JsonPropertyName("nevacuate")]
    public required long NEvacuate { get; init; }

    /// <summary><c>t.BucketSize</c> in bytes.</summary>
    public required long BucketSize { get; init; }

    /// <summary>Buckets in the current array including preallocated overflow buckets (0 before the lazy first bucket).</summary>
    public required long BucketArrayLength { get; init; }

    /// <summary>Overflow buckets in use (chained to a bucket of the current or old array).</summary>
    public required long OverflowBuckets { get; init; }

    /// <summary>The hash seed <c>hash0</c>.</summary>
    [JsonPropertyName("hash0")]
    public required uint Hash0 { get; init; }

    /// <summary>The raw <c>flags</c> byte (iterator 1, oldIterator 2, hashWriting 4, sameSizeGrow 8).</summary>
    public required int Flags { get; init; }

    /// <summary>Whether <c>mapextra</c> has been allocated.</summary>
    public required bool HasExtra { get; init; }

    /// <summary>Whether preallocated overflow buckets remain (<c>extra.nextOverflow != nil</c>).</summary>
    public required bool HasNextOverflow { get; init; }

    /// <summary><c>len(*extra.overflow)</c> for pointer-free buckets; −1 when there is no list.</summary>
    public required long OverflowListLength { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<object> EventRow() => [Count, B, Growing, SameSizeGrow, NOverflow, NEvacuate];

    /// <inheritdoc/>
    public override bool IsNewEvent(MapState previous) =>
        previous is not ClassicMapState p || p.B != B || p.Growing != Growing || p.SameSizeGrow != SameSizeGrow;
}
