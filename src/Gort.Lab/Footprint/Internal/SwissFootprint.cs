using System.Globalization;
using System.Numerics;
using Gort.Maps.Swiss;
using Gort.Types;
using Gort.Versions;

namespace Gort.Lab.Footprint.Internal;

/// <summary>
/// Footprint of a Swiss-table map (Go 1.24+) after N distinct keys were inserted one at a time into
/// <c>make(map[K]V, hint)</c> (<c>internal/runtime/maps</c>: <c>map.go</c>, <c>table.go</c>).
/// </summary>
/// <remarks>
/// The directory is a binary trie over the top hash bits whose leaves are tables. A table holds at most 7/8 of its
/// capacity (capacity − 1 at 8); when full it doubles, and at 1024 slots it splits into two 1024-slot tables by the
/// next hash bit. With no deletes, a trie node at depth d is therefore split iff at least 897 of the N keys share its
/// d-bit prefix — a count that is Binomial(N, 2^−d). That gives the expected number of tables, each table's capacity
/// (for tables made by <c>make</c> with a hint), and the distribution of the directory depth. With one initial table
/// the layout is exact up to the first split (N ≤ 896) and, in practice, until about 1,700 keys.
/// </remarks>
internal static class SwissFootprint
{
    private const int HeaderSize = SwissLayout.MapHeaderSize;
    private const int MaxTableCapacity = SwissLayout.MaxTableCapacity;
    private const int TableSize = SwissLayout.TableSize;

    // A full 1024-slot table splits on the insert after MaxLoad: 897.
    private static readonly long s_splitAt = SwissLayout.MaxLoad(MaxTableCapacity) + 1;
    private const double TailQuantile = 1e-4;

    public static FootprintResult Compute(GoMapType type, GoVersion version, FootprintOptions options, bool withCycle = true)
    {
        var layout = SwissLayout.Of(type);
        var n = options.N;
        var hint = Math.Max(0, options.Hint);
        var parts = new List<FootprintPart>();
        var notes = new List<string>();
        parts.Add(new FootprintPart("Map header", 1, HeaderSize, OnHeap: options.Escapes));
        long lo, hi, capacity;
        var tableInfo = TableSetup(hint, n);

        if (tableInfo is null)
        {
            // Small map: one group of 8 slots, allocated at the first insert (or a stack group when the map does not escape).
            if (!options.Escapes)
            {
                parts.Add(new FootprintPart("group (small map, on the stack)", 1, layout.GroupSize, OnHeap: false));
            }
            else if (n > 0)
            {
                parts.Add(new FootprintPart($"group (small map: ctrl word + 8 slots × {layout.SlotSize} B)", 1, Charge.Bytes(layout.GroupSize, layout.GroupHasPointers, version)));
            }

            capacity = 8;
            notes.Add("up to 8 entries a Swiss map is one group (no table, no directory); the 9th key converts it to a 16-slot table.");
            ClassicFootprint.AddIndirect(parts, type, n, layout.IndirectKey, layout.IndirectElem, version);
            lo = hi = parts.Sum(p => p.Bytes);
        }
        else
        {
            var (d0, c0, g0) = tableInfo.Value;
            var tableStruct = Charge.Bytes(TableSize, true, version);
            long GroupsBytes(long cap) => Charge.Bytes(cap / 8 * layout.GroupSize, layout.GroupHasPointers, version);

            // Tables at the initial depth g0: key count per table ~ Binomial(N, 2^-g0).
            var perTable = g0 == 0 ? Distribution.Constant(n) : Distribution.Binomial(n, Math.Pow(2, -g0));
            var byCap = new SortedDictionary<long, double>();
            for (var i = 0; i < perTable.Count; i++)
            {
                var k = perTable.Value(i);
                if (k < s_splitAt)
                {
                    var c = CapFor(k, c0);
                    byCap[c] = byCap.GetValueOrDefault(c) + (d0 * perTable.Probability(i));
                }
            }

            // Split nodes at each depth ≥ g0, and 1024-slot leaves below g0.
            var pSplit = new List<double>();
            double internalMean = 0, internalVar = 0, certain = 0, deepLeaves = 0;
            for (var d = g0; d < 62; d++)
            {
                var p = SplitProbability(n, d);
                pSplit.Add(p);
                var nodes = Math.Pow(2, d);
                internalMean += nodes * p;
                internalVar += nodes * p * (1 - p);
                if (p >= 1 - 1e-12)
                {
                    certain += nodes;
                }

                if (d > g0)
                {
                    deepLeaves += nodes * (pSplit[d - g0 - 1] - p);
                }

                if (d > g0 && nodes * p < 1e-12 && n / nodes < s_splitAt)
                {
                    break;
                }
            }

            if (deepLeaves > 0)
            {
                byCap[MaxTableCapacity] = byCap.GetValueOrDefault(MaxTableCapacity) + deepLeaves;
            }

            var tables = byCap.Values.Sum();

            // Directory: 2^globalDepth pointers; globalDepth = the deepest leaf.
            var depthAtLeast = new List<double> { 1.0 }; // P(G ≥ g0) = 1
            for (var i = 0; i < pSplit.Count; i++)
            {
                var nodes = Math.Pow(2, g0 + i);
                var p = pSplit[i];
                depthAtLeast.Add(p >= 1 ? 1 : -double.ExpM1(nodes * double.LogP1(-p)));
            }

            double dirExpected = 0;
            int gLo = g0, gHi = g0;
            for (var i = 0; i < depthAtLeast.Count; i++)
            {
                var exactly = depthAtLeast[i] - (i + 1 < depthAtLeast.Count ? depthAtLeast[i + 1] : 0);
                dirExpected += Math.Max(0, exactly) * DirectoryBytes(g0 + i, version);
                if (depthAtLeast[i] >= 1 - TailQuantile)
                {
                    gLo = g0 + i;
                }

                if (depthAtLeast[i] > TailQuantile)
                {
                    gHi = g0 + i;
                }
            }

            var dirDet = gLo == gHi;
            parts.Add(new FootprintPart(
                dirDet ? $"directory ([]*table, {1L << gLo} entries)" : $"directory ([]*table, {1L << gLo}..{1L << gHi} entries)",
                1, (long)Math.Round(dirExpected), HashDependent: !dirDet));
            var tablesHashDependent = internalVar > 1e-9 || perTable.Count > 1;
            parts.Add(new FootprintPart("table structs", tables, (long)Math.Round(tables * tableStruct), HashDependent: tablesHashDependent));
            foreach (var (c, count) in byCap)
            {
                parts.Add(new FootprintPart(
                    $"groups of {c.ToString(CultureInfo.InvariantCulture)}-slot tables ({c / 8} × {layout.GroupSize} B each)",
                    count, (long)Math.Round(count * GroupsBytes(c)), HashDependent: tablesHashDependent));
            }

            ClassicFootprint.AddIndirect(parts, type, n, layout.IndirectKey, layout.IndirectElem, version);
            var fixedBytes = parts.Where(p => !p.What.StartsWith("directory", StringComparison.Ordinal) && !p.What.StartsWith("table", StringComparison.Ordinal) && !p.What.StartsWith("groups", StringComparison.Ordinal)).Sum(p => p.Bytes);

            // Range: split counts within ±4σ (never below the certain ones), initial tables at the extreme key counts.
            var iLo = Math.Max(certain, Math.Floor(internalMean - (4 * Math.Sqrt(internalVar)) + 1e-9));
            var iHi = Math.Max(iLo, Math.Ceiling(internalMean + (4 * Math.Sqrt(internalVar)) - 1e-9));
            var kLo = perTable.Quantile(TailQuantile);
            var kHi = perTable.Quantile(1 - TailQuantile);
            var full = MaxTableCapacity;
            var t1024 = tableStruct + GroupsBytes(full);
            var pLeaf = 1 - pSplit[0];
            double tablesLo, tablesHi;
            if (pLeaf <= 0)
            {
                tablesLo = (d0 + iLo) * t1024;
                tablesHi = (d0 + iHi) * t1024;
            }
            else
            {
                var capLo = kLo < s_splitAt ? CapFor(kLo, c0) : full;
                var capHi = kHi < s_splitAt ? CapFor(kHi, c0) : full;
                tablesLo = (d0 * (tableStruct + GroupsBytes(capLo))) + (iLo * t1024);
                tablesHi = (d0 * (tableStruct + GroupsBytes(capHi))) + (2 * iHi * t1024);
            }

            lo = fixedBytes + DirectoryBytes(gLo, version) + (long)tablesLo;
            hi = fixedBytes + DirectoryBytes(gHi, version) + (long)tablesHi;
            capacity = (long)Math.Round(byCap.Sum(kv => kv.Key * kv.Value));
            notes.Add($"tables hold 7/8 of their capacity and double up to {full} slots, then split; groups are 8 control bytes + 8 slots × {layout.SlotSize} B = {layout.GroupSize} B{(layout.GroupHasPointers && version.MallocHeaders ? " (+8 B malloc header above 512 B)" : "")}.");
            if (tablesHashDependent)
            {
                notes.Add($"split timing depends on the hash: expected {tables:0.##} tables, directory depth {gLo}..{gHi}.");
            }
        }

        var total = parts.Sum(p => p.Bytes);
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
            Capacity = capacity,
            Notes = notes,
        };
        return withCycle && n > 0 ? WithCycle(result, type, version, options, tableInfo) : result;
    }

    /// <summary>
    /// The initial tables: (count, capacity, depth), or null while the map is small. <c>make(map, hint)</c> with
    /// hint > 8 builds them at once (<c>NewMap</c>); otherwise the 9th key makes one 16-slot table.
    /// </summary>
    private static (long Count, long Capacity, int Depth)? TableSetup(long hint, long n)
    {
        if (hint > 8)
        {
            var target = hint * 8 / 7;
            var dirSize = (long)BitOperations.RoundUpToPowerOf2((ulong)((target + MaxTableCapacity - 1) / MaxTableCapacity));
            var cap = (long)BitOperations.RoundUpToPowerOf2((ulong)Math.Max(8, target / dirSize));
            return (dirSize, cap, BitOperations.Log2((ulong)dirSize));
        }

        return n <= 8 ? null : (1, 16, 0);
    }

    /// <summary>The capacity a table created with <paramref name="initial"/> slots has after holding k keys.</summary>
    public static long CapFor(long k, long initial)
    {
        var c = initial;
        while (k > SwissLayout.MaxLoad(c) && c < MaxTableCapacity)
        {
            c *= 2;
        }

        return c;
    }

    private static double SplitProbability(long n, int depth) =>
        depth == 0 ? (n >= s_splitAt ? 1 : 0) : SpecialMath.BinomialTail(n, Math.Pow(2, -depth), s_splitAt);

    private static long DirectoryBytes(int depth, GoVersion version) => Charge.Bytes(8L << depth, true, version);

    private static FootprintResult WithCycle(FootprintResult result, GoMapType type, GoVersion version, FootprintOptions options, (long Count, long Capacity, int Depth)? setup)
    {
        var n = result.N;
        var candidates = new SortedSet<long>();
        if (setup is null)
        {
            candidates.Add(1);
            candidates.Add(8);
        }
        else if (setup.Value.Count == 1 && n < s_splitAt)
        {
            var cap = CapFor(n, setup.Value.Capacity);
            var start = cap == setup.Value.Capacity ? (options.Hint > 8 ? 1 : 9) : SwissLayout.MaxLoad(cap / 2) + 1;
            candidates.Add(start);
            candidates.Add(SwissLayout.MaxLoad(cap));
        }
        else
        {
            // After the first split the cycle is statistical: tables double in number each time N doubles.
            for (var j = 0; j <= 8; j++)
            {
                candidates.Add(Math.Max(1, (long)Math.Round(n * Math.Pow(2, (j / 8.0) - 0.5))));
            }
        }

        return GrowthCycle.WithBestAndWorst(result, candidates, size => Compute(type, version, options with { N = size }, withCycle: false));
    }
}
