namespace Gort.Memory;

/// <summary>
/// A snapshot of the simulated heap shaped like Go's <c>runtime.MemStats</c>: same field names, same units, same
/// counting rules (tiny sub-allocations count in both <see cref="Mallocs"/> and <see cref="Frees"/>).
/// </summary>
public sealed class MemStats
{
    /// <summary>Bytes of allocated heap objects (<c>TotalAlloc</c> minus bytes freed).</summary>
    public ulong Alloc { get; init; }

    /// <summary>Cumulative bytes allocated for heap objects (slot sizes, pages, tiny blocks).</summary>
    public ulong TotalAlloc { get; init; }

    /// <summary>Cumulative count of heap objects allocated, tiny sub-allocations included.</summary>
    public ulong Mallocs { get; init; }

    /// <summary>Cumulative count of heap objects freed (tiny sub-allocations are counted here at once, as Go does).</summary>
    public ulong Frees { get; init; }

    /// <summary>Same as <see cref="Alloc"/>.</summary>
    public ulong HeapAlloc => Alloc;

    /// <summary>Live heap objects: <see cref="Mallocs"/> minus <see cref="Frees"/>.</summary>
    public ulong HeapObjects => Mallocs - Frees;

    /// <summary>
    /// Bytes in spans that hold at least one object not yet swept (small objects in spans of their size class,
    /// large objects in spans of their own; Gort's span placement is simplified, see docs/observability.md).
    /// </summary>
    public ulong HeapInuse { get; init; }

    /// <summary>Completed GC cycles.</summary>
    public uint NumGC { get; init; }

    /// <summary>The heap size the next GC cycle aims for (<c>NextGC</c>).</summary>
    public ulong NextGC { get; init; }

    /// <summary>Cycles forced by <c>runtime.GC()</c> (<see cref="GoHeap.Collect"/>).</summary>
    public uint NumForcedGC { get; init; }

    /// <summary>When the last cycle ended, in nanoseconds since the Unix epoch (wall clock of the simulation; 0 before any).</summary>
    public ulong LastGC { get; init; }

    /// <summary>Not modelled: always 0 (Gort's GC has no CPU time of its own).</summary>
    public double GCCPUFraction { get; init; }

    /// <summary>Not modelled: always 0 (Gort has no real stop-the-world pauses to measure).</summary>
    public ulong PauseTotalNs { get; init; }

    /// <summary>Per size class statistics, 61 entries like Go's <c>BySize</c> (classes above 60 are not reported).</summary>
    public IReadOnlyList<MemStatsBySize> BySize { get; init; } = [];
}
