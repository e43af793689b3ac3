using System.Globalization;
using System.Text.RegularExpressions;
using Gort.Memory;
using Gort.Observability;
using Gort.Runtime;
using Gort.Versions;
using Xunit.Abstractions;

namespace Gort.Tests.Observability;

/// <summary>
/// The GC model against real Go 1.22 (tools/gctrace, measured output in TestData/measured/gctrace): same number of
/// cycles ±1 and the same heap-goal sequence within 5%.
/// </summary>
public sealed partial class GcDifferentialTests(ITestOutputHelper output)
{
    // The scenario keeps 64 * 96 KiB + 1024 * 896 B + 64 * (48 + 144) B live once its rings are full.
    private const long ScenarioLiveSet = GcScenario.BigRing * GcScenario.BigSize + GcScenario.SmallRing * 896L + GcScenario.MapRing * (48 + 144);

    [Theory]
    [InlineData(100)]
    [InlineData(50)]
    public void Scenario_matches_real_go_cycles_and_goals(int gogc)
    {
        var real = MedianOfRuns(gogc);
        var trace = new StringWriter();
        var cycles = new List<GcCycle>();
        var runtime = new GoRuntime(new GoRuntimeOptions { Version = GoVersion.Get(22), Accounting = true, TrackLiveness = true, GcPercent = gogc, Listeners = [new GcTraceWriter(trace)] });
        runtime.Heap.GcCompleted += cycles.Add;

        GcScenario.Run(runtime);

        output.WriteLine(trace.ToString());
        var errors = new List<double>();
        var ringFullAt = -1;
        for (var i = 0; i < Math.Min(real.Count, cycles.Count); i++)
        {
            var ours = cycles[i].NextGoal;
            var theirs = real[i].Goal;
            var error = Math.Abs(ours - theirs) / (double)theirs;

            // The ramp: until real Go first marks the whole live set, goals sit near the 4 MiB * GOGC/100 minimum,
            // where the Go runtime's own startup heap (absent in Gort) is a large share; then the pacer's runway
            // converges for 4 more cycles (consMark is the max of the last 4 cycles' cons/mark, mgcpacer.go), which
            // Gort does not model (it has no CPU time). Steady state starts after both.
            if (ringFullAt < 0 && real[i].Live >= ScenarioLiveSet)
            {
                ringFullAt = i;
            }

            var steady = ringFullAt >= 0 && i >= ringFullAt + 4;
            if (steady)
            {
                errors.Add(error);
            }

            output.WriteLine($"cycle {i + 1}{(steady ? "" : " (ramp)")}: marked {cycles[i].HeapMarked} vs {real[i].Live}, next goal {ours} vs {theirs} ({error:P1})");
        }

        errors.Sort();
        var within = errors.Count(e => e <= 0.05) / (double)errors.Count;
        var median = errors[errors.Count / 2];
        output.WriteLine($"GOGC={gogc}: cycles {cycles.Count} vs real {real.Count}; steady cycles {errors.Count}, {within:P0} within 5%, median {median:P2}, worst {errors[^1]:P2}");
        var counts = Enumerable.Range(1, Runs).Select(r => RealCycles(gogc, r).Count).ToList();
        output.WriteLine($"real Go cycle counts over {Runs} runs: {string.Join(", ", counts)}");
        Assert.InRange(cycles.Count, counts.Min() - 1, counts.Max() + 1);
        Assert.True(errors.Count >= 10, $"only {errors.Count} of {real.Count} cycles compared");
        Assert.True(median <= 0.03, $"median goal error {median:P2}");
        Assert.True(within >= 0.9, $"only {within:P0} of steady-state goals within 5%");
        Assert.True(errors[^1] <= 0.15, $"worst goal error {errors[^1]:P2}");
    }

    [Theory]
    [InlineData(100)]
    [InlineData(50)]
    public void The_library_scenario_makes_the_same_allocations_and_cycles_as_the_mirrored_one(int gogc)
    {
        // Slice<T> and Map<K,V> with their backing arrays as owners: the same Mallocs, TotalAlloc, frees and gctrace.
        var direct = Traced(gogc, GcScenario.Run);
        var library = Traced(gogc, GcScenario.RunWithLibrary);
        output.WriteLine(library.Trace);
        Assert.Equal(direct.Trace, library.Trace);
        Assert.Equal((direct.Stats.Mallocs, direct.Stats.TotalAlloc, direct.Stats.Frees, direct.Stats.NumGC), (library.Stats.Mallocs, library.Stats.TotalAlloc, library.Stats.Frees, library.Stats.NumGC));
        Assert.Equal(GcScenario.Iterations * 4UL, library.Stats.Mallocs);
    }

    private static (string Trace, MemStats Stats) Traced(int gogc, Action<GoRuntime> scenario)
    {
        var trace = new StringWriter();
        var runtime = new GoRuntime(new GoRuntimeOptions { Version = GoVersion.Get(22), Accounting = true, TrackLiveness = true, GcPercent = gogc, Listeners = [new GcTraceWriter(trace)] });
        scenario(runtime);
        return (trace.ToString(), runtime.ReadMemStats());
    }

    [Fact]
    public void Gctrace_layout_matches_real_go_line_for_line_except_times()
    {
        // The committed real line and ours differ only in the fields Gort does not model (times, CPU, utilisation).
        var realLine = File.ReadLines(DataPath("go1.22-gogc100-run1.gctrace.txt")).First();
        var trace = new StringWriter();
        var runtime = new GoRuntime(new GoRuntimeOptions { Version = GoVersion.Get(22), Accounting = true, TrackLiveness = true, Listeners = [new GcTraceWriter(trace)] });
        GcScenario.Run(runtime);
        var ourLine = trace.ToString().Split('\n')[0];
        Assert.Equal(Shape(realLine), Shape(ourLine));
        Assert.Equal(Goal(realLine), Goal(ourLine));
        Assert.Equal("gc 1 @0.000s 0%: 0+0+0 ms clock, 0+0/0/0+0 ms cpu, 3->4->4 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 1 P", ourLine.TrimEnd());
    }

    private static string Shape(string line) => Numbers().Replace(line, "N");

    private static string Goal(string line) => GoalPart().Match(line).Value;

    // Real Go is not reproducible to 5% cycle by cycle (the concurrent mark's length depends on scheduling; the
    // committed runs differ from their median by up to 25% at single cycles): compare with the median of the runs.
    private const int Runs = 5;

    private static List<(long Live, long Goal)> MedianOfRuns(int gogc)
    {
        var runs = Enumerable.Range(1, Runs).Select(r => RealCycles(gogc, r)).ToList();
        var n = runs.Min(r => r.Count);
        return [.. Enumerable.Range(0, n).Select(i => (Median(runs.Select(r => r[i].Live)), Median(runs.Select(r => r[i].Goal))))];
    }

    private static long Median(IEnumerable<long> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static List<(long Live, long Goal)> RealCycles(int gogc, int run) =>
        [.. File.ReadLines(DataPath($"go1.22-gogc{gogc}-run{run}.metrics.txt"))
            .Where(l => l.StartsWith("cycle ", StringComparison.Ordinal))
            .Select(l => l.Split(' '))
            .Select(f => (long.Parse(f[3], CultureInfo.InvariantCulture), long.Parse(f[5], CultureInfo.InvariantCulture)))];

    private static string DataPath(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", "measured", "gctrace", file);

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex Numbers();

    [GeneratedRegex(@"\d+ MB goal")]
    private static partial Regex GoalPart();
}
