namespace Gort.Lab.Footprint;

/// <summary>How the structure whose footprint is asked for was built.</summary>
public sealed record FootprintOptions
{
    /// <summary>Elements (slice) or distinct keys (map) it holds.</summary>
    public long N { get; init; }

    /// <summary>
    /// Maps: the <c>make(map[K]V, hint)</c> hint (0: <c>make(map[K]V)</c>). Slices: the cap of <c>make([]T, 0, hint)</c>
    /// the elements are appended to (0: a nil slice). Elements are always added one at a time.
    /// </summary>
    public long Hint { get; init; }

    /// <summary>Whether the structure escapes to the heap (the usual case); false lets the compiler use the stack.</summary>
    public bool Escapes { get; init; } = true;
}
