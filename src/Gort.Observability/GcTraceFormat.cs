using System.Globalization;
using Gort.Memory;
using Gort.Versions;

namespace Gort.Observability;

/// <summary>
/// Formats a <see cref="GcCycle"/> as <c>GODEBUG=gctrace=1</c> does (<c>gcMarkTermination</c> in
/// <c>runtime/mgc.go</c>): the heap fields and the goal are modelled; the start time, CPU utilisation and the clock
/// and CPU times are not (Gort's GC takes no time of its own) and are printed as 0; stacks and globals are 0 MB
/// because Gort has neither; one P.
/// </summary>
internal static class GcTraceFormat
{
    public static string Line(in GcCycle cycle, GoVersion version)
    {
        var inv = CultureInfo.InvariantCulture;
        var heap = string.Create(inv, $"{cycle.HeapAtStart >> 20}->{cycle.HeapAtMarkEnd >> 20}->{cycle.HeapMarked >> 20} MB, {cycle.Goal >> 20} MB goal, ");
        var scanTerms = version.PacerScanTerms ? "0 MB stacks, 0 MB globals, " : "";
        var forced = cycle.Forced ? " (forced)" : "";
        return string.Create(inv, $"gc {cycle.Number} @0.000s 0%: 0+0+0 ms clock, 0+0/0/0+0 ms cpu, {heap}{scanTerms}1 P{forced}");
    }
}
