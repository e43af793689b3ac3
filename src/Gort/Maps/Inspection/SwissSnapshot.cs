namespace Gort.Maps.Inspection;

/// <summary>A Swiss map's internals at one moment: directory, distinct tables and their control words.</summary>
public sealed record SwissSnapshot : MapSnapshot
{
    /// <summary><c>globalDepth</c>: the directory has 2^GlobalDepth entries (0 for a small map).</summary>
    public required int GlobalDepth { get; init; }

    /// <summary>For each directory entry, the index of its table in <see cref="Tables"/>.</summary>
    public required int[] Directory { get; init; }

    /// <summary>Distinct tables in directory order (empty for a small map).</summary>
    public required IReadOnlyList<SwissTableSnapshot> Tables { get; init; }

    /// <summary>The small map's group (null once the map has tables, or before the first insert).</summary>
    public required SwissTableSnapshot? Small { get; init; }

    /// <summary>Bytes per group (see <see cref="Swiss.SwissLayout"/>).</summary>
    public required long GroupSize { get; init; }

    /// <summary>Whether the group type has pointers.</summary>
    public required bool GroupPointers { get; init; }
}
