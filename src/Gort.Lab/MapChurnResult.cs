using Gort.Maps;
using Gort.Versions;

namespace Gort.Lab;

/// <summary>What <see cref="MapChurn.Run"/> measured: the churn phase's allocations and structural changes.</summary>
public sealed record MapChurnResult
{
    /// <summary>The Go version simulated.</summary>
    public required GoVersion Version { get; init; }

    /// <summary>The Go map type, such as <c>map[int]int</c>.</summary>
    public required string MapType { get; init; }

    /// <summary>N: live keys.</summary>
    public required int Live { get; init; }

    /// <summary>K: delete-oldest/insert-new cycles.</summary>
    public required int Cycles { get; init; }

    /// <summary>Objects allocated during the churn (<c>MemStats.Mallocs</c> delta).</summary>
    public required ulong Mallocs { get; init; }

    /// <summary>Bytes allocated during the churn (<c>MemStats.TotalAlloc</c> delta).</summary>
    public required ulong TotalAlloc { get; init; }

    /// <summary>The state after the inserts, before the churn.</summary>
    public required MapState Before { get; init; }

    /// <summary>The state after the churn.</summary>
    public required MapState After { get; init; }

    /// <summary>Each structural change during the churn (a grow or split; classic: growth start/end).</summary>
    public required IReadOnlyList<MapChurnEvent> Events { get; init; }
}
