using System.CommandLine;
using System.Globalization;
using Gort.Cli.Infrastructure;
using Gort.Cli.Rendering;
using Gort.Lab.Footprint;
using Gort.Lab.Rendering;
using Gort.Types;
using Gort.Versions;
using Spectre.Console;

namespace Gort.Cli.Commands;

/// <summary><c>gort footprint TYPE --n N</c>: the bytes a slice or map holds at N elements, analytically.</summary>
internal static class FootprintCommand
{
    public static Command Create(CliContext ctx)
    {
        var common = new CommonOptions();
        var svg = new SvgOutput();
        var type = new Argument<string>("type") { Description = "A Go slice or map type, e.g. 'map[string]int64' or '[]struct{a int; b *T}' (definitions allowed: 'type T struct{...}; []T')." };
        var n = new Option<string>("--n") { Description = "Elements (slice) or distinct keys (map): 1000, 1_000_000, 1e6 or 10^6.", Required = true };
        var hint = new Option<string?>("--hint") { Description = "Map: make(map[K]V, H). Slice: append to make([]T, 0, H). Default 0 (nil slice / no hint)." };
        var escapes = new Option<bool>("--escapes") { Description = "Whether the map or slice escapes to the heap (default true); false lets the compiler use the stack.", DefaultValueFactory = _ => true };
        var command = new Command("footprint", "Bytes a slice or map of any Go type holds at N elements: parts, bytes per entry, payload ratio, hash-dependent range.");
        command.Arguments.Add(type);
        command.Options.Add(n);
        command.Options.Add(hint);
        command.Options.Add(escapes);
        common.AddTo(command);
        svg.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(ctx, () =>
        {
            var goType = CliParsing.Type(parse.GetValue(type));
            if (goType.Underlying is not (GoSliceType or GoMapType))
            {
                throw new CliException($"type: footprint needs a slice or map type, not {goType}");
            }

            var options = new FootprintOptions
            {
                N = CliParsing.Count(parse.GetValue(n), "--n"),
                Hint = parse.GetValue(hint) is { } h ? CliParsing.Count(h, "--hint") : 0,
                Escapes = parse.GetValue(escapes),
            };
            var versions = common.Versions(parse, allowMany: true);
            var results = versions.Select(v => FootprintModel.Compute(goType, v, options)).ToList();
            svg.Write(parse, ctx, () => Chart(goType, versions, options).ToSvg());
            if (parse.GetValue(common.Json))
            {
                var json = results.Select(ToJson).ToList();
                Json.Write(ctx.Output, json.Count == 1 ? json[0] : json);
                return 0;
            }

            foreach (var r in results)
            {
                Render(ctx, r);
            }

            return 0;
        }));
        return command;
    }

    /// <summary>The chart <c>--svg</c> writes: bytes per entry against N up to 4·N (at least 1000), the asked N marked.</summary>
    internal static LineChart Chart(GoType type, IReadOnlyList<GoVersion> versions, FootprintOptions options)
    {
        var maxN = Math.Max(1000, Math.Min(options.N * 4, 100_000_000));
        var chart = LabCharts.BytesPerEntry(type, versions, maxN, options.Hint);
        if (options.N > 0)
        {
            for (var i = 0; i < versions.Count; i++)
            {
                var r = FootprintModel.Compute(type, versions[i], options);
                chart.Markers.Add(new ChartMarker(options.N, r.BytesPerEntry, $"go {versions[i].Name}: N = {options.N.ToString("N0", CultureInfo.InvariantCulture)}: {r.Bytes.ToString("N0", CultureInfo.InvariantCulture)} B ({r.BytesPerEntry:0.#} B/entry)", i));
            }
        }

        return chart;
    }

    /// <summary>The documented JSON shape, exactly.</summary>
    internal static FootprintJson ToJson(FootprintResult r) => new(
        r.Version.Name,
        r.Type.ToString(),
        r.N,
        r.Bytes,
        Math.Round(r.BytesPerEntry, 3),
        r.PayloadBytes,
        [r.RangeLow, r.RangeHigh],
        [.. r.Parts.Select(p => new FootprintPartJson(p.What, Math.Round(p.Count, 3), p.Bytes))]);

    private static void Render(CliContext ctx, FootprintResult r)
    {
        var inv = CultureInfo.InvariantCulture;
        ctx.Console.Write(new Rule($"[bold]{Markup.Escape(r.Type.ToString())}[/] · N = {r.N.ToString("N0", inv)} · go {Markup.Escape(r.Version.Name)}").LeftJustified());
        var table = new Table().Border(TableBorder.Rounded).AddColumns("part", "count", "bytes", "where");
        table.Columns[1].RightAligned();
        table.Columns[2].RightAligned();
        foreach (var p in r.Parts)
        {
            var count = p.Count == Math.Floor(p.Count) ? p.Count.ToString("N0", inv) : p.Count.ToString("N2", inv);
            table.AddRow(
                Markup.Escape(p.What),
                p.HashDependent ? "≈" + count : count,
                (p.HashDependent ? "≈" : "") + p.Bytes.ToString("N0", inv),
                p.OnHeap ? "heap" : "stack/variable");
        }

        table.AddRow("[bold]total[/]", "", $"[bold]{(r.Deterministic ? "" : "≈")}{r.Bytes.ToString("N0", inv)}[/]", r.HeapBytes == r.Bytes ? "" : $"heap {r.HeapBytes.ToString("N0", inv)}");
        ctx.Console.Write(table);
        ctx.Console.MarkupLine($"bytes per entry [bold]{(r.N == 0 ? "-" : r.BytesPerEntry.ToString("0.##", inv))}[/] · payload {r.PayloadBytes.ToString("N0", inv)} B ({r.PayloadRatio:P1} of the total) · cap {r.Capacity.ToString("N0", inv)}");
        ctx.Console.MarkupLine(r.Deterministic
            ? "[grey]deterministic: independent of the hash seed.[/]"
            : $"hash-dependent: range [bold]{r.RangeLow.ToString("N0", inv)} .. {r.RangeHigh.ToString("N0", inv)}[/] B (99.98% of seeds)");
        if (r.Best is { } best && r.Worst is { } worst)
        {
            ctx.Console.MarkupLine($"growth cycle: best {best.BytesPerEntry:0.#} B/entry at N = {best.N.ToString("N0", inv)}, worst {worst.BytesPerEntry:0.#} B/entry at N = {worst.N.ToString("N0", inv)}");
        }

        foreach (var note in r.Notes)
        {
            ctx.Console.MarkupLine($"[grey]· {Markup.Escape(note)}[/]");
        }

        ctx.Console.WriteLine();
    }

    internal sealed record FootprintJson(string Go, string Type, long N, long Bytes, double BytesPerEntry, long PayloadBytes, long[] Range, IReadOnlyList<FootprintPartJson> Parts);

    internal sealed record FootprintPartJson(string What, double Count, long Bytes);
}
