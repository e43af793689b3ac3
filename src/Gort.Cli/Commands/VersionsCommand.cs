using System.CommandLine;
using Gort.Cli.Infrastructure;
using Gort.Slices;
using Gort.Versions;
using Spectre.Console;

namespace Gort.Cli.Commands;

/// <summary><c>gort versions</c>: the rule table of every version profile.</summary>
internal static class VersionsCommand
{
    public static Command Create(CliContext ctx)
    {
        var common = new CommonOptions();
        var command = new Command("versions", $"Show the rules of every Go version profile (1.{GoVersion.MinMinor} to 1.{GoVersion.MaxMinor}, with experiments).");
        common.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(ctx, () =>
        {
            var rows = Profiles(common, parse).Select(Describe).ToList();
            if (parse.GetValue(common.Json))
            {
                Json.Write(ctx.Output, rows);
                return 0;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumns(
                "go", "append growth", "malloc header", "small limit", "map engine", "classic load", "swiss prune", "stack append buf", "growslice panic");
            foreach (var r in rows)
            {
                table.AddRow(
                    r.Go, r.GrowthRule, r.MallocHeaders ? "yes" : "no", r.MaxSmallSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    r.MapEngine, r.ClassicLoadFactor, r.SwissPrunesTombstones ? "yes" : "no",
                    r.GrowsliceStackBuffer ? "1st append + growsliceBuf" : r.StackBufferForFirstAppend ? "1st append" : "no",
                    Markup.Escape(r.GrowsliceOverflowMessage));
            }

            ctx.Console.Write(table);
            return 0;
        }));
        return command;
    }

    internal static IEnumerable<GoVersion> Profiles(CommonOptions common, ParseResult parse)
    {
        if (parse.GetValue(common.Go) is not null || parse.GetValue(common.Experiment) is not null)
        {
            return common.Versions(parse, allowMany: true);
        }

        return GoVersion.All.SelectMany(v => v.SupportedExperiments == GoExperiment.None
            ? [v]
            : new[] { v }.Concat(Enum.GetValues<GoExperiment>().Where(e => e != GoExperiment.None && v.SupportedExperiments.HasFlag(e)).Select(v.WithExperiment)));
    }

    internal static VersionRow Describe(GoVersion v) => new(
        v.Name,
        SliceGrowth.Describe(v.GrowthRule),
        v.MallocHeaders,
        v.MaxSmallSize,
        v.MapEngine.ToString().ToLowerInvariant(),
        $"{(double)v.ClassicLoadFactorNum / v.ClassicLoadFactorDen:0.0#}",
        v.SwissPrunesTombstones,
        v.StackBufferForFirstAppend,
        v.GrowsliceStackBuffer,
        v.GrowsliceOverflowMessage);

    internal sealed record VersionRow(
        string Go,
        string GrowthRule,
        bool MallocHeaders,
        int MaxSmallSize,
        string MapEngine,
        string ClassicLoadFactor,
        bool SwissPrunesTombstones,
        bool StackBufferForFirstAppend,
        bool GrowsliceStackBuffer,
        string GrowsliceOverflowMessage);
}
