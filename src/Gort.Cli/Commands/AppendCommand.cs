using System.CommandLine;
using System.Globalization;
using Gort.Cli.Infrastructure;
using Gort.Cli.Rendering;
using Gort.Lab;
using Gort.Lab.Rendering;
using Gort.Memory;
using Gort.Runtime;
using Gort.Types;
using Gort.Versions;
using Spectre.Console;

namespace Gort.Cli.Commands;

/// <summary>
/// <c>gort append TYPE --count N</c> (append one at a time to a nil slice) and
/// <c>gort append TYPE --len L --cap C --add K</c> (one <c>append(make([]T, L, C), k elements...)</c>).
/// </summary>
internal static class AppendCommand
{
    private const long MaxCount = 1L << 40;
    private const long MaxZeroSizeCount = 1_000_000;

    public static Command Create(CliContext ctx)
    {
        var common = new CommonOptions();
        var type = new Argument<string>("elem-type")
        {
            Description = "The element type, a Go type expression: int64, '*int', string, '[3]byte', 'type P24 struct{p *int; _ [16]byte}; P24'.",
        };
        var count = new Option<long?>("--count") { Description = "Append this many elements one at a time to a nil slice." };
        var len = new Option<long?>("--len") { Description = "With --add: the length of make([]T, len, cap)." };
        var cap = new Option<long?>("--cap") { Description = "With --add: the capacity of make([]T, len, cap) (default: --len)." };
        var add = new Option<long?>("--add") { Description = "Append this many elements at once: append(s, src[:k]...)." };
        var escapes = new Option<string>("--escapes")
        {
            Description = "Where the slice lives (with --count): true (escapes at every append, default), false (never escapes: " +
                "Go 1.25+ 32-byte stack buffer for the first append), at-end (built in a loop, escapes once after it, code reads cap: " +
                "Go 1.26+ growsliceBuf + moveSlice), at-end-nocap (the same without reading cap: first-append buffer + moveSliceNoCap).",
            DefaultValueFactory = _ => "true",
        };
        var command = new Command("append", "Show how append grows a slice: every reallocation, its size class and waste, per Go version.");
        command.Arguments.Add(type);
        command.Options.Add(count);
        command.Options.Add(len);
        command.Options.Add(cap);
        command.Options.Add(add);
        command.Options.Add(escapes);
        common.AddTo(command);
        var profiling = new ProfileOptions();
        profiling.AddTo(command);
        var svg = new SvgOutput();
        svg.Option.Description = "Also write the cap-growth step chart (one line per version) as SVG to this file.";
        svg.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(ctx, () =>
        {
            var elem = GoTypeParser.Parse(parse.GetValue(type) ?? "");
            var versions = common.Versions(parse, allowMany: true);
            var (escape, capObserved) = ParseEscapes(parse.GetValue(escapes));
            var n = parse.GetValue(count);
            var k = parse.GetValue(add);
            var l = parse.GetValue(len);
            var c = parse.GetValue(cap);
            if (n is null == k is null)
            {
                throw new CliException("append: give either --count N, or --len L [--cap C] --add K");
            }

            if (n is { } total)
            {
                if (l is not null || c is not null)
                {
                    throw new CliException("append: --len and --cap go with --add, not with --count");
                }

                if (total is < 0 or > MaxCount || (elem.Size == 0 && total > MaxZeroSizeCount))
                {
                    throw new CliException($"--count: {total} is out of range (0..{(elem.Size == 0 ? MaxZeroSizeCount : MaxCount)}{(elem.Size == 0 ? " for a zero-size element, which grows at every append" : "")})");
                }

                List<AppendRun> runs;
                if (profiling.Requested(parse))
                {
                    // --pprof / --gctrace / --gogc: the growslice allocations go through a runtime configured by them.
                    if (versions.Count != 1)
                    {
                        throw new CliException("--pprof, --gctrace and --gogc take one --go version, not a list");
                    }

                    var rt = new GoRuntime(profiling.Configure(parse, ctx, new GoRuntimeOptions { Version = versions[0], Accounting = true }));
                    runs = [AppendScenario.OneByOne(elem, total, versions[0], escape, capObserved, rt.Heap)];
                    profiling.Finish(parse, rt);
                }
                else
                {
                    runs = [.. versions.Select(v => AppendScenario.OneByOne(elem, total, v, escape, capObserved))];
                }

                svg.Write(parse, ctx, () => LabCharts.CapGrowth(elem, versions, Math.Max(total, 16)).ToSvg());
                if (parse.GetValue(common.Json))
                {
                    var results = runs.Select(r => OneByOneJson(elem, r)).ToList();
                    Json.Write(ctx.Output, results.Count == 1 ? results[0] : results);
                    return 0;
                }

                if (runs.Count == 1)
                {
                    RenderOne(ctx, elem, total, runs[0]);
                }
                else
                {
                    RenderSideBySide(ctx, elem, total, runs);
                }

                return 0;
            }

            if (escape != SliceEscape.Heap)
            {
                throw new CliException("--escapes: applies to --count only (append(s, src[:k]...) never uses a stack buffer)");
            }

            var length = l ?? throw new CliException("append: --add needs --len");
            var capacity = c ?? length;
            if (length < 0 || capacity < length)
            {
                throw new CliException($"append: make([]T, {length}, {capacity}) is invalid (need 0 <= len <= cap)");
            }

            var many = versions.Select(v => AppendScenario.AppendMany(elem.Size, elem.HasPointers, length, capacity, k!.Value, v, elem.ToString())).ToList();
            var manyJson = many.Select(r => new AppendManyResult(r.Version.Name, r.Capacity, r.Length, r.Mallocs, r.TotalAlloc)).ToList();
            if (parse.GetValue(common.Json))
            {
                Json.Write(ctx.Output, manyJson.Count == 1 ? manyJson[0] : manyJson);
                return 0;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumns("go", "len", "cap", "mallocs", "bytes charged");
            foreach (var r in manyJson)
            {
                table.AddRow(r.Go, N(r.Len), N(r.Cap), N(r.Mallocs), N(r.TotalAlloc));
            }

            ctx.Console.MarkupLine($"[bold]append(make({Markup.Escape("[]" + elem)}, {length}, {capacity}), {k} elements...)[/]");
            ctx.Console.Write(table);
            return 0;
        }));
        return command;
    }

    internal static (SliceEscape Escape, bool CapObserved) ParseEscapes(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "true" => (SliceEscape.Heap, true),
        "false" => (SliceEscape.Local, true),
        "at-end" => (SliceEscape.AtEnd, true),
        "at-end-nocap" => (SliceEscape.AtEnd, false),
        _ => throw new CliException($"--escapes: \"{text}\" is not one of true, false, at-end, at-end-nocap"),
    };

    internal static AppendOneByOneResult OneByOneJson(GoType elem, AppendRun run) => new(
        run.Version.Name,
        new ElemInfo(elem.ToString(), elem.Size, elem.Align, elem.HasPointers),
        [.. run.Transitions.Select(t => new[] { t.LenBefore, t.CapBefore, t.CapAfter })],
        [.. run.Transitions.Select(t => t.CapAfter)],
        run.Mallocs,
        run.TotalAlloc);

    private static void RenderOne(CliContext ctx, GoType elem, long count, AppendRun run)
    {
        ctx.Console.MarkupLine($"[bold]{N(count)} × append to a nil {Markup.Escape("[]" + elem)}[/] (Go {run.Version.Name}, element {elem.Size} B, {(elem.HasPointers ? "pointers" : "no pointers")}, {Describe(run.Escape)})");
        var table = new Table().Border(TableBorder.Rounded).AddColumns("len", "cap", "→ cap", "where", "requested", "charged", "class", "waste");
        for (var i = 0; i < 8; i++)
        {
            if (i != 3)
            {
                table.Columns[i].RightAligned();
            }
        }

        foreach (var t in run.Transitions)
        {
            var a = t.Allocation;
            table.AddRow(
                N(t.LenBefore), N(t.CapBefore), N(t.CapAfter), t.OnStack ? "stack" : a is null ? "-" : "heap",
                a is null ? "-" : N(a.Value.Size), a is null ? "-" : N(a.Value.Charged), a is null ? "-" : Class(a.Value), a is null ? "-" : Waste(a.Value));
        }

        if (run.MoveToHeap is { } move)
        {
            table.AddRow("end", N(run.Transitions.Count == 0 ? 0 : run.Transitions[^1].CapAfter), N(run.Capacity), "move", N(move.Size), N(move.Charged), Class(move), Waste(move));
        }

        ctx.Console.Write(table);
        ctx.Console.MarkupLine(
            $"total: [bold]{N(run.Mallocs)}[/] mallocs, [bold]{N(run.TotalAlloc)}[/] bytes charged (TotalAlloc); final len {N(run.Length)}, cap {N(run.Capacity)}; " +
            $"{N(run.Transitions.Count)} reallocations");
    }

    private static void RenderSideBySide(CliContext ctx, GoType elem, long count, List<AppendRun> runs)
    {
        ctx.Console.MarkupLine($"[bold]{N(count)} × append to a nil {Markup.Escape("[]" + elem)}[/]: cap after each reallocation ({Describe(runs[0].Escape)})");
        var table = new Table().Border(TableBorder.Rounded).AddColumn("#");
        foreach (var r in runs)
        {
            table.AddColumn(new TableColumn(r.Version.Name).RightAligned());
        }

        var rows = runs.Max(r => r.Transitions.Count);
        for (var i = 0; i < rows; i++)
        {
            var cells = runs.Select(r => i < r.Transitions.Count ? Cell(r.Transitions[i].CapAfter, runs, i) : "").ToList();
            table.AddRow([N(i + 1), .. cells]);
        }

        table.AddRow(["final cap", .. runs.Select(r => N(r.Capacity))]);
        table.AddRow(["mallocs", .. runs.Select(r => N(r.Mallocs))]);
        table.AddRow(["bytes", .. runs.Select(r => N(r.TotalAlloc))]);
        ctx.Console.Write(table);
        ctx.Console.MarkupLine($"[grey]* differs from Go {runs[0].Version.Name} at the same step.[/]");

        static string Cell(long cap, List<AppendRun> runs, int i)
        {
            // Mark a cap that differs from the first version's at the same step.
            var first = runs[0].Transitions;
            var same = i < first.Count && first[i].CapAfter == cap;
            return same ? N(cap) : $"{N(cap)} *";
        }
    }

    private static string Describe(SliceEscape escape) => escape switch
    {
        SliceEscape.Local => "slice does not escape",
        SliceEscape.AtEnd => "slice escapes after the loop",
        _ => "slice escapes",
    };

    private static string Class(AllocationRecord a) => a.Path switch
    {
        AllocationPath.Tiny => "tiny",
        AllocationPath.Large => "large",
        _ => N(a.SizeClass),
    };

    private static string Waste(AllocationRecord a) =>
        a.Path is AllocationPath.Small or AllocationPath.Large && a.Charged > 0
            ? $"{100.0 * (a.Charged - a.Size) / a.Charged:0.0}%"
            : "-";

    private static string N(long v) => v.ToString("N0", CultureInfo.InvariantCulture);

    internal sealed record ElemInfo(string Type, long Size, int Align, bool Pointers);

    internal sealed record AppendOneByOneResult(string Go, ElemInfo Elem, IReadOnlyList<long[]> Transitions, IReadOnlyList<long> Caps, long Mallocs, long TotalAlloc);

    internal sealed record AppendManyResult(string Go, long Cap, long Len, long Mallocs, long TotalAlloc);
}
