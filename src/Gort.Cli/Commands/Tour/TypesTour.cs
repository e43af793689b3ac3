using System.Globalization;
using Gort.Types;

namespace Gort.Cli.Commands.Tour;

/// <summary>Tour questions about Go type layout, answered by parsing the types (never printed constants).</summary>
internal static class TypesTour
{
    public static IEnumerable<TourSection> Sections()
    {
        yield return Reordering();
        yield return Scanning();
    }

    private static TourSection Reordering()
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var text in new[]
        {
            "struct{a bool; s string; b bool}",
            "struct{a bool; b int16; c bool; d int32; e bool}",
            "struct{a int64; z struct{}}",
            "struct{f float32; c complex128; g byte}",
        })
        {
            var s = (GoStructType)GoTypeParser.Parse(text).Underlying;
            var best = s.WithOptimalFieldOrder();
            rows.Add([text, N(s.Size), N(best.Size), best.ToString()]);
        }

        return new TourSection(
            "field-order",
            "How much does field order cost?",
            "Sorting fields by decreasing alignment (zero-size fields first) leaves padding only at the end; `gort sizeof` shows the holes.",
            ["type", "size", "reordered", "best order"],
            rows);
    }

    private static TourSection Scanning()
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var text in new[] { "[64]byte", "[0]*int", "type P24 struct{p *int; _ [16]byte}; P24", "struct{_ [100]byte; p *int}", "[]int", "[4]string" })
        {
            var t = GoTypeParser.Parse(text);
            rows.Add([text, N(t.Size), t.HasPointers ? "scan" : "noscan", N(t.PointerBytes)]);
        }

        return new TourSection(
            "pointers",
            "Which types does the GC have to scan?",
            "A type with no pointer words is noscan: cheaper to allocate (tiny blocks, no heap bits) and never scanned. Only the prefix up to the last pointer is scanned.",
            ["type", "size", "kind", "pointer bytes"],
            rows);
    }

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
}
