using Gort.Maps.Classic;

namespace Gort.Lab.Footprint.Internal;

/// <summary>
/// How long a classic map keeps its old bucket array after a grow: the probability that evacuation is still running
/// <c>t</c> inserts after the grow started (the grow-triggering insert counts as the first).
/// </summary>
/// <remarks>
/// Each insert runs <c>growWork</c>: evacuate the old bucket the new key hashes to, then the bucket at
/// <c>nevacuate</c>; <c>advanceEvacuationMark</c> (<c>runtime/map.go</c>) moves <c>nevacuate</c> past evacuated buckets
/// (at most 1024 per call), and the grow ends when it reaches the old bucket count. So at least ⌈n/2⌉ and at most about n
/// inserts are needed. For up to 4096 old buckets the probability is estimated by replaying that process 256 times
/// with uniformly random bucket choices (fixed seed); above, the fluid limit (dx/dτ = 2 − x ⇒ end at τ = ln 2) is used.
/// </remarks>
internal static class Evacuation
{
    private const int MonteCarloLimit = 4096;
    private const int Trials = 256;

    public static double StillGrowing(long oldBuckets, long t)
    {
        if (t >= oldBuckets)
        {
            return 0;
        }

        if (2 * t < oldBuckets)
        {
            return 1;
        }

        if (oldBuckets > MonteCarloLimit)
        {
            return t < oldBuckets * Math.Log(2) ? 1 : 0;
        }

        var n = (int)oldBuckets;
        var rng = new Random(20241121);
        var evacuated = new bool[n];
        var growing = 0;
        for (var trial = 0; trial < Trials; trial++)
        {
            Array.Clear(evacuated);
            var nevacuate = 0;
            for (var step = 0; step < t && nevacuate < n; step++)
            {
                Evacuate(evacuated, rng.Next(n), ref nevacuate);
                if (nevacuate < n)
                {
                    Evacuate(evacuated, nevacuate, ref nevacuate);
                }
            }

            if (nevacuate < n)
            {
                growing++;
            }
        }

        return (double)growing / Trials;
    }

    private static void Evacuate(bool[] evacuated, int bucket, ref int nevacuate)
    {
        evacuated[bucket] = true;
        if (bucket != nevacuate)
        {
            return;
        }

        nevacuate++;
        var stop = Math.Min(nevacuate + ClassicLayout.EvacuationMarkStride, evacuated.Length);
        while (nevacuate != stop && evacuated[nevacuate])
        {
            nevacuate++;
        }
    }
}
