using Gort.Diagnostics;
using Gort.Memory;
using Gort.Observability;
using Gort.Runtime;
using Gort.Slices;
using Gort.Tests.Infrastructure;

namespace Gort.Tests.Observability;

public class GoTestingTests
{
    private static Slice<long> s_sink;

    // make([]int, n) escaping: makeslice -> mallocgc(n*8, int, true), backed here by a real long[n].
    private static Action MakeInt(int n) => () =>
    {
        var backing = new long[n];
        GoRuntime.Current.Account(n * 8L, pointers: false, GoOperation.MakeSlice, "int", backing);
    };

    [Theory]
    [MemberData(nameof(OracleData.MinorsData), MemberType = typeof(OracleData))]
    public void AllocsPerRun_matches_the_oracles_make_int(int minor)
    {
        foreach (var row in OracleData.Load(minor, "slice_allocs.json").GetProperty("make_int").GetProperty("rows").EnumerateArray())
        {
            var n = row.GetProperty("n").GetInt32();
            var reps = row.GetProperty("reps").GetInt32();
            var runtime = GoRuntime.ForVersion(OracleData.Version(minor));
            var allocs = GoTesting.AllocsPerRun(runtime, reps, MakeInt(n));
            Assert.True(row.GetProperty("testing_AllocsPerRun").GetDouble() == allocs, $"go1.{minor} make([]int, {n}): AllocsPerRun {allocs}");
        }
    }

    [Theory]
    [MemberData(nameof(OracleData.MinorsData), MemberType = typeof(OracleData))]
    public void Benchmark_bytes_and_allocs_per_op_match_the_oracles_make_int(int minor)
    {
        foreach (var row in OracleData.Load(minor, "slice_allocs.json").GetProperty("make_int").GetProperty("rows").EnumerateArray())
        {
            var n = row.GetProperty("n").GetInt32();
            var reps = row.GetProperty("reps").GetInt32();
            var result = GoTesting.Benchmark(GoRuntime.ForVersion(OracleData.Version(minor)), reps, MakeInt(n));
            Assert.True(row.GetProperty("bytes_per_op").GetInt64() == result.AllocedBytesPerOp, $"go1.{minor} make([]int, {n}): {result}");
            Assert.True(row.GetProperty("mallocs_per_op").GetInt64() == result.AllocsPerOp, $"go1.{minor} make([]int, {n}): {result}");
        }
    }

    [Theory]
    [MemberData(nameof(OracleData.MinorsData), MemberType = typeof(OracleData))]
    public void AllocsPerRun_of_appending_one_by_one_matches_the_oracles_mode_A(int minor)
    {
        // append_one_by_one_ints mode A: every backing array escapes (pure growslice), so AllocsPerRun of building
        // the slice equals the mallocs the oracle counted for it. Checked through the library's Slice<long>.
        foreach (var row in OracleData.Load(minor, "slice_allocs.json").GetProperty("append_one_by_one_ints").GetProperty("rows").EnumerateArray())
        {
            var n = row[0].GetInt32();
            var expected = row[1].GetInt64();
            var runtime = GoRuntime.ForVersion(OracleData.Version(minor));
            var allocs = GoTesting.AllocsPerRun(runtime, 2, () =>
            {
                var s = Slice<long>.Nil;
                for (var i = 0; i < n; i++)
                {
                    s = s.Append(i);
                }

                s_sink = s; // the final slice escapes, as the oracle stored it to a global
            });
            Assert.True(expected == allocs, $"go1.{minor} N={n}: AllocsPerRun {allocs}, Go mallocs {expected}");
        }
    }

    [Fact]
    public void AllocsPerRun_warms_up_and_truncates_like_go()
    {
        // Calls: warm-up (3 allocations, not counted), then 1, 2, 1, 2 -> 6 over 4 runs -> 1 (not 1.5).
        var call = 0;
        var allocs = GoTesting.AllocsPerRun(GoRuntime.ForVersion(Gort.Versions.GoVersion.Latest), 4, () =>
        {
            var count = call++ == 0 ? 3 : call % 2 == 0 ? 1 : 2;
            for (var i = 0; i < count; i++)
            {
                GoRuntime.Current.Account(64, false, GoOperation.Malloc);
            }
        });
        Assert.Equal(1.0, allocs);
        Assert.Equal(5, call);
    }

    [Fact]
    public void AllocsPerRun_with_zero_runs_panics_as_go_divides_by_zero()
    {
        var ex = Assert.Throws<GoPanicException>(() => GoTesting.AllocsPerRun(GoRuntime.ForVersion(Gort.Versions.GoVersion.Latest), 0, () => { }));
        Assert.Equal("runtime error: integer divide by zero", ex.Message);
    }

    [Fact]
    public void Measuring_without_accounting_is_refused_rather_than_reporting_zero()
    {
        var runtime = GoRuntime.ForVersion(Gort.Versions.GoVersion.Latest, accounting: false);
        Assert.Throws<InvalidOperationException>(() => GoTesting.AllocsPerRun(runtime, 10, () => { }));
    }

    [Fact]
    public void BenchMem_result_prints_like_go_test_benchmem()
    {
        var result = new BenchMemResult(100, 800, 100);
        Assert.Equal("       8 B/op\t       1 allocs/op", result.ToString());
    }
}
