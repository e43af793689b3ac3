using System.Text.Json;
using Gort.Lab;
using Gort.Runtime;
using Gort.Slices;
using Gort.Versions;

namespace Gort.Tests.Slices;

/// <summary>Reproduces every slice vector measured on real Go (oracle + our own 1.26 run), for every version present.</summary>
public sealed class SliceOracleTests
{
    [Theory]
    [MemberData(nameof(SliceVectors.MinorsData), MemberType = typeof(SliceVectors))]
    public void OneByOneGrowth_EveryTypeEveryTransition_MatchesRealGo(int minor)
    {
        var version = GoVersion.Get(minor);
        var types = SliceVectors.Load(minor, "slice_growth.json").GetProperty("one_by_one_growth").GetProperty("types");
        var checkedTransitions = 0;
        foreach (var type in types.EnumerateArray())
        {
            var name = type.GetProperty("elem_type").GetString()!;
            var (size, pointers) = SliceVectors.Element(name);
            Assert.Equal(type.GetProperty("elem_size").GetInt64(), size);
            Assert.Equal(type.GetProperty("has_pointers").GetBoolean(), pointers);
            var expected = SliceVectors.Triples(type.GetProperty("transitions"));
            var run = AppendScenario.OneByOne(size, pointers, type.GetProperty("final_len").GetInt64(), version);
            var actual = run.Transitions.Select(t => new[] { t.LenBefore, t.CapBefore, t.CapAfter }).ToArray();
            Assert.True(expected.Length == actual.Length, $"go1.{minor} {name}: {actual.Length} transitions, Go made {expected.Length}");
            for (var i = 0; i < expected.Length; i++)
            {
                Assert.True(expected[i].SequenceEqual(actual[i]), $"go1.{minor} {name} transition {i}: [{string.Join(",", actual[i])}], Go [{string.Join(",", expected[i])}]");
            }

            checkedTransitions += expected.Length;
        }

        Assert.True(checkedTransitions > 500);
    }

    [Theory]
    [MemberData(nameof(SliceVectors.MinorsData), MemberType = typeof(SliceVectors))]
    public void OneByOneGrowth_LibrarySlices_MatchRealGo(int minor)
    {
        var types = SliceVectors.Load(minor, "slice_growth.json").GetProperty("one_by_one_growth").GetProperty("types")
            .EnumerateArray().ToDictionary(t => t.GetProperty("elem_type").GetString()!);
        using var scope = GoRuntime.ForVersion(GoVersion.Get(minor), accounting: false).Enter();
        Check<byte>(types["[1]byte"], 1);
        Check<long>(types["int64"], 1L);
        Check<Box>(types["*int"], null!);
        Check<string>(types["string"], "x");
        Check<B12>(types["[12]byte"], default);
        Check<B40>(types["[40]byte"], default);
        Check<P24>(types["P24{p *int; _ [16]byte}"], default);
        Check<Slice<long>>(types["[]int"], default);

        void Check<T>(JsonElement type, T value)
        {
            var expected = type.GetProperty("caps").EnumerateArray().Select(c => c.GetInt64()).ToList();
            var finalLen = type.GetProperty("final_len").GetInt64();
            var caps = new List<long>();
            var s = Slice<T>.Nil;
            while (s.Len < finalLen)
            {
                var before = s.Cap;
                s = s.Append(value);
                if (s.Cap != before)
                {
                    caps.Add(s.Cap);
                }
            }

            Assert.Equal(expected, caps);
        }
    }

    [Theory]
    [MemberData(nameof(SliceVectors.MinorsData), MemberType = typeof(SliceVectors))]
    public void AppendKGrid_EveryRow_MatchesRealGo(int minor)
    {
        var version = GoVersion.Get(minor);
        var rows = 0;
        foreach (var type in SliceVectors.Load(minor, "slice_growth.json").GetProperty("append_k_grid").GetProperty("types").EnumerateArray())
        {
            var name = type.GetProperty("elem_type").GetString()!;
            Assert.Equal(0, type.GetProperty("extend_form_mismatches").GetInt32());
            var (size, pointers) = SliceVectors.Element(name);
            foreach (var row in SliceVectors.Triples(type.GetProperty("rows")))
            {
                var run = AppendScenario.AppendMany(size, pointers, row[0], row[1], row[2], version);
                Assert.True(row[3] == run.Capacity, $"go1.{minor} {name} append(make(len {row[0]}, cap {row[1]}), {row[2]}...): cap {run.Capacity}, Go {row[3]}");
                rows++;
            }
        }

        Assert.True(rows > 10000);
    }

    [Theory]
    [MemberData(nameof(SliceVectors.MinorsData), MemberType = typeof(SliceVectors))]
    public void AppendKGrid_LibraryInt64_MatchesRealGo(int minor)
    {
        using var scope = GoRuntime.ForVersion(GoVersion.Get(minor), accounting: false).Enter();
        var type = SliceVectors.Load(minor, "slice_growth.json").GetProperty("append_k_grid").GetProperty("types")
            .EnumerateArray().Single(t => t.GetProperty("elem_type").GetString() == "int64");
        var src = new long[5000];
        foreach (var row in SliceVectors.Triples(type.GetProperty("rows")))
        {
            var s = Slice.Make<long>((int)row[0], (int)row[1]).Append(src.AsSpan(0, (int)row[2]));
            Assert.Equal(row[3], s.Cap);
            Assert.Equal(row[0] + row[2], s.Len);
        }
    }

    [Theory]
    [MemberData(nameof(SliceVectors.MinorsData), MemberType = typeof(SliceVectors))]
    public void MakeExact_CapIsNeverRounded(int minor)
    {
        using var scope = GoRuntime.ForVersion(GoVersion.Get(minor)).Enter();
        foreach (var type in SliceVectors.Load(minor, "slice_growth.json").GetProperty("make_exact").GetProperty("types").EnumerateArray())
        {
            Assert.Equal(0, type.GetProperty("mismatches").GetInt32());
        }

        // The same grid as the oracle program: make([]T, l, c) for c = 0..1100, l in {0, c/2, c}, plus large caps.
        foreach (var c in Enumerable.Range(0, 1101).Concat([2047, 2048, 4095, 4096, 4097, 10000, 12345, 65536, 100000]))
        {
            foreach (var l in new[] { 0, c / 2, c }.Distinct())
            {
                var s = Slice.Make<long>(l, c);
                Assert.Equal((c, l), (s.Cap, s.Len));
                var p = Slice.Make<Box>(l, c);
                Assert.Equal((c, l), (p.Cap, p.Len));
            }
        }
    }

    [Theory]
    [MemberData(nameof(SliceVectors.MinorsData), MemberType = typeof(SliceVectors))]
    public void ConversionCaps_EveryRowAndColumn_MatchRealGo(int minor)
    {
        var version = GoVersion.Get(minor);
        using var scope = GoRuntime.ForVersion(version, accounting: false).Enter();
        var text = new string('a', 100000);
        var ints = new long[100000];
        var rows = SliceVectors.Triples(SliceVectors.Load(minor, "slice_growth.json").GetProperty("conversion_caps").GetProperty("rows"));
        foreach (var row in rows)
        {
            var n = (int)row[0];
            var s = text[..n];
            Assert.True(row[1] == Slice.FromString(s).Cap, $"go1.{minor} []byte(s[:{n}])");
            Assert.True(row[2] == Slice.RunesFromString(s).Cap, $"go1.{minor} []rune(s[:{n}])");
            Assert.True(row[3] == Slice<byte>.Nil.Append(s).Cap, $"go1.{minor} append([]byte(nil), s[:{n}]...)");
            Assert.True(row[4] == Slice<long>.Nil.Append(ints.AsSpan(0, n)).Cap, $"go1.{minor} append([]int(nil), ints[:{n}]...)");
            Assert.True(row[5] == ConversionScenario.StringToBytes(n, escapes: false, mutated: false, version).Capacity, $"go1.{minor} non-escaping []byte(s[:{n}])");
        }

        Assert.Equal(1136, rows.Length);
    }

    [Theory]
    [MemberData(nameof(SliceVectors.MinorsData), MemberType = typeof(SliceVectors))]
    public void NonEscapingOneByOne_MatchesRealGo(int minor)
    {
        var version = GoVersion.Get(minor);
        var data = SliceVectors.Load(minor, "slice_growth.json").GetProperty("nonescaping_one_by_one");
        foreach (var name in new[] { "int64", "byte", "*int", "string", "[24]byte" })
        {
            var (size, pointers) = SliceVectors.Element(name);
            var expected = SliceVectors.Triples(data.GetProperty(name));
            var run = AppendScenario.OneByOne(size, pointers, 5000, version, SliceEscape.Local);
            var actual = run.Transitions.Select(t => new[] { t.LenBefore, t.CapBefore, t.CapAfter }).ToArray();
            Assert.Equal(expected.Length, actual.Length);
            for (var i = 0; i < expected.Length; i++)
            {
                Assert.Equal(expected[i], actual[i]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(SliceVectors.MinorsData), MemberType = typeof(SliceVectors))]
    public void EscapeAtEndInt_MatchesRealGo(int minor)
    {
        var version = GoVersion.Get(minor);
        foreach (var c in SliceVectors.Load(minor, "slice_growth.json").GetProperty("escape_at_end_int").GetProperty("cases").EnumerateArray())
        {
            var n = c.GetProperty("n").GetInt64();
            var run = AppendScenario.OneByOne(8, false, n, version, SliceEscape.AtEnd, capacityObserved: true);
            var expected = SliceVectors.Triples(c.GetProperty("transitions_inside_loop"));
            Assert.Equal(expected, run.Transitions.Select(t => new[] { t.LenBefore, t.CapBefore, t.CapAfter }).ToArray());
            Assert.Equal(c.GetProperty("cap_after_escape").GetInt64(), run.Capacity);
        }
    }

    [Theory]
    [MemberData(nameof(SliceVectors.MinorsData), MemberType = typeof(SliceVectors))]
    public void AppendOneByOneInts_ModesABC_MallocsBytesCaps_MatchRealGo(int minor)
    {
        var version = GoVersion.Get(minor);
        var rows = SliceVectors.Triples(SliceVectors.Load(minor, "slice_allocs.json").GetProperty("append_one_by_one_ints").GetProperty("rows"));
        Assert.Equal(2000, rows.Length);
        foreach (var r in rows)
        {
            var n = r[0];
            var a = AppendScenario.OneByOne(8, false, n, version, SliceEscape.Heap);
            Assert.True((r[1], r[2], r[3]) == (a.Mallocs, a.TotalAlloc, a.Capacity), $"go1.{minor} mode A N={n}: {a.Mallocs}/{a.TotalAlloc}/cap {a.Capacity}, Go {r[1]}/{r[2]}/cap {r[3]}");
            var b = AppendScenario.OneByOne(8, false, n, version, SliceEscape.AtEnd, capacityObserved: false);
            Assert.True((r[4], r[5], r[6]) == (b.Mallocs, b.TotalAlloc, b.Capacity), $"go1.{minor} mode B N={n}: {b.Mallocs}/{b.TotalAlloc}/cap {b.Capacity}, Go {r[4]}/{r[5]}/cap {r[6]}");

            // Mode C: make([]int, 0, N) then N appends that fit.
            var runtime = GoRuntime.ForVersion(version);
            using (runtime.Enter())
            {
                var s = Slice.Make<long>(0, (int)n);
                for (var i = 0; i < n; i++)
                {
                    s = s.Append(i);
                }
            }

            Assert.True((r[7], r[8]) == ((long)runtime.Heap.Mallocs, (long)runtime.Heap.TotalAlloc), $"go1.{minor} mode C N={n}");
        }
    }

    [Theory]
    [MemberData(nameof(SliceVectors.MinorsData), MemberType = typeof(SliceVectors))]
    public void AppendOneByOneInts_LibraryAccounting_MatchesModeA(int minor)
    {
        var version = GoVersion.Get(minor);
        foreach (var r in SliceVectors.Triples(SliceVectors.Load(minor, "slice_allocs.json").GetProperty("append_one_by_one_ints").GetProperty("rows")))
        {
            var runtime = GoRuntime.ForVersion(version);
            var s = Slice<long>.Nil;
            using (runtime.Enter())
            {
                for (var i = 0; i < r[0]; i++)
                {
                    s = s.Append(i);
                }
            }

            Assert.Equal((r[1], r[2], r[3]), ((long)runtime.Heap.Mallocs, (long)runtime.Heap.TotalAlloc, (long)s.Cap));
        }
    }

    [Theory]
    [MemberData(nameof(SliceVectors.MinorsData), MemberType = typeof(SliceVectors))]
    public void MakeInt_SinglePerOpAndAllocsPerRun_MatchRealGo(int minor)
    {
        var version = GoVersion.Get(minor);
        foreach (var row in SliceVectors.Load(minor, "slice_allocs.json").GetProperty("make_int").GetProperty("rows").EnumerateArray())
        {
            var n = row.GetProperty("n").GetInt32();
            var reps = row.GetProperty("reps").GetInt32();

            // single_*: one call right after ReadMemStats (fresh tiny block).
            var single = GoRuntime.ForVersion(version);
            using (single.Enter())
            {
                _ = Slice.Make<long>(n);
            }

            Assert.Equal(row.GetProperty("single_mallocs").GetInt64(), (long)single.Heap.Mallocs);
            Assert.Equal(row.GetProperty("single_bytes").GetInt64(), (long)single.Heap.TotalAlloc);

            // *_per_op: reps calls in one window, divided.
            var many = GoRuntime.ForVersion(version);
            using (many.Enter())
            {
                for (var i = 0; i < reps; i++)
                {
                    _ = Slice.Make<long>(n);
                }
            }

            Assert.Equal(row.GetProperty("mallocs_per_op").GetDouble(), (double)many.Heap.Mallocs / reps);
            Assert.Equal(row.GetProperty("bytes_per_op").GetDouble(), (double)many.Heap.TotalAlloc / reps);

            // testing.AllocsPerRun: one warm-up call, ReadMemStats, reps calls, integer division of the malloc delta.
            var apr = GoRuntime.ForVersion(version);
            using (apr.Enter())
            {
                _ = Slice.Make<long>(n);
                var before = apr.Heap.ReadMemStats().Mallocs;
                for (var i = 0; i < reps; i++)
                {
                    _ = Slice.Make<long>(n);
                }

                Assert.Equal(row.GetProperty("testing_AllocsPerRun").GetInt64(), (long)((apr.Heap.ReadMemStats().Mallocs - before) / (ulong)reps));
            }
        }
    }

    [Fact]
    public void MeasuredGo126_IsPresent_AndStackBufferStartsThere()
    {
        Assert.Contains(26, SliceVectors.Minors);
        Assert.True(GoVersion.Get(26).GrowsliceStackBuffer);
        Assert.False(GoVersion.Get(25).GrowsliceStackBuffer);
        var meta = SliceVectors.Load(26, "slice_growth.json").GetProperty("meta").GetProperty("go_version").GetString();
        Assert.StartsWith("go1.26", meta, StringComparison.Ordinal);
    }

    internal sealed class Box;

    internal readonly record struct B12(int A, int B, int C);

    internal readonly record struct B40(long A, long B, long C, long D, long E);

    internal readonly record struct P24(Box P, long A, long B);
}
