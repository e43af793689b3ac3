namespace Gort.Lab.Inspection;

/// <summary>A Swiss map's internals at one moment: directory, distinct tables and their control words.</summary>
internal sealed record SwissSnapshot
{
    public required long Count { get; init; }

    public required int GlobalDepth { get; init; }

    /// <summary>For each directory entry, the index of its table in <see cref="Tables"/>.</summary>
    public required int[] Directory { get; init; }

    /// <summary>Distinct tables in directory order (empty for a small map).</summary>
    public required IReadOnlyList<SwissTableSnapshot> Tables { get; init; }

    /// <summary>The small map's group (null once the map has tables, or before the first insert).</summary>
    public required SwissTableSnapshot? Small { get; init; }

    public required long GroupSize { get; init; }

    public required bool GroupPointers { get; init; }
}
