using System.Globalization;
using Gort.Cli.Infrastructure;
using Gort.Runtime;
using Gort.Types;
using Gort.Versions;
using Spectre.Console;

namespace Gort.Cli.Commands;

/// <summary>
/// The map part of <c>gort make 'map[K]V' [HINT]</c>: what <c>make(map[K]V, hint)</c> of an escaping map allocates in
/// each version (engine-agnostic). <c>MakeCommand</c> calls <see cref="Run"/> at its map dispatch point.
/// </summary>
internal static class MapMake
{
    /// <summary>Prints the allocations of <c>make(type, hint)</c> for each version; returns the exit code.</summary>
    public static int Run(CliContext ctx, IReadOnlyList<GoVersion> versions, GoMapType type, long hint, bool json)
    {
        var results = versions.Select(v => Measure(v, type, hint)).ToList();
        if (json)
        {
            Json.Write(ctx.Output, results.Count == 1 ? results[0] : results);
            return 0;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("go", "engine", "mallocs", "bytes", "state", "allocations");
        foreach (var r in results)
        {
            table.AddRow(
                (string)r["go"]!, (string)r["engine"]!, ((long)r["mallocs"]!).ToString(CultureInfo.InvariantCulture),
                ((long)r["totalAlloc"]!).ToString("N0", CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(" ", r.Where(p => p.Value is System.Text.Json.JsonElement).Select(p => $"{p.Key}={p.Value}"))),
                Markup.Escape(string.Join(", ", ((List<Dictionary<string, object?>>)r["allocations"]!).Select(a => $"{a["operation"]} {a["size"]}→{a["charged"]}"))));
        }

        ctx.Console.Write(table);
        return 0;
    }

    /// <summary>One version's result: <c>{go, type, engine, mallocs, totalAlloc, ...state, allocations}</c>.</summary>
    internal static Dictionary<string, object?> Measure(GoVersion version, GoMapType type, long hint)
    {
        var rt = new GoRuntime(new GoRuntimeOptions { Version = version, Accounting = true, KeepRecords = true, Seed = 1 });
        var lab = new MapLab(rt, type, hint, escapes: true);
        var state = lab.State;
        var fields = MapLab.StateFields(state).ToList();
        var result = new Dictionary<string, object?>
        {
            ["go"] = version.Name,
            ["type"] = type.ToString(),
            ["hint"] = hint,
            ["engine"] = state.Engine,
            ["mallocs"] = (long)rt.Heap.Mallocs,
            ["totalAlloc"] = (long)rt.Heap.TotalAlloc,
        };
        foreach (var (name, value) in fields)
        {
            result[name] = value;
        }

        result["allocations"] = rt.Heap.Records.Select(r => new Dictionary<string, object?>
        {
            ["operation"] = r.Operation.ToString(),
            ["type"] = r.TypeName,
            ["size"] = r.Size,
            ["charged"] = r.Charged,
            ["sizeClass"] = r.SizeClass,
            ["path"] = r.Path.ToString().ToLowerInvariant(),
        }).ToList();
        return result;
    }
}
