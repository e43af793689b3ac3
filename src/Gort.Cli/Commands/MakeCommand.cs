using System.CommandLine;
using System.Globalization;
using Gort.Cli.Infrastructure;
using Gort.Lab;
using Gort.Memory;
using Gort.Types;
using Gort.Versions;
using Spectre.Console;

namespace Gort.Cli.Commands;

/// <summary>
/// <c>gort make '[]T' LEN [CAP]</c>: what <c>make</c> allocates. Shared with the maps: a map type is dispatched at the
/// marked point below.
/// </summary>
internal static class MakeCommand
{
    public static Command Create(CliContext ctx)
    {
        var common = new CommonOptions();
        var type = new Argument<string>("type") { Description = "A slice type such as '[]int64' or '[]*T' (map types: see the maps build)." };
        var len = new Argument<string>("len") { Description = "The length (for a map: the size hint)." };
        var cap = new Argument<string?>("cap") { Description = "The capacity (default: len).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("make", "Show what make allocates: cap, mallocs, bytes charged and each allocation, per Go version.");
        command.Arguments.Add(type);
        command.Arguments.Add(len);
        command.Arguments.Add(cap);
        common.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(ctx, () =>
        {
            var goType = GoTypeParser.Parse(parse.GetValue(type) ?? "");
            var versions = common.Versions(parse, allowMany: true);
            if (goType.Underlying is GoMapType)
            {
                // ---- MAP DISPATCH POINT -------------------------------------------------------------------------
                // The lead wires the map helpers' `make(map[K]V, hint)` here (MapEngines.Create + MapState).
                throw new CliException("make for map types is not available in this build");
            }

            if (goType.Underlying is not GoSliceType slice)
            {
                throw new CliException($"make: {goType} is not a slice or map type");
            }

            var length = ParseCount("len", parse.GetValue(len));
            var capText = parse.GetValue(cap);
            var capacity = capText is null ? length : ParseCount("cap", capText);
            var results = versions.Select(v => Make(slice.Elem, length, capacity, v)).ToList();
            if (parse.GetValue(common.Json))
            {
                Json.Write(ctx.Output, results.Count == 1 ? results[0] : results);
                return 0;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumns("go", "len", "cap", "mallocs", "bytes charged", "path", "class", "requested");
            foreach (var r in results)
            {
                var a = r.Allocations.FirstOrDefault();
                table.AddRow(r.Go, N(r.Len), N(r.Cap), N(r.Mallocs), N(r.TotalAlloc), a?.Path ?? "zerobase", a is null ? "-" : N(a.SizeClass), a is null ? "0" : N(a.Size));
            }

            ctx.Console.MarkupLine($"[bold]make({Markup.Escape(goType.ToString())}, {length}, {capacity})[/]: cap is exactly {capacity} (make never rounds); the allocation is rounded.");
            ctx.Console.Write(table);
            return 0;
        }));
        return command;
    }

    internal static MakeResult Make(GoType elem, long length, long capacity, GoVersion version)
    {
        var run = AppendScenario.Make(elem.Size, elem.HasPointers, length, capacity, version, elem.ToString());
        return new MakeResult(
            version.Name,
            run.Capacity,
            run.Length,
            run.Mallocs,
            run.TotalAlloc,
            [.. run.Allocations.Select(a => new MakeAllocation(a.Size, a.Charged, a.SizeClass, a.Path.ToString().ToLowerInvariant(), a.Pointers, a.Operation.ToString(), a.TypeName))]);
    }

    private static long ParseCount(string what, string? text)
    {
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw new CliException($"make: {what} \"{text}\" is not an integer");
        }

        return value;
    }

    private static string N(long v) => v.ToString("N0", CultureInfo.InvariantCulture);

    internal sealed record MakeAllocation(long Size, long Charged, int SizeClass, string Path, bool Pointers, string Operation, string? Type);

    internal sealed record MakeResult(string Go, long Cap, long Len, long Mallocs, long TotalAlloc, IReadOnlyList<MakeAllocation> Allocations);
}
