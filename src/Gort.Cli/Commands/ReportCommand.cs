using System.CommandLine;
using Gort.Cli.Infrastructure;
using Gort.Cli.Rendering;
using Gort.Lab.Rendering;
using Gort.Types;
using Gort.Versions;
using Spectre.Console;

namespace Gort.Cli.Commands;

/// <summary><c>gort report --out FILE.html</c>: a self-contained HTML report with the lab's charts and pictures.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext ctx)
    {
        var common = new CommonOptions();
        var output = new Option<string>("--out") { Description = "The HTML file to write.", Required = true };
        var map = new Option<string?>("--map") { Description = "Map type for the memory charts and pictures (default map[int64]int64)." };
        var elems = new Option<string?>("--elem") { Description = "Element types for the cap-growth charts, separated by '|' (default 'int64|*int|string')." };
        var n = new Option<string?>("--n") { Description = "Keys in the map pictures (default 100)." };
        var scenario = new Option<string?>("--scenario") { Description = "Slice scenario for the aliasing picture (see 'gort slices')." };
        var command = new Command("report", "Write a self-contained HTML report (inline SVG, no network): cap growth, map memory classic vs Swiss, map internals, slice aliasing.");
        command.Options.Add(output);
        command.Options.Add(map);
        command.Options.Add(elems);
        command.Options.Add(n);
        command.Options.Add(scenario);
        common.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(ctx, () =>
        {
            var versions = parse.GetValue(common.Go) is null ? [GoVersion.Get(22), GoVersion.Latest] : common.Versions(parse, allowMany: true);
            var mapType = CliParsing.Type(parse.GetValue(map) ?? "map[int64]int64", "--map");
            if (mapType.Underlying is not GoMapType goMap)
            {
                throw new CliException($"--map: {mapType} is not a map type");
            }

            var elemTypes = (parse.GetValue(elems) ?? "int64|*int|string").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(t => CliParsing.Type(t, "--elem")).ToList();
            var keys = parse.GetValue(n) is { } text ? CliParsing.Count(text, "--n", 100_000) : 100;
            var report = Build(versions, goMap, elemTypes, keys, parse.GetValue(scenario) ?? LabReport.DefaultScenario, ScenarioVersion(versions));
            Write(ctx, parse.GetValue(output)!, report, parse.GetValue(common.Json));
            return 0;
        }));
        return command;
    }

    internal static HtmlReport Build(IReadOnlyList<GoVersion> versions, GoMapType map, IReadOnlyList<GoType> elems, long n, string scenario, GoVersion scenarioVersion)
    {
        var report = new HtmlReport($"Gort lab report: go {LabCharts.VersionNames(versions)}");
        var capVersions = versions.Count > 2 ? versions : GoVersion.All;
        LabReport.AddCapGrowth(report, elems, capVersions);
        LabReport.AddMemory(report, map, versions);
        LabReport.AddMapInternals(report, map, versions, n);
        AddScenario(report, scenario, scenarioVersion);
        return report;
    }

    /// <summary>Adds the slice picture, turning scenario errors into one CLI error with a caret.</summary>
    internal static void AddScenario(HtmlReport report, string scenario, GoVersion version)
    {
        try
        {
            LabReport.AddSlices(report, scenario, version);
        }
        catch (Gort.Lab.Scenarios.SliceScenarioException e)
        {
            throw new CliException($"--scenario: {e.Message} (column {e.Column})\n{e.ToCaretString()}");
        }
    }

    internal static GoVersion ScenarioVersion(IReadOnlyList<GoVersion> versions) => versions[^1];

    internal static void Write(CliContext ctx, string path, HtmlReport report, bool json)
    {
        SvgOutput.WriteFile(path, report.ToHtml(), "--out");
        if (json)
        {
            Json.Write(ctx.Output, new { file = Path.GetFullPath(path), bytes = new FileInfo(path).Length });
        }
        else
        {
            ctx.Console.MarkupLine($"wrote [bold]{Markup.Escape(path)}[/] ({new FileInfo(path).Length:N0} bytes, self-contained)");
        }
    }
}
