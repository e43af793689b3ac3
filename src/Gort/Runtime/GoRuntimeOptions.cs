using Gort.Versions;

namespace Gort.Runtime;

/// <summary>How a <see cref="GoRuntime"/> behaves.</summary>
public sealed class GoRuntimeOptions
{
    /// <summary>The Go release whose rules apply; the newest by default.</summary>
    public GoVersion Version { get; init; } = GoVersion.Latest;

    /// <summary>Whether slices and maps record their allocations in <see cref="GoRuntime.Heap"/>.</summary>
    public bool Accounting { get; init; }

    /// <summary>Whether the heap keeps every allocation record (for reports and profiles).</summary>
    public bool KeepRecords { get; init; }

    /// <summary>Whether each allocation records the first caller outside Gort (a stack walk each: slow).</summary>
    public bool CaptureCallSites { get; init; }

    /// <summary>
    /// A fixed seed for the runtime's random source (map hash seeds, iteration start points), for reproducible lab
    /// runs; <see langword="null"/> for a random one, as Go.
    /// </summary>
    public ulong? Seed { get; init; }
}
