namespace Gort.Lab.Footprint.Internal;

/// <summary>The best and worst point of a map's growth cycle, shared by the classic and Swiss footprint models.</summary>
internal static class GrowthCycle
{
    /// <summary>
    /// Returns <paramref name="result"/> with the candidate sizes that cost the least and the most bytes per entry.
    /// <paramref name="compute"/> evaluates one size (the result itself is reused for its own N).
    /// </summary>
    public static FootprintResult WithBestAndWorst(FootprintResult result, IEnumerable<long> candidates, Func<long, FootprintResult> compute)
    {
        FootprintCyclePoint? best = null, worst = null;
        foreach (var n in candidates)
        {
            var r = n == result.N ? result : compute(n);
            var point = new FootprintCyclePoint(n, r.Bytes, r.BytesPerEntry);
            if (best is null || point.BytesPerEntry < best.BytesPerEntry)
            {
                best = point;
            }

            if (worst is null || point.BytesPerEntry > worst.BytesPerEntry)
            {
                worst = point;
            }
        }

        return result with { Best = best, Worst = worst };
    }
}
