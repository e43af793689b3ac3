using System.Globalization;
using Gort.Maps;
using Gort.Maps.Classic;
using Gort.Maps.Swiss;
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
    /// <summary>
    /// The versions compared side by side: classic 1.21 (load factor 6.0), 1.22 (6.5), 1.24 noswissmap (56-byte hmap),
    /// and Swiss 1.24 and 1.27.
    /// </summary>
    private static readonly GoVersion[] s_versions =
        [GoVersion.Get(21), GoVersion.Get(22), GoVersion.Get(24).WithExperiment(GoExperiment.NoSwissMap), GoVersion.Get(24), GoVersion.Get(27)];

    /// <summary>One classic and one Swiss release, for the questions that compare the engines.</summary>
    private static readonly GoVersion[] s_engines = [GoVersion.Get(22), GoVersion.Get(27)];

    private static readonly GoMapType s_intInt = new(GoBasicType.Int, GoBasicType.Int);

    public static IEnumerable<TourSection> Sections()
    {
        yield return MakeHint();
        yield return GrowPoints();
        yield return BytesPerEntry();
        yield return ValueKinds();
        yield return EmptyStructValues();
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
            "Classic: the 48-byte hmap (56 → 64 B with 1.24's clearSeq), then 2^B buckets for the least B with hint ≤ 6.5·2^B (6.0 in 1.21); from B = 4 an eighth more buckets are preallocated as overflow, rounded up to the size class, plus a 24-byte mapextra. Swiss: the 48-byte Map; a hint over 8 adds a directory and, per table of up to 1024 slots, a 32-byte table and its group array (capacity = next power of two of hint·8/7).",
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
            var last = lab.State;
            for (long i = 0; i < 3400; i++)
            {
                lab.Insert(i);
                var state = lab.State;

                // A grow: a classic B change (evacuation finishing later is not a new size), or a Swiss change of
                // table layout after the first insert (which only allocates the 8-slot small group).
                var grew = state is ClassicMapState c ? c.B != ((ClassicMapState)last).B : i > 0 && state.IsNewEvent(last);
                if (grew)
                {
                    points.Add(N(i + 1));
                }

                last = state;
            }

            var load = v.MapEngine == MapEngineKind.Classic
                ? (v.ClassicLoadFactorNum / (double)v.ClassicLoadFactorDen).ToString("0.0", CultureInfo.InvariantCulture) + " per bucket"
                : "7/8 per table";
            rows.Add([v.Name, v.MapEngine.ToString().ToLowerInvariant(), string.Join(" ", points), load]);
        }

        return new TourSection(
            "map-grow-points",
            "At which insert does a map grow?",
            "A classic map doubles when an insert would make count > 8 and count > LF·2^B; Go 1.21 computed LF as 6.0 by integer truncation (golang/go#63438). A Swiss map leaves its single 8-slot group at the 9th key, doubles a table when it is 7/8 full, and splits a 1024-slot table in two (the splits after the first depend on the hash seed).",
            ["go", "engine", "inserts that grow the map (first 3400 keys)", "max load"],
            rows);
    }

    private static TourSection BytesPerEntry()
    {
        var v = GoVersion.Get(22);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var n in new long[] { 8, 9, 100, 1000, 10000, 100000 })
        {
            var (rt, _) = Filled(v, s_intInt, n);
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
        var rows = new List<IReadOnlyList<string>>();
        foreach (var type in new[] { s_intInt, new GoMapType(GoBasicType.Int, new GoPointerType(GoBasicType.Int)), new GoMapType(GoBasicType.Int, new GoArrayType(GoBasicType.Uint8, 200)) })
        {
            foreach (var v in s_engines)
            {
                var (rt, lab) = Filled(v, type, 1000);
                rows.Add([type.ToString(), v.Name, N(UnitSize(lab.State)), N((long)rt.Heap.Mallocs), N((long)rt.Heap.TotalAlloc)]);
            }
        }

        return new TourSection(
            "map-value-kinds",
            "map[int]int vs map[int]*int vs map[int][200]byte with 1000 entries?",
            "Classic: pointer values make the buckets scannable (no side list of overflow buckets). Both engines store values over 128 bytes behind a pointer: one extra allocation per inserted key.",
            ["type", "go", "bucket / group bytes", "mallocs", "bytes allocated"],
            rows);
    }

    private static TourSection EmptyStructValues()
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var elem in new GoType[] { GoStructType.Empty, GoBasicType.Bool, GoBasicType.Int })
        {
            var type = new GoMapType(GoBasicType.Int64, elem);
            foreach (var v in s_engines)
            {
                var (rt, lab) = Filled(v, type, 1000);
                var slot = lab.State is SwissMapState s ? N(s.SlotSize) : "-";
                rows.Add([type.ToString(), v.Name, slot, N(UnitSize(lab.State)), N((long)rt.Heap.TotalAlloc)]);
            }
        }

        return new TourSection(
            "map-struct-values",
            "Is map[int64]struct{} smaller than map[int64]bool (1000 entries)?",
            "Classic buckets store keys and values in separate arrays, so struct{} values cost nothing. A Swiss slot is a key/value struct padded to the key's alignment, so struct{} and bool values both make 16-byte slots (golang/go#71368).",
            ["type", "go", "slot bytes", "bucket / group bytes", "bytes allocated"],
            rows);
    }

    private static (GoRuntime Runtime, MapLab Lab) Filled(GoVersion v, GoMapType type, long n)
    {
        var rt = Runtime(v);
        var lab = new MapLab(rt, type, 0, escapes: true);
        for (long i = 0; i < n; i++)
        {
            lab.Insert(i);
        }

        return (rt, lab);
    }

    private static long UnitSize(MapState state) => state switch
    {
        ClassicMapState c => c.BucketSize,
        SwissMapState s => s.GroupSize,
        _ => 0,
    };

    private static TourSection MemoryKept()
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var (v, how) in s_engines.SelectMany(v => new[] { (v, "delete every key"), (v, "clear(m)") }))
        {
            var (rt, lab) = Filled(v, s_intInt, 10000);
            var before = lab.State;
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

            var after = lab.State;
            var allocated = rt.Heap.TotalAlloc;
            for (long i = 0; i < 10000; i++)
            {
                lab.Insert(i + 10000);
            }

            rows.Add([v.Name, how, Size(before), N(after.Count), Size(after), N(Kept(after)), N((long)(rt.Heap.TotalAlloc - allocated))]);
        }

        return new TourSection(
            "map-memory-kept",
            "How much memory does a map keep after deleting every key, or after clear (10000 map[int]int entries)?",
            "A map never shrinks. Classic: delete keeps every bucket and overflow bucket; clear (and the range-delete idiom) zeroes the bucket array in place and drops the overflow buckets. Swiss: delete leaves tombstones or empty slots and clear empties the groups; both keep every table and the directory.",
            ["go", "how", "size before", "count after", "size after", "bytes kept", "bytes to refill 10000"],
            rows);
    }

    private static long Kept(MapState state) => state switch
    {
        ClassicMapState c => (c.BucketArrayLength + c.OverflowBuckets) * c.BucketSize,
        SwissMapState s => s.Capacity / 8 * s.GroupSize,
        _ => 0,
    };

    private static string Size(MapState state) => state switch
    {
        ClassicMapState c => $"B={c.B}",
        SwissMapState s => $"{s.Tables} tables, {N(s.Capacity)} slots",
        _ => "",
    };

    private static TourSection IterationOrder()
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var (v, n) in s_engines.SelectMany(v => new long[] { 8, 9, 100 }.Select(n => (v, n))))
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

            rows.Add([v.Name, N(n), N(histogram.Count), N(histogram.Values.Min()), N(histogram.Values.Max()), string.Join(" ", histogram.OrderByDescending(p => p.Value).Take(3).Select(p => $"{p.Key}:{p.Value}"))]);
        }

        return new TourSection(
            "map-iteration-order",
            "How random is range order? (first key of 2000 range loops over one map[int]int)",
            "Each range starts at a random point (classic: bucket and slot offset; Swiss: entry and directory offset); 8 keys sit in one bucket or group, so they give 8 equally likely rotations, and larger maps favour keys after empty slots.",
            ["go", "keys", "distinct first keys", "least seen", "most seen", "top 3"],
            rows);
    }

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
