using Gort.Types;
using Gort.Versions;

namespace Gort.Lab.Footprint;

/// <summary>The bytes a slice or map holds at N elements, by part, with the hash-dependent range.</summary>
public sealed record FootprintResult
{
    /// <summary>The Go version modelled.</summary>
    public required GoVersion Version { get; init; }

    /// <summary>The slice or map type.</summary>
    public required GoType Type { get; init; }

    /// <summary>Elements or keys.</summary>
    public required long N { get; init; }

    /// <summary>How it was built.</summary>
    public required FootprintOptions Options { get; init; }

    /// <summary>Expected total bytes (the sum of <see cref="Parts"/>).</summary>
    public required long Bytes { get; init; }

    /// <summary>Bytes of the parts that live on the heap (what <c>MemStats.HeapAlloc</c> sees).</summary>
    public long HeapBytes => Parts.Where(p => p.OnHeap).Sum(p => p.Bytes);

    /// <summary>Bytes of the elements themselves: N·sizeof(T), or N·(sizeof(K)+sizeof(V)).</summary>
    public required long PayloadBytes { get; init; }

    /// <summary>The least total the hash can give (a 1-in-10,000 quantile; equal to <see cref="Bytes"/> when deterministic).</summary>
    public required long RangeLow { get; init; }

    /// <summary>The largest total the hash can give (a 1-in-10,000 quantile).</summary>
    public required long RangeHigh { get; init; }

    /// <summary>The components.</summary>
    public required IReadOnlyList<FootprintPart> Parts { get; init; }

    /// <summary>Slice: cap. Map: slots (classic: 8 per bucket of the main array; Swiss: table capacities, or 8 for a small map).</summary>
    public required long Capacity { get; init; }

    /// <summary>For maps: the point of the growth cycle around N with the fewest bytes per entry.</summary>
    public FootprintCyclePoint? Best { get; init; }

    /// <summary>For maps: the point of the growth cycle around N with the most bytes per entry.</summary>
    public FootprintCyclePoint? Worst { get; init; }

    /// <summary>Explanations: which rule produced the numbers, and what is approximated.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Whether every part is independent of the hash seed.</summary>
    public bool Deterministic => RangeLow == RangeHigh;

    /// <summary>Expected bytes per element (0 when N is 0).</summary>
    public double BytesPerEntry => N == 0 ? 0 : (double)Bytes / N;

    /// <summary>Payload over total bytes.</summary>
    public double PayloadRatio => Bytes == 0 ? 0 : (double)PayloadBytes / Bytes;
}
