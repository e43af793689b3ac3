using System.Globalization;
using Gort.Memory;
using Gort.Types;
using Gort.Versions;

namespace Gort.Cli.Commands.Tour;

/// <summary>Tour questions about type layout and the allocator (computed by the model, never printed constants).</summary>
internal static class AllocatorTour
{
    public static IEnumerable<TourSection> Sections()
    {
        yield return Layout();
        yield return SizeClassRounding();
        yield return MallocHeaders();
        yield return Tiny();
    }

    private static TourSection Layout()
    {
        var padded = GoStructType.Create([("a", GoBasicType.Int8, false), ("b", GoBasicType.Int64, false), ("c", GoBasicType.Int8, false)]);
        var packed = GoStructType.Create([("b", GoBasicType.Int64, false), ("a", GoBasicType.Int8, false), ("c", GoBasicType.Int8, false)]);
        var zeroLast = GoStructType.Create([("a", GoBasicType.Int64, false), ("z", GoStructType.Empty, false)]);
        var rows = new[] { padded, packed, zeroLast, (GoType)GoStructType.Empty }
            .Select(t => (IReadOnlyList<string>)[t.ToString(), N(t.Size), N(t.Align), t.HasPointers ? "yes" : "no"])
            .ToList();
        return new TourSection(
            "layout",
            "How big is my struct?",
            "Fields sit at multiples of their alignment; the struct rounds up to its largest alignment; a zero-size last field adds a byte of padding.",
            ["type", "size", "align", "pointers"],
            rows);
    }

    private static TourSection SizeClassRounding()
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var n in new long[] { 1, 20, 33, 100, 1000, 8193, 32761, 40000 })
        {
            var plan = Allocator.Plan(n, false, GoVersion.Latest);
            rows.Add([$"make([]byte, {n})", plan.Path.ToString().ToLowerInvariant(), plan.SizeClass == 0 ? "-" : N(plan.SizeClass), N(plan.SlotBytes), $"{100.0 * (plan.SlotBytes - Math.Min(n, plan.SlotBytes)) / plan.SlotBytes:0.#}%"]);
        }

        return new TourSection(
            "size-classes",
            "How many bytes does an allocation really cost?",
            "Small objects round up to one of 67 size classes (8 B .. 32 KiB); larger ones to whole 8 KiB pages; pointer-free objects under 16 B share 16-byte tiny blocks.",
            ["allocation", "path", "class", "charged", "waste"],
            rows);
    }

    private static TourSection MallocHeaders()
    {
        var rows = new List<IReadOnlyList<string>>();
        var before = GoVersion.Get(21);
        var after = GoVersion.Get(22);
        foreach (var n in new long[] { 512, 520, 1024, 4096, 32760, 32768 })
        {
            rows.Add([$"new([{n / 8}]*int)", N(n), N(Allocator.Plan(n, true, before).SlotBytes), N(Allocator.Plan(n, true, after).SlotBytes)]);
        }

        return new TourSection(
            "malloc-headers",
            "Why did pointerful objects get more expensive in Go 1.22?",
            "From 1.22 a pointerful object over 512 B stores its type in an 8-byte header inside its slot, so it needs the class for size+8.",
            ["allocation", "size", "charged 1.21", "charged 1.22+"],
            rows);
    }

    private static TourSection Tiny()
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var (what, size, pointers) in new[] { ("make([]byte, 1)", 1L, false), ("new(int32)", 4L, false), ("new(int64)", 8L, false), ("new(*int)", 8L, true) })
        {
            var heap = new GoHeap(GoVersion.Latest);
            for (var i = 0; i < 64; i++)
            {
                heap.Allocate(size, pointers, GoOperation.NewObject);
            }

            rows.Add([$"64 × {what}", N((long)heap.Mallocs), N((long)heap.TotalAlloc)]);
        }

        return new TourSection(
            "tiny-allocator",
            "Do small pointer-free allocations share memory?",
            "Pointer-free objects under 16 B are packed into 16-byte blocks: each counts as a malloc, but only a new block adds bytes.",
            ["allocations", "mallocs", "bytes"],
            rows);
    }

    private static string N(long v) => v.ToString("N0", CultureInfo.InvariantCulture);
}
