using System.Globalization;
using Gort.Lab;
using Gort.Memory;
using Gort.Runtime;
using Gort.Slices;
using Gort.Types;
using Gort.Versions;

namespace Gort.Cli.Commands.Tour;

/// <summary>Tour questions about slices (every number computed by the model: SliceGrowth, AppendScenario, Slice&lt;T&gt;).</summary>
internal static class SliceTour
{
    public static IEnumerable<TourSection> Sections()
    {
        yield return MakeRounding();
        yield return CapSequences();
        yield return PreallocateOrNot();
    }

    private static TourSection MakeRounding()
    {
        var rows = new List<IReadOnlyList<string>>();
        var cases = new (string Type, GoType Elem, long N, int Minor)[]
        {
            ("[]int64", GoBasicType.Int64, 10, 27),
            ("[]int64", GoBasicType.Int64, 100, 27),
            ("[]int64", GoBasicType.Int64, 1000, 27),
            ("[]byte", GoBasicType.Uint8, 33, 27),
            ("[]*int", new GoPointerType(GoBasicType.Int), 128, 21),
            ("[]*int", new GoPointerType(GoBasicType.Int), 128, 22),
        };
        foreach (var (type, elem, n, minor) in cases)
        {
            var run = AppendScenario.Make(elem.Size, elem.HasPointers, n, n, GoVersion.Get(minor), elem.ToString());
            var a = run.Allocations[0];
            rows.Add([$"make({type}, {n}, {n})", $"1.{minor}", N(run.Capacity), N(a.Size), N(a.Charged), $"{100.0 * (a.Charged - a.Size) / a.Charged:0.#}%"]);
        }

        return new TourSection(
            "slice-make-rounding",
            "Does make([]T, n, n) round the capacity up?",
            "No: make's cap is exactly n in every version. The allocation is rounded to a size class (pointerful arrays over 512 B also carry an 8-byte header from 1.22), and that slack is simply wasted.",
            ["expression", "go", "cap", "bytes requested", "bytes charged", "waste"],
            rows);
    }

    private static TourSection CapSequences()
    {
        const long Count = 2000;
        var rows = new List<IReadOnlyList<string>>();
        var elems = new (string Name, GoType Type)[]
        {
            ("[]int64", GoBasicType.Int64),
            ("[]byte", GoBasicType.Uint8),
            ("[]*T", new GoPointerType(GoBasicType.Int)),
            ("[]string", GoBasicType.String),
        };
        var rules = new (int Minor, SliceEscape Escape, string Rule)[]
        {
            (17, SliceEscape.Heap, "≤1.17: double below cap 1024, then ×1.25"),
            (21, SliceEscape.Heap, "1.18+: double below 256, then += (cap+768)/4"),
            (22, SliceEscape.Heap, "1.22+: malloc headers on pointerful arrays > 512 B"),
            (25, SliceEscape.Local, "1.25+: not escaping, 32-byte stack buffer first"),
        };
        foreach (var (name, type) in elems)
        {
            foreach (var (minor, escape, rule) in rules)
            {
                var run = AppendScenario.OneByOne(type, Count, GoVersion.Get(minor), escape);
                rows.Add([name, $"1.{minor}", rule, string.Join(' ', run.Transitions.Select(t => t.CapAfter.ToString(CultureInfo.InvariantCulture)))]);
            }
        }

        return new TourSection(
            "slice-cap-sequence",
            $"What caps does append give, one element at a time (up to {Count:N0})?",
            "cap = roundupsize(nextslicecap(len+1, cap) × size) / size: the growth formula, then the size class (minus the 1.22 header for pointerful arrays); a non-escaping slice in 1.25+ starts in a 32-byte stack buffer.",
            ["slice", "go", "rule", "caps"],
            rows);
    }

    private static TourSection PreallocateOrNot()
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var minor in new[] { 17, 27 })
        {
            rows.Add(Run(minor, "make([]int, 1000) + 1000 appends", () => Slice.Make<long>(1000)));
            rows.Add(Run(minor, "make([]int, 0, 1000) + 1000 appends", () => Slice.Make<long>(0, 1000)));
        }

        return new TourSection(
            "slice-prealloc",
            "make([]int, 1000) then 1000 appends, or make([]int, 0, 1000)?",
            "make([]int, n) already has length n, so the appends land after it and grow the slice; make([]int, 0, n) has room for all of them and allocates once.",
            ["code", "go", "final len", "final cap", "mallocs", "bytes"],
            rows);

        static IReadOnlyList<string> Run(int minor, string code, Func<Slice<long>> make)
        {
            var runtime = GoRuntime.ForVersion(GoVersion.Get(minor));
            Slice<long> s;
            using (runtime.Enter())
            {
                s = make();
                for (var i = 0; i < 1000; i++)
                {
                    s = s.Append(i);
                }
            }

            return [code, $"1.{minor}", N(s.Len), N(s.Cap), N((long)runtime.Heap.Mallocs), N((long)runtime.Heap.TotalAlloc)];
        }
    }

    private static string N(long v) => v.ToString("N0", CultureInfo.InvariantCulture);
}
