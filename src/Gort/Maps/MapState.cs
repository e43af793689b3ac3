namespace Gort.Maps;

/// <summary>
/// A snapshot of a map's internal state, for the lab and tests. Each engine derives its own record with the fields
/// Go's runtime has (classic: B, noverflow, nevacuate…; Swiss: dirLen, globalDepth, tables…).
/// </summary>
public abstract record MapState
{
    /// <summary>The engine name: <c>classic</c> or <c>swiss</c>.</summary>
    public abstract string Engine { get; }

    /// <summary><c>len(m)</c>.</summary>
    public required long Count { get; init; }

    /// <summary>
    /// The values whose change makes a new row in <c>gort map</c>'s event timeline (classic:
    /// <c>[count, B, growing, sameSizeGrow, noverflow, nevacuate]</c>; Swiss:
    /// <c>[count, dirLen, globalDepth, tables, capacity, hist]</c>), in the order the JSON <c>events</c> rows use.
    /// </summary>
    public abstract IReadOnlyList<object> EventRow();

    /// <summary>Whether a change from <paramref name="previous"/> to this state starts a new timeline row.</summary>
    public abstract bool IsNewEvent(MapState previous);
}
