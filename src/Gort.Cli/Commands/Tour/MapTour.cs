using System.Globalization;
using Gort.Maps.Classic;
using Gort.Runtime;
using Gort.Types;
using Gort.Versions;

namespace Gort.Cli.Commands.Tour;

/// <summary>
/// Tour questions about maps, computed by running the map engines through <see cref="MapLab"/> (never printed
/// constants). The version lists are the only engine choice: add a Swiss version to a list to get its row.
/// </summary>
internal static class MapTour
{
    /// <summary>The versions compared side by side (classic: 1.21's load factor 6.0, 1.22's 6.5, 1.24 noswissmap).</summary>
    private static readonly GoVersion[] s_versions = [GoVersion.Get(21), GoVersion.Get(22), GoVersion.Get(24).WithExperiment(GoExperiment.NoSwissMap)];

    private static readonly GoMapType s_intInt = new(GoBasicType.Int, GoBasicType.Int);

    public static IEnumerable<TourSection> Sections()
    {
        yield return MakeHint();
        yield return GrowPoints();
        yield return BytesPerEntry();
        yield return ValueKinds();
        yield return MemoryKept();
        yield return IterationOrder();
    }

    private static GoRuntime Runtime(GoVersion v, ulong seed = 1) => GoRuntime.ForVersion(v, accounting: true, seed: seed);

    private static TourSection MakeHint()
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var hint in new long[] { 0, 8, 9, 13, 14, 26, 27, 53, 100, 1000, 10000 })
        {
            var row = new List<string> { $"make(map[int]int, {hint})" };
            foreach (var v in s_versions)
            {
                var rt = Runtime(v);
                _ = new MapLab(rt, s_intInt, hint, escapes: true);
                row.Add($"{rt.Heap.Mallocs} / {N((long)rt.Heap.TotalAlloc)} B");
            }

            rows.Add(row);
        }

        return new TourSection(
            "map-make",
            "What does make(map[int]int, hint) allocate?",
            "Classic: the 48-byte hmap (56 → 64 B with 1.24's clearSeq), then 2^B buckets for the least B with hint ≤ 6.5·2^B (6.0 in 1.21); from B = 4 an eighth more buckets are preallocated as overflow, rounded up to the size class, plus a 24-byte mapextra.",
            ["make", .. s_versions.Select(v => v.Name)],
            rows);
    }

    private static TourSection GrowPoints()
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var v in s_versions)
        {
            var lab = new MapLab(Runtime(v), s_intInt, 0, escapes: true);
            var points = new List<string>();
            var last = Shape(lab.State);
            for (long i = 0; i < 3400; i++)
            {
                lab.Insert(i);
                var shape = Shape(lab.State);
                if (shape != last)
                {
                    points.Add(N(i + 1));
                    last = shape;
                }
            }

            rows.Add([v.Name, string.Join(" ", points), (v.ClassicLoadFactorNum / (double)v.ClassicLoadFactorDen).ToString("0.0", CultureInfo.InvariantCulture)]);
        }

        return new TourSection(
            "map-grow-points",
            "At which insert does a map grow?",
            "A classic map doubles when an insert would make count > 8 and count > LF·2^B; Go 1.21 computed LF as 6.0 by integer truncation (golang/go#63438).",
            ["go", "inserts that grow the table", "load factor"],
            rows);
    }

    private static string Shape(Gort.Maps.MapState state) => state is ClassicMapState c ? c.B.ToString(CultureInfo.InvariantCulture) : string.Join(",", state.EventRow().Skip(1).Take(3));

    private static TourSection BytesPerEntry()
    {
        var v = GoVersion.Get(22);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var n in new long[] { 8, 9, 100, 1000, 10000, 100000 })
        {
            var rt = Runtime(v);
            var lab = new MapLab(rt, s_intInt, 0, escapes: true);
            for (long i = 0; i < n; i++)
            {
                lab.Insert(i);
            }

            var total = (long)rt.Heap.TotalAlloc;
            rows.Add([N(n), N((long)rt.Heap.Mallocs), N(total), (total / (double)n).ToString("0.0", CultureInfo.InvariantCulture)]);
        }

        return new TourSection(
            "map-bytes-per-entry",
            "How much memory does each map[int]int entry cost (Go 1.22, no hint)?",
            "16 bytes of key and value plus a tophash byte and bucket overhead, at 50–81% load, plus the arrays left behind by each doubling (TotalAlloc counts them).",
            ["entries", "mallocs", "bytes allocated", "bytes/entry"],
            rows);
    }

    private static TourSection ValueKinds()
    {
        var v = GoVersion.Get(22);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var type in new[] { s_intInt, new GoMapType(GoBasicType.Int, new GoPointerType(GoBasicType.Int)), new GoMapType(GoBasicType.Int, new GoArrayType(GoBasicType.Uint8, 200)) })
        {
            var rt = Runtime(v);
            var lab = new MapLab(rt, type, 0, escapes: true);
            for (long i = 0; i < 1000; i++)
            {
                lab.Insert(i);
            }

            var state = (ClassicMapState)lab.State;
            rows.Add([type.ToString(), N(state.BucketSize), N((long)rt.Heap.Mallocs), N((long)rt.Heap.TotalAlloc)]);
        }

        return new TourSection(
            "map-value-kinds",
            "map[int]int vs map[int]*int vs map[int][200]byte with 1000 entries (Go 1.22)?",
            "Pointer values make the buckets scannable (no side list of overflow buckets); values over 128 bytes are stored behind a pointer, one extra allocation per inserted key.",
            ["type", "bucket size", "mallocs", "bytes allocated"],
            rows);
    }

    private static TourSection MemoryKept()
    {
        var v = GoVersion.Get(22);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var how in new[] { "delete every key", "clear(m)" })
        {
            var rt = Runtime(v);
            var lab = new MapLab(rt, s_intInt, 0, escapes: true);
            for (long i = 0; i < 10000; i++)
            {
                lab.Insert(i);
            }

            var before = (ClassicMapState)lab.State;
            if (how == "clear(m)")
            {
                lab.Clear();
            }
            else
            {
                for (long i = 0; i < 10000; i++)
                {
                    lab.Delete(i);
                }
            }

            var after = (ClassicMapState)lab.State;
            var allocated = rt.Heap.TotalAlloc;
            for (long i = 0; i < 10000; i++)
            {
                lab.Insert(i + 10000);
            }

            rows.Add([how, N(before.B), N(after.Count), N(after.B), N(Kept(after)), N((long)(rt.Heap.TotalAlloc - allocated))]);
        }

        return new TourSection(
            "map-memory-kept",
            "How much memory does a map keep after deleting every key, or after clear (10000 map[int]int entries, Go 1.22)?",
            "A map never shrinks: delete keeps every bucket and overflow bucket; clear (and the range-delete idiom) zeroes the bucket array in place and drops the overflow buckets; refilling then reuses the array.",
            ["how", "B before", "count after", "B after", "bucket bytes kept", "bytes to refill 10000"],
            rows);
    }

    private static long Kept(ClassicMapState s) => (s.BucketArrayLength + s.OverflowBuckets) * s.BucketSize;

    private static TourSection IterationOrder()
    {
        var v = GoVersion.Get(22);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var n in new long[] { 8, 9, 100 })
        {
            var lab = new MapLab(GoRuntime.ForVersion(v, accounting: false, seed: 7), s_intInt, 0, escapes: true);
            for (long i = 0; i < n; i++)
            {
                lab.Insert(i);
            }

            var histogram = new Dictionary<long, int>();
            for (var t = 0; t < 2000; t++)
            {
                var k = lab.FirstKey();
                histogram[k] = histogram.GetValueOrDefault(k) + 1;
            }

            rows.Add([N(n), N(histogram.Count), N(histogram.Values.Min()), N(histogram.Values.Max()), string.Join(" ", histogram.OrderByDescending(p => p.Value).Take(3).Select(p => $"{p.Key}:{p.Value}"))]);
        }

        return new TourSection(
            "map-iteration-order",
            "How random is range order? (first key of 2000 range loops over one map[int]int, Go 1.22)",
            "Each range starts at a random bucket and a random slot offset; within a bucket the slots rotate, so 8 keys give 8 equally likely orders, and larger maps favour keys after empty slots.",
            ["keys", "distinct first keys", "least seen", "most seen", "top 3"],
            rows);
    }

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
