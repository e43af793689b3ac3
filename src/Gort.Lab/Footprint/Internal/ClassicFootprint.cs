using System.Globalization;
using Gort.Maps.Classic;
using Gort.Memory;
using Gort.Slices;
using Gort.Types;
using Gort.Versions;

namespace Gort.Lab.Footprint.Internal;

/// <summary>
/// Footprint of a classic (hmap) map after N distinct keys were inserted one at a time into
/// <c>make(map[K]V, hint)</c> (<c>runtime/map.go</c>: <c>makemap</c>, <c>hashGrow</c>).
/// </summary>
/// <remarks>
/// Deterministic: the header, B (from the load factor, incl. 1.21's 6.0), the bucket array with its preallocated
/// overflow pool (<c>makeBucketArray</c>, <c>roundupsize</c>), <c>mapextra</c> for B ≥ 4, indirect keys/elems.
/// Hash-dependent: the overflow buckets each chain needs (a bucket with k keys needs ⌈k/8⌉ − 1), those beyond the
/// pool cost one <c>newobject(bucket)</c> each, and for pointer-free buckets the <c>[]*bmap</c> list that keeps them
/// alive; and, right after a grow, whether the old array is still held while evacuation runs. Keys per bucket are
/// Binomial(N, 2^−B); the overflow total is Poisson (mean below 30) or normal with the summed variance.
/// </remarks>
internal static class ClassicFootprint
{
    private const double TailQuantile = 1e-4;

    public static FootprintResult Compute(GoMapType type, GoVersion version, FootprintOptions options, bool withCycle = true)
    {
        var layout = new ClassicLayout(type);
        var n = options.N;
        var hint = options.Hint < 0 || options.Hint > SizeClasses.MaxAlloc / layout.BucketSize ? 0 : options.Hint;
        var bHint = BFor(hint, version);
        var b = Math.Max(bHint, BFor(n, version));
        var bucketPtrs = layout.BucketPointers;
        var bucketCharge = Charge.Bytes(layout.BucketSize, bucketPtrs, version);
        var parts = new List<FootprintPart>();
        var notes = new List<string>();
        long fixedLo = 0, fixedHi = 0;

        void Fixed(FootprintPart part)
        {
            parts.Add(part);
            fixedLo += part.Bytes;
            fixedHi += part.Bytes;
        }

        Fixed(new FootprintPart($"hmap header ({version.ClassicHmapSize} B)", 1, options.Escapes ? Charge.Bytes(version.ClassicHmapSize, true, version) : version.ClassicHmapSize, OnHeap: options.Escapes));

        // The main bucket array.
        long poolSize = 0;
        if (b == 0)
        {
            if (!options.Escapes)
            {
                Fixed(new FootprintPart("bucket (on the stack, B = 0)", 1, layout.BucketSize, OnHeap: false));
            }
            else if (n > 0)
            {
                Fixed(new FootprintPart("bucket (allocated at the first insert, B = 0)", 1, bucketCharge));
            }
        }
        else
        {
            var (nb, bytes) = BucketArray(b, layout, version);
            poolSize = nb - (1L << b);
            var what = poolSize > 0
                ? $"buckets: 2^{b} + {poolSize.ToString(CultureInfo.InvariantCulture)} preallocated overflow × {layout.BucketSize} B"
                : $"buckets: 2^{b} × {layout.BucketSize} B";
            Fixed(new FootprintPart(what, nb, bytes));
            if (b >= 4)
            {
                Fixed(new FootprintPart("mapextra (overflow bookkeeping)", 1, Charge.Bytes(ClassicLayout.MapExtraSize, true, version)));
            }
        }

        // Overflow buckets: hash-dependent.
        var overflow = OverflowDistribution(n, b);
        var extraIfNeeded = !bucketPtrs && b < 4;
        double eBeyond = 0, eBeyondBytes = 0, eList = 0, eListBytes = 0, eExtra = 0;
        if (overflow.Count > 1 || overflow.Value(0) > 0)
        {
            eBeyond = overflow.Expect(o => Math.Max(0, o - poolSize));
            eBeyondBytes = eBeyond * bucketCharge;
            if (!bucketPtrs)
            {
                eList = overflow.Expect(o => o > 0 ? 1 : 0);
                eListBytes = overflow.Expect(o => ListBytes(o, version));
                if (extraIfNeeded)
                {
                    eExtra = eList;
                }
            }

            parts.Add(new FootprintPart("overflow buckets beyond the preallocated pool (newobject each)", eBeyond, (long)Math.Round(eBeyondBytes), HashDependent: true));
            if (!bucketPtrs)
            {
                parts.Add(new FootprintPart("overflow list *[]*bmap (keeps noscan overflow buckets alive)", eList, (long)Math.Round(eListBytes), HashDependent: true));
                if (extraIfNeeded)
                {
                    parts.Add(new FootprintPart("mapextra (created by the first overflow)", eExtra, (long)Math.Round(eExtra * Charge.Bytes(ClassicLayout.MapExtraSize, true, version)), HashDependent: true));
                }
            }

            notes.Add($"overflow buckets depend on the hash seed: expected {overflow.Expect(o => o):0.#} in total (pool {poolSize}), 99.98% within [{overflow.Quantile(TailQuantile)}, {overflow.Quantile(1 - TailQuantile)}].");
        }

        long OverflowBytes(long o) =>
            (Math.Max(0, o - poolSize) * bucketCharge) +
            (!bucketPtrs ? ListBytes(o, version) + (extraIfNeeded && o > 0 ? Charge.Bytes(ClassicLayout.MapExtraSize, true, version) : 0) : 0);

        var lo = fixedLo + OverflowBytes(overflow.Quantile(TailQuantile));
        var hi = fixedHi + OverflowBytes(overflow.Quantile(1 - TailQuantile));

        // Mid-grow: the old array stays reachable until evacuation has visited every old bucket.
        var bStart = hint > 8 ? bHint : 0;
        if (b > bStart && n > 0)
        {
            var growAt = GrowPoint(b - 1, version);
            var t = n - growAt + 1;
            var oldBuckets = 1L << (b - 1);
            var p = Evacuation.StillGrowing(oldBuckets, t);
            if (p > 0)
            {
                var (oldBytes, oldLo, oldHi) = OldArrayBytes(b - 1, growAt - 1, layout, version, options, out var oldCount);
                parts.Add(new FootprintPart($"old buckets 2^{b - 1} (still evacuating, P = {p:0.###})", p * oldCount, (long)Math.Round(p * oldBytes), HashDependent: p < 1 || oldLo != oldHi));
                hi += oldHi;
                if (p >= 1)
                {
                    lo += oldLo;
                }

                notes.Add($"the grow to B = {b} started at insert {growAt}; evacuation takes {(oldBuckets + 1) / 2}..{oldBuckets} inserts, so the old array may still be held.");
            }
        }

        AddIndirect(parts, type, n, layout.IndirectKey, layout.IndirectElem, version);
        var indirect = parts.Where(x => x.What.StartsWith("indirect", StringComparison.Ordinal)).Sum(x => x.Bytes);
        lo += indirect;
        hi += indirect;
        notes.Add($"go {version.Name}: load factor {version.ClassicLoadFactorNum / (double)version.ClassicLoadFactorDen:0.0#}; B = {b} ({1L << b} buckets) holds up to {MaxCount(b, version).ToString("N0", CultureInfo.InvariantCulture)} keys; bucket = 8 + 8·{(layout.IndirectKey ? 8 : type.Key.Size)} + 8·{(layout.IndirectElem ? 8 : type.Elem.Size)} + 8 = {layout.BucketSize} B.");

        var total = parts.Sum(x => x.Bytes);
        var result = new FootprintResult
        {
            Version = version,
            Type = type,
            N = n,
            Options = options,
            Bytes = total,
            PayloadBytes = n * (type.Key.Size + type.Elem.Size),
            RangeLow = Math.Min(lo, total),
            RangeHigh = Math.Max(hi, total),
            Parts = parts,
            Capacity = 8L << b,
            Notes = notes,
        };

        if (withCycle && n > 0)
        {
            result = WithCycle(result, type, version, options, b, bStart);
        }

        return result;
    }

    /// <summary>The first count whose insert makes B grow from <paramref name="b"/> (9, 14, 27, 53, … at load 6.5).</summary>
    public static long GrowPoint(int b, GoVersion version) => MaxCount(b, version) + 1;

    /// <summary>The most keys B buckets hold without growing.</summary>
    public static long MaxCount(int b, GoVersion version) =>
        b == 0 ? 8 : Math.Max(8, version.ClassicLoadFactorNum * ((1L << b) / version.ClassicLoadFactorDen));

    /// <summary>The least B that holds <paramref name="count"/> keys (<c>overLoadFactor</c>).</summary>
    public static int BFor(long count, GoVersion version)
    {
        var b = 0;
        while (b < 62 && count > MaxCount(b, version))
        {
            b++;
        }

        return b;
    }

    /// <summary><c>makeBucketArray(b)</c>: the bucket count (incl. preallocated overflow) and the bytes charged.</summary>
    public static (long Buckets, long Bytes) BucketArray(int b, ClassicLayout layout, GoVersion version)
    {
        var nb = 1L << b;
        if (b >= 4)
        {
            nb += 1L << (b - 4);
            var sz = layout.BucketSize * nb;
            var up = Allocator.RoundUpSize(sz, !layout.BucketPointers, version);
            if (up != sz)
            {
                nb = up / layout.BucketSize;
            }
        }

        return (nb, Charge.Bytes(nb * layout.BucketSize, layout.BucketPointers, version));
    }

    internal static void AddIndirect(List<FootprintPart> parts, GoMapType type, long n, bool key, bool elem, GoVersion version)
    {
        if (key && n > 0)
        {
            parts.Add(new FootprintPart($"indirect keys (newobject({type.Key.Size} B) per insert)", n, n * Charge.Bytes(type.Key.Size, type.Key.HasPointers, version)));
        }

        if (elem && n > 0)
        {
            parts.Add(new FootprintPart($"indirect elems (newobject({type.Elem.Size} B) per insert)", n, n * Charge.Bytes(type.Elem.Size, type.Elem.HasPointers, version)));
        }
    }

    /// <summary>The distribution of the total overflow buckets N keys need in 2^B buckets.</summary>
    private static Distribution OverflowDistribution(long n, int b)
    {
        if (b == 0 || n <= 8)
        {
            return Distribution.Constant(0);
        }

        var perBucket = Distribution.Binomial(n, Math.Pow(2, -b), from: 9);
        var mean1 = perBucket.Expect(k => ChainOverflow(k));
        var sq1 = perBucket.Expect(k => (double)ChainOverflow(k) * ChainOverflow(k));
        var buckets = Math.Pow(2, b);
        var mean = buckets * mean1;
        var variance = buckets * Math.Max(0, sq1 - (mean1 * mean1));
        return mean < 30 ? Distribution.Poisson(mean) : Distribution.Normal(mean, Math.Sqrt(variance));
    }

    private static long ChainOverflow(long keys) => Math.Max(0, ((keys + 7) / 8) - 1);

    /// <summary>
    /// Bytes of the <c>*[]*bmap</c> overflow list of noscan buckets holding <paramref name="o"/> overflow buckets:
    /// the slice header object plus its backing array, grown by append one bucket at a time.
    /// </summary>
    private static long ListBytes(long o, GoVersion version)
    {
        if (o <= 0)
        {
            return 0;
        }

        long cap = 0;
        while (cap < o)
        {
            cap = SliceGrowth.Plan(cap + 1, cap, 8, true, version).NewCapacity;
        }

        return Charge.Bytes(GoSliceType.HeaderSize, true, version) + Charge.Bytes(cap * 8, true, version);
    }

    /// <summary>The old array's bytes while it is still held: expected value and the 1-in-10,000 range.</summary>
    private static (double Expected, long Low, long High) OldArrayBytes(int bOld, long count, ClassicLayout layout, GoVersion version, FootprintOptions options, out long buckets)
    {
        if (bOld == 0)
        {
            buckets = 1;
            var one = options.Escapes ? Charge.Bytes(layout.BucketSize, layout.BucketPointers, version) : 0;
            return (one, one, one);
        }

        var (nb, bytes) = BucketArray(bOld, layout, version);
        buckets = nb;
        var pool = bOld >= 4 ? nb - (1L << bOld) : 0;
        var overflow = OverflowDistribution(count, bOld);
        var bucketCharge = Charge.Bytes(layout.BucketSize, layout.BucketPointers, version);
        long Cost(long o) => bytes + (Math.Max(0, o - pool) * bucketCharge) + (layout.BucketPointers ? 0 : ListBytes(o, version));
        return (overflow.Expect(o => Cost(o)), Cost(overflow.Quantile(TailQuantile)), Cost(overflow.Quantile(1 - TailQuantile)));
    }

    private static FootprintResult WithCycle(FootprintResult result, GoMapType type, GoVersion version, FootprintOptions options, int b, int bStart)
    {
        var start = b > bStart ? GrowPoint(b - 1, version) : 1;
        var end = MaxCount(b, version);
        var candidates = new SortedSet<long> { start, end, Math.Min(end, start + (1L << Math.Max(0, b - 1))) };
        if (b == bStart && options.Hint > 0)
        {
            candidates.Add(Math.Max(1, Math.Min(end, options.Hint)));
        }

        return GrowthCycle.WithBestAndWorst(result, candidates, size => Compute(type, version, options with { N = size }, withCycle: false));
    }
}
