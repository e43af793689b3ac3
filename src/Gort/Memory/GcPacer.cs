using Gort.Versions;

namespace Gort.Memory;

/// <summary>
/// The heap goal and trigger of Go's GC pacer (<c>runtime/mgcpacer.go</c>), for a heap with no goroutine stacks and
/// no globals to scan.
/// </summary>
/// <remarks>
/// Exact: the goal <c>heapMarked + (heapMarked + stacks + globals) * GOGC / 100</c> (1.18+; 1.17 has no scan terms),
/// with Gort's stacks and globals 0, floored at <c>heapMinimum = 4 MiB * GOGC / 100</c>; GOGC off (negative) means
/// no goal. The trigger bounds are Go's: at least 45/64 (~0.7) and at most 61/64 (~0.95) of the way from
/// <c>heapMarked</c> to the goal, the upper bound raised to <c>goal - 4 MiB</c> for large heaps.
/// Simplified: Go places the trigger at <c>goal - runway</c>, where the runway comes from the measured cons/mark
/// ratio (CPU time), which Gort cannot know. Gort uses the upper bound for the first cycle (the runway is 0 before
/// any cycle measured it) and the lower bound afterwards, which is where an allocation-heavy program's runway puts
/// it (measured: tools/gctrace). GOMEMLIMIT is not modelled.
/// </remarks>
internal sealed class GcPacer
{
    /// <summary><c>defaultHeapMinimum</c>: 4 MiB.</summary>
    public const long DefaultHeapMinimum = 4 << 20;

    private const int TriggerRatioDen = 64;
    private const int MinTriggerRatioNum = 45;
    private const int MaxTriggerRatioNum = 61;

    private readonly GoVersion _version;

    public GcPacer(GoVersion version, int gcPercent)
    {
        _version = version;
        SetGcPercent(gcPercent);
    }

    /// <summary>GOGC; negative is <c>off</c>.</summary>
    public int GcPercent { get; private set; }

    /// <summary>Bytes marked live by the last cycle (0 before the first).</summary>
    public long HeapMarked { get; private set; }

    /// <summary>The heap goal, <see cref="long.MaxValue"/> when GOGC is off.</summary>
    public long Goal { get; private set; }

    /// <summary>The live heap at which the next cycle starts, <see cref="long.MaxValue"/> when GOGC is off.</summary>
    public long Trigger { get; private set; }

    /// <summary><c>debug.SetGCPercent</c>: returns the previous value and recomputes goal and trigger.</summary>
    public int SetGcPercent(int percent)
    {
        var previous = GcPercent;
        GcPercent = percent < 0 ? -1 : percent;
        Commit(HeapMarked, firstCycle: HeapMarked == 0);
        return previous;
    }

    /// <summary>The end of a cycle: <paramref name="heapMarked"/> bytes survived.</summary>
    public void EndCycle(long heapMarked) => Commit(heapMarked, firstCycle: false);

    private void Commit(long heapMarked, bool firstCycle)
    {
        HeapMarked = heapMarked;
        if (GcPercent < 0)
        {
            Goal = Trigger = long.MaxValue;
            return;
        }

        // Gort has no goroutine stacks and no globals: the 1.18+ scan terms are 0.
        const long StacksAndGlobals = 0;
        var scanTerms = _version.PacerScanTerms ? StacksAndGlobals : 0;
        var heapMinimum = DefaultHeapMinimum * GcPercent / 100;
        var goal = heapMarked + (heapMarked + scanTerms) * GcPercent / 100;
        Goal = Math.Max(goal, heapMinimum);

        if (heapMarked >= Goal)
        {
            Trigger = Goal;
            return;
        }

        var headroom = (Goal - heapMarked) / TriggerRatioDen;
        var minTrigger = headroom * MinTriggerRatioNum + heapMarked;
        var maxTrigger = headroom * MaxTriggerRatioNum + heapMarked;
        if (Goal > DefaultHeapMinimum && Goal - DefaultHeapMinimum > maxTrigger)
        {
            maxTrigger = Goal - DefaultHeapMinimum;
        }

        Trigger = firstCycle ? maxTrigger : minTrigger;
    }
}
