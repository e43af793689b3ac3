using System.CommandLine;
using Gort.Cli.Commands.Tour;
using Gort.Cli.Infrastructure;
using Gort.Cli.Rendering;
using Spectre.Console;

namespace Gort.Cli.Commands;

/// <summary><c>gort tour</c>: the questions Go engineers ask about memory, answered by running the model.</summary>
internal static class TourCommand
{
    public static Command Create(CliContext ctx)
    {
        var json = new Option<bool>("--json") { Description = "Print the whole tour as JSON." };
        var command = new Command("tour", "A guided run of the questions Go engineers ask about slices, maps and the allocator.");
        command.Options.Add(json);
        var html = TourHtml.AddOption(command); // lab: --html FILE (Rendering/TourHtml.cs)
        command.SetAction(parse => CommandRunner.Run(ctx, () =>
        {
            var sections = Sections().ToList();
            if (TourHtml.Requested(parse, html))
            {
                return TourHtml.Write(ctx, parse, html, sections);
            }

            if (parse.GetValue(json))
            {
                Json.Write(ctx.Output, new { sections });
                return 0;
            }

            foreach (var section in sections)
            {
                ctx.Console.Write(new Rule($"[bold]{Markup.Escape(section.Question)}[/]").LeftJustified());
                var table = new Table().Border(TableBorder.Simple);
                foreach (var column in section.Columns)
                {
                    table.AddColumn(Markup.Escape(column));
                }

                foreach (var row in section.Rows)
                {
                    table.AddRow(row.Select(Markup.Escape).ToArray());
                }

                ctx.Console.Write(table);
                ctx.Console.MarkupLine($"[grey]Rule:[/] {Markup.Escape(section.Rule)}");
                ctx.Console.WriteLine();
            }

            return 0;
        }));
        return command;
    }

    /// <summary>Every section, in tour order. Each area contributes its own questions.</summary>
    internal static IEnumerable<TourSection> Sections() =>
        AllocatorTour.Sections().Concat(TypesTour.Sections()).Concat(SliceTour.Sections()).Concat(MapTour.Sections());
}
