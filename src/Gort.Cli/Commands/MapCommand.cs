using System.CommandLine;
using System.Globalization;
using Gort.Cli.Infrastructure;
using Gort.Cli.Rendering;
using Gort.Lab.Rendering;
using Gort.Maps;
using Gort.Memory;
using Gort.Runtime;
using Gort.Types;
using Spectre.Console;

namespace Gort.Cli.Commands;

/// <summary>
/// <c>gort map 'map[K]V' --insert N [--hint H] [--seed S] [--escapes false] [--trace] [--churn K]</c>: insert N distinct
/// keys and show the map's state and the timeline of its grows (engine-agnostic through <see cref="MapState"/>); with
/// <c>--churn K</c>, then run K delete-oldest/insert-new cycles (key i−N out, key i in) to show tombstone behaviour
/// (Swiss 1.24 keeps growing, 1.25+ prunes on the fast paths; see <see cref="Lab.MapChurn"/>).
/// </summary>
internal static class MapCommand
{
    /// <summary>Above this many keys <c>--svg</c> draws the memory chart instead of every bucket or group.</summary>
    private const long MaxPictureKeys = 4096;

    public static Command Create(CliContext ctx)
    {
        var common = new CommonOptions();
        var type = new Argument<string>("type") { Description = "A map type such as 'map[int]int', 'map[string]*T' or 'map[[200]byte]int'." };
        var insert = new Option<string>("--insert") { Description = "Keys to insert: 0..N-1 for integer keys, \"k\"+i for string keys, i little-endian for other keys.", Required = true };
        var hint = new Option<string?>("--hint") { Description = "The make size hint (default: none)." };
        var seed = new Option<string?>("--seed") { Description = "Fixed seed for hash seeds and iteration starts (default: random, as Go)." };
        var escapes = new Option<string?>("--escapes") { Description = "true (default) or false: a map kept on the stack has no header allocation." };
        var trace = new Option<bool>("--trace") { Description = "Print each insert that allocates or grows." };
        var churn = new Option<string?>("--churn") { Description = "After the inserts, K cycles of delete-oldest/insert-new (tombstone behaviour)." };
        var command = new Command("map", "Insert N keys into a map and show its state and growth timeline.");
        command.Arguments.Add(type);
        command.Options.Add(insert);
        command.Options.Add(hint);
        command.Options.Add(seed);
        command.Options.Add(escapes);
        command.Options.Add(trace);
        command.Options.Add(churn);
        common.AddTo(command);
        var profiling = new ProfileOptions();
        profiling.AddTo(command);
        var svg = new SvgOutput();
        svg.Option.Description = $"Also write an SVG: a picture of the buckets or groups (up to {MaxPictureKeys} keys), otherwise the memory-vs-N chart.";
        svg.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(ctx, () =>
        {
            var mapType = ParseMapType(parse.GetValue(type));
            var n = ParseCount("--insert", parse.GetValue(insert));
            var h = parse.GetValue(hint) is { } ht ? ParseHint(ht) : 0;
            var s = parse.GetValue(seed) is { } st ? ParseSeed(st) : (ulong?)null;
            var esc = ParseBool("--escapes", parse.GetValue(escapes) ?? "true");
            var k = parse.GetValue(churn) is { } ct ? ParseCount("--churn", ct) : 0;
            var version = common.Version(parse);
            var json = parse.GetValue(common.Json);
            var result = LabProgress.Run(ctx, json, $"inserting {n:N0} keys", n, report => Run(
                version, mapType, n, h, s, esc, parse.GetValue(trace) && !json ? ctx.Output : null, k,
                options => profiling.Configure(parse, ctx, options), rt => profiling.Finish(parse, rt), report));
            svg.Write(parse, ctx, () => n <= MaxPictureKeys
                ? MapInternals.Svg(mapType, version, n, h, s ?? 1)
                : LabCharts.Memory(mapType, [version], n, h).ToSvg());
            if (parse.GetValue(common.Json))
            {
                Json.Write(ctx.Output, result.ToJson());
                return 0;
            }

            Render(ctx, result);
            return 0;
        }));
        return command;
    }

    internal static MapRun Run(
        Versions.GoVersion version, GoMapType type, long n, long hint, ulong? seed, bool escapes, TextWriter? trace, long churn = 0,
        Func<GoRuntimeOptions, GoRuntimeOptions>? configure = null, Action<GoRuntime>? finish = null, Action<long>? progress = null)
    {
        var options = new GoRuntimeOptions { Version = version, Accounting = true, Seed = seed };
        var rt = new GoRuntime(configure is null ? options : configure(options));
        var recorder = new Recorder();
        rt.Heap.AddListener(recorder);
        var lab = new MapLab(rt, type, hint, escapes);
        var state = lab.State;
        if (trace is not null && recorder.Take() is { Count: > 0 } made)
        {
            trace.WriteLine($"make{(hint != 0 ? $"(hint {hint})" : "")}: {Describe(made)}");
        }

        var events = new List<IReadOnlyList<object>> { state.EventRow() };
        var growing = lab.Growing;
        for (long i = 0; i < n; i++)
        {
            lab.Insert(i);
            progress?.Invoke(i + 1);

            // Lab performance (10M inserts ≤ 3 s): a timeline event needs an allocation (grow, split, new table) or the
            // end of a classic evacuation, so the state is only inspected after an allocating insert or while a classic
            // map is growing. Inspecting after every insert made Swiss maps quadratic (Inspect walks the directory).
            var allocated = recorder.Any;
            if (!allocated && !growing)
            {
                continue;
            }

            var next = lab.TimelineState;
            var grew = next.IsNewEvent(state);
            if (grew)
            {
                events.Add(next.EventRow());
            }

            var allocations = recorder.Take();
            if (trace is not null && (allocations.Count > 0 || grew))
            {
                trace.WriteLine($"insert #{i + 1}: {(allocations.Count > 0 ? Describe(allocations) : "no allocation")}{(grew ? $"  → [{string.Join(", ", next.EventRow())}]" : "")}");
            }

            state = next;
            growing = lab.Growing;
        }

        state = lab.State; // inserts inspect the state only when they allocate or evacuate: refresh it
        MapChurnSummary? churnSummary = null;
        if (churn > 0)
        {
            var (m0, b0) = (rt.Heap.Mallocs, rt.Heap.TotalAlloc);
            var grows = 0;
            for (long c = 0; c < churn; c++)
            {
                lab.Delete(c);
                lab.Insert(n + c);
                var allocations = recorder.Take();
                if (allocations.Count == 0)
                {
                    continue; // only an allocation can change the structure
                }

                var next = lab.State;
                if (next.IsNewEvent(state))
                {
                    grows++;
                    events.Add(next.EventRow());
                }

                trace?.WriteLine($"churn #{c + 1}: {Describe(allocations)}");
                state = next;
            }

            state = lab.State;
            churnSummary = new MapChurnSummary(churn, grows, (long)(rt.Heap.Mallocs - m0), (long)(rt.Heap.TotalAlloc - b0));
        }

        if (finish is not null)
        {
            if (rt.Heap.Profiler is not null)
            {
                GC.KeepAlive(lab);
                rt.GC(); // the profile's in-use figures after a final cycle, as a Go program calls runtime.GC() first
            }

            finish(rt);
        }

        return new MapRun(version.Name, type.ToString(), state, (long)rt.Heap.Mallocs, (long)rt.Heap.TotalAlloc, events, churnSummary);
    }

    private static string Describe(List<AllocationRecord> records) =>
        string.Join(", ", records.Select(r => $"{r.Operation} {r.Size} B (charged {r.Charged})"));

    internal static GoMapType ParseMapType(string? text)
    {
        GoType parsed;
        try
        {
            parsed = GoTypeParser.Parse(text ?? "");
        }
        catch (GoTypeParseException e)
        {
            throw new CliException($"type: {e.Message}");
        }

        return parsed.Underlying as GoMapType ?? throw new CliException($"type: {parsed} is not a map type");
    }

    private static long ParseCount(string what, string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 100_000_000
            ? n
            : throw new CliException($"{what}: \"{text}\" is not a count from 0 to 100000000");

    internal static long ParseHint(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var h)
            ? h
            : throw new CliException($"hint: \"{text}\" is not an integer");

    private static ulong ParseSeed(string text) =>
        ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : throw new CliException($"--seed: \"{text}\" is not a non-negative integer");

    private static bool ParseBool(string what, string text) => text.ToLowerInvariant() switch
    {
        "true" => true,
        "false" => false,
        _ => throw new CliException($"{what}: \"{text}\" is not true or false"),
    };

    private static void Render(CliContext ctx, MapRun run)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("field", "value");
        table.AddRow("go", run.Go);
        table.AddRow("type", Markup.Escape(run.Type));
        table.AddRow("engine", run.State.Engine);
        table.AddRow("count", run.State.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var (name, value) in MapLab.StateFields(run.State))
        {
            table.AddRow(Markup.Escape(name), Markup.Escape(value.ToString()));
        }

        table.AddRow("mallocs", run.Mallocs.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("totalAlloc", run.TotalAlloc.ToString("N0", CultureInfo.InvariantCulture) + " B");
        if (run.Churn is { } churn)
        {
            table.AddRow("churn", $"{churn.Cycles:N0} cycles: {churn.Grows} grows, {churn.Mallocs:N0} mallocs, {churn.TotalAlloc:N0} B");
        }

        ctx.Console.Write(table);
        var events = new Table().Border(TableBorder.Simple).Title("timeline (a row whenever the table shape or a grow changes)");
        foreach (var c in run.State.Engine == "classic" ? new[] { "count", "B", "growing", "sameSizeGrow", "noverflow", "nevacuate" } : ["count", "dirLen", "globalDepth", "tables", "capacity", "hist"])
        {
            events.AddColumn(c);
        }

        foreach (var row in run.Events)
        {
            events.AddRow(row.Select(v => Markup.Escape(Convert.ToString(v, CultureInfo.InvariantCulture) ?? "")).ToArray());
        }

        ctx.Console.Write(events);
    }

    /// <summary>What <c>--churn K</c> cost: structural changes (grows/splits) and allocations during the cycles.</summary>
    internal sealed record MapChurnSummary(long Cycles, int Grows, long Mallocs, long TotalAlloc);

    internal sealed record MapRun(string Go, string Type, MapState State, long Mallocs, long TotalAlloc, IReadOnlyList<IReadOnlyList<object>> Events, MapChurnSummary? Churn = null)
    {
        public Dictionary<string, object?> ToJson()
        {
            var json = new Dictionary<string, object?> { ["go"] = Go, ["type"] = Type, ["engine"] = State.Engine, ["count"] = State.Count };
            foreach (var (name, value) in MapLab.StateFields(State))
            {
                json[name] = value;
            }

            json["mallocs"] = Mallocs;
            json["totalAlloc"] = TotalAlloc;
            json["events"] = Events;
            if (Churn is not null)
            {
                json["churn"] = new Dictionary<string, object> { ["cycles"] = Churn.Cycles, ["grows"] = Churn.Grows, ["mallocs"] = Churn.Mallocs, ["totalAlloc"] = Churn.TotalAlloc };
            }

            return json;
        }
    }

    private sealed class Recorder : IAllocationListener
    {
        private List<AllocationRecord> _records = [];

        public bool Any => _records.Count > 0;

        public void OnAllocation(in AllocationRecord record) => _records.Add(record);

        public List<AllocationRecord> Take()
        {
            var r = _records;
            _records = [];
            return r;
        }
    }
}
