using System.CommandLine;
using System.Globalization;
using Gort.Cli.Infrastructure;
using Gort.Memory;
using Gort.Versions;
using Spectre.Console;

namespace Gort.Cli.Commands;

/// <summary><c>gort alloc BYTES [--pointers]</c>: what one allocation on a fresh heap costs.</summary>
internal static class AllocCommand
{
    public static Command Create(CliContext ctx)
    {
        var common = new CommonOptions();
        var bytes = new Argument<string>("bytes") { Description = "Bytes requested from mallocgc (0 .. 2^48)." };
        var pointers = new Option<bool>("--pointers") { Description = "The object's type contains pointers (not noscan)." };
        var command = new Command("alloc", "Show the path, size class and bytes charged for one allocation on a fresh heap.");
        command.Arguments.Add(bytes);
        command.Options.Add(pointers);
        common.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(ctx, () =>
        {
            var size = ParseSize(parse.GetValue(bytes));
            var results = common.Versions(parse, allowMany: true)
                .Select(v => Measure(v, size, parse.GetValue(pointers)))
                .ToList();
            if (parse.GetValue(common.Json))
            {
                Json.Write(ctx.Output, results.Count == 1 ? results[0] : results);
                return 0;
            }

            Render(ctx, results);
            return 0;
        }));
        return command;
    }

    internal static AllocResult Measure(GoVersion version, long size, bool pointers)
    {
        var heap = new GoHeap(version);
        var record = heap.Allocate(size, pointers, GoOperation.Malloc);
        var plan = Allocator.Plan(size, pointers, version);
        return new AllocResult(
            version.Name,
            size,
            pointers,
            record.Path.ToString().ToLowerInvariant(),
            record.SizeClass,
            record.Charged,
            record.Usable,
            (long)heap.Mallocs,
            plan.HasMallocHeader,
            record.Path is AllocationPath.Small or AllocationPath.Large ? record.Charged - size : 0);
    }

    private static long ParseSize(string? text)
    {
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size))
        {
            throw new CliException($"bytes: \"{text}\" is not a non-negative integer");
        }

        if (size > SizeClasses.MaxAlloc)
        {
            throw new CliException($"bytes: {size} is larger than the heap can hold (maxAlloc = 2^48 on linux/amd64)");
        }

        return size;
    }

    private static void Render(CliContext ctx, List<AllocResult> results)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("go", "size", "pointers", "path", "class", "charged", "usable", "header", "waste", "mallocs");
        foreach (var r in results)
        {
            table.AddRow(
                r.Go, r.Size.ToString("N0", CultureInfo.InvariantCulture), r.Pointers ? "yes" : "no", r.Path,
                r.SizeClass.ToString(CultureInfo.InvariantCulture), r.Charged.ToString("N0", CultureInfo.InvariantCulture),
                r.Usable.ToString("N0", CultureInfo.InvariantCulture), r.MallocHeader ? "8 B" : "-",
                r.Charged == 0 ? "-" : $"{r.Waste} B ({100.0 * r.Waste / r.Charged:0.#}%)", r.Mallocs.ToString(CultureInfo.InvariantCulture));
        }

        ctx.Console.Write(table);
        var first = results[0];
        ctx.Console.MarkupLine(first.Path switch
        {
            "zero" => "[grey]size 0: mallocgc returns &zerobase; nothing is counted.[/]",
            "tiny" => "[grey]pointer-free and < 16 B: packed into a 16-byte tiny block (charged only when a new block is opened).[/]",
            "large" => "[grey]above the small-object limit: whole 8 KiB pages in a span of its own.[/]",
            _ => $"[grey]small object: rounded up to its size class (pointerful objects > {SizeClasses.MinSizeForMallocHeader} B carry an {SizeClasses.MallocHeaderSize}-byte header from Go {GoVersion.All.First(v => v.MallocHeaders).Name}).[/]",
        });
    }

    internal sealed record AllocResult(
        string Go,
        long Size,
        bool Pointers,
        string Path,
        int SizeClass,
        long Charged,
        long Usable,
        long Mallocs,
        bool MallocHeader,
        long Waste);
}
