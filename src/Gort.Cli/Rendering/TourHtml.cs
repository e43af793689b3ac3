using System.CommandLine;
using Gort.Cli.Commands;
using Gort.Cli.Commands.Tour;
using Gort.Cli.Infrastructure;
using Gort.Lab.Rendering;
using Gort.Types;
using Gort.Versions;

namespace Gort.Cli.Rendering;

/// <summary>
/// <c>gort tour --html FILE</c>: the tour as a self-contained HTML report — each section's table and rule, followed by
/// the lab's charts and pictures for the areas the tour covers (slices, maps).
/// </summary>
internal static class TourHtml
{
    public static Option<string?> AddOption(Command command)
    {
        var option = new Option<string?>("--html") { Description = "Write the tour as a self-contained HTML report (tables, charts, pictures) to this file." };
        command.Options.Add(option);
        return option;
    }

    public static bool Requested(ParseResult parse, Option<string?> option) => !string.IsNullOrWhiteSpace(parse.GetValue(option));

    public static int Write(CliContext ctx, ParseResult parse, Option<string?> option, IReadOnlyList<TourSection> sections)
    {
        var report = Build(sections);
        ReportCommand.Write(ctx, parse.GetValue(option)!, report, json: false);
        return 0;
    }

    internal static HtmlReport Build(IReadOnlyList<TourSection> sections)
    {
        var report = new HtmlReport("Gort tour: Go slices, maps and the allocator, per version");
        foreach (var s in sections)
        {
            report.Section(s.Question);
            report.Table(s.Columns, s.Rows);
            report.Note("Rule: " + s.Rule);
            report.EndSection();
        }

        // The charts behind the tour's answers, computed by the same models.
        LabReport.AddCapGrowth(report, [GoBasicType.Int64, GoBasicType.String, new GoPointerType(GoBasicType.Int)], GoVersion.All);
        var map = new GoMapType(GoBasicType.Int64, GoBasicType.Int64);
        var versions = new[] { GoVersion.Get(21), GoVersion.Get(22), GoVersion.Latest };
        LabReport.AddMemory(report, map, versions);
        LabReport.AddMapInternals(report, map, versions, 100);
        LabReport.AddSlices(report, LabReport.DefaultScenario, GoVersion.Latest);
        return report;
    }
}
