using Gort.Memory;
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

    /// <summary>
    /// Whether the heap tracks the owners of allocations for liveness, so that GC cycles (each forcing a full .NET
    /// collection) free dead objects: <c>HeapAlloc</c>, <c>Frees</c>, <c>HeapInuse</c> and the pacer then behave as in
    /// Go. Off by default (accounting counts allocations only and never frees).
    /// </summary>
    public bool TrackLiveness { get; init; }

    /// <summary>GOGC: 100 by default; a negative value is <c>off</c> (see <see cref="ParseGoGC"/>).</summary>
    public int GcPercent { get; init; } = 100;

    /// <summary>
    /// Subscribers added to the heap before anything is allocated (<see cref="GoHeap.AddListener"/>): for example
    /// <c>Gort.Observability</c>'s <c>GcTraceWriter</c> (<c>GODEBUG=gctrace=1</c>) and <c>AllocationProfile</c> (pprof).
    /// </summary>
    public IReadOnlyList<IHeapListener> Listeners { get; init; } = [];

    /// <summary>Parses a GOGC value as Go does: an integer percentage, or <c>off</c> (returned as -1).</summary>
    /// <exception cref="FormatException">Neither an integer nor <c>off</c>.</exception>
    public static int ParseGoGC(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text == "off")
        {
            return -1;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? Math.Max(value, -1)
            : throw new FormatException($"GOGC={text}: want an integer percentage or off");
    }
}
