using System.Globalization;
using Gort.Maps;
using Gort.Runtime;
using Gort.Types;
using Gort.Versions;

namespace Gort.Lab;

/// <summary>
/// The lab's tombstone experiment (<c>gort map … --churn K</c>): insert N keys, then run K cycles of "delete the oldest
/// key, insert a new one", and report what the churn cost. In a Swiss map every delete from a full group leaves a
/// tombstone that keeps using up growthLeft; Go 1.24 then grows (golang/go#70886), 1.25+ first prunes tombstones —
/// but only on the fast assign paths, and for pointer keys only from 1.27 (measured: <c>tools/swiss/churn</c>).
/// </summary>
public static class MapChurn
{
    /// <summary>The key kinds (and so the assign paths) the experiment can use.</summary>
    public static IReadOnlyList<string> KeyKinds { get; } = ["int", "string", "ptr", "float64"];

    /// <summary>
    /// Runs the experiment in a fresh accounting runtime for <paramref name="version"/>.
    /// </summary>
    /// <param name="version">The Go version (its map engine: classic or Swiss).</param>
    /// <param name="keyKind">
    /// <c>int</c> (<c>map[int]int</c>, mapassign_fast64), <c>string</c> (<c>map[string]int</c>, faststr), <c>ptr</c>
    /// (<c>map[*int]int</c>, fast64ptr) or <c>float64</c> (<c>map[float64]int</c>, the generic path).
    /// </param>
    /// <param name="live">N: keys inserted before the churn (the live set size).</param>
    /// <param name="cycles">K: delete-oldest/insert-new cycles.</param>
    /// <param name="seed">The runtime's random seed (hash seeds), or null for a random one.</param>
    /// <exception cref="ArgumentException">Unknown key kind, or a negative count.</exception>
    public static MapChurnResult Run(GoVersion version, string keyKind, int live, int cycles, ulong? seed = null)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentOutOfRangeException.ThrowIfNegative(live);
        ArgumentOutOfRangeException.ThrowIfNegative(cycles);
        var rt = GoRuntime.ForVersion(version, accounting: true, seed: seed);
        return keyKind switch
        {
            "int" => Run(rt, new GoMapType(GoBasicType.Int, GoBasicType.Int), i => i, live, cycles),
            "string" => Run(rt, new GoMapType(GoBasicType.String, GoBasicType.Int), i => "k" + i.ToString(CultureInfo.InvariantCulture), live, cycles),
            "ptr" => Run(rt, new GoMapType(new GoPointerType(GoBasicType.Int), GoBasicType.Int), i => i, live, cycles), // a pointer hashes and compares as an address
            "float64" => Run(rt, new GoMapType(GoBasicType.Float64, GoBasicType.Int), i => (double)i, live, cycles),
            _ => throw new ArgumentException($"unknown key kind \"{keyKind}\" (known: {string.Join(", ", KeyKinds)})", nameof(keyKind)),
        };
    }

    private static MapChurnResult Run<TKey>(GoRuntime rt, GoMapType type, Func<long, TKey> key, int live, int cycles)
    {
        var map = Map.Make<TKey, long>(rt, 0, type);
        for (long i = 0; i < live; i++)
        {
            map[key(i)] = i;
        }

        var before = map.Inspect()!;
        var (mallocs, bytes) = (rt.Heap.Mallocs, rt.Heap.TotalAlloc);
        var events = new List<MapChurnEvent>();
        var last = before;
        var lastMallocs = mallocs;
        for (long i = live; i < live + cycles; i++)
        {
            map.Delete(key(i - live));
            map[key(i)] = i;
            if (rt.Heap.Mallocs != lastMallocs)
            {
                // Only an allocation can change the structure, so the (costly) snapshot is taken only then.
                lastMallocs = rt.Heap.Mallocs;
                var now = map.Inspect()!;
                if (now.IsNewEvent(last))
                {
                    events.Add(new MapChurnEvent(i - live + 1, now));
                }

                last = now;
            }
        }

        return new MapChurnResult
        {
            Version = rt.Version,
            MapType = type.ToString(),
            Live = live,
            Cycles = cycles,
            Mallocs = rt.Heap.Mallocs - mallocs,
            TotalAlloc = rt.Heap.TotalAlloc - bytes,
            Before = before,
            After = map.Inspect()!,
            Events = events,
        };
    }
}
