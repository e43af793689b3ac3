using System.CommandLine;
using System.Globalization;
using Gort.Cli.Infrastructure;
using Gort.Cli.Rendering;
using Gort.Lab.Rendering;
using Gort.Lab.Scenarios;
using Spectre.Console;

namespace Gort.Cli.Commands;

/// <summary><c>gort slices 'a := make([]int, 3, 8); b := a[1:5]; c := append(b, 9)'</c>: which slices share which array.</summary>
internal static class SlicesCommand
{
    public static Command Create(CliContext ctx)
    {
        var common = new CommonOptions();
        var svg = new SvgOutput();
        var scenario = new Argument<string>("scenario") { Description = "Go statements: make, slicing (2- and 3-index), append, []T{...} literals, var x []T; separated by ';' or newlines." };
        var command = new Command("slices", "Run a tiny Go slice program and show how the slices share backing arrays (len and cap extents).");
        command.Arguments.Add(scenario);
        common.AddTo(command);
        svg.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(ctx, () =>
        {
            var version = common.Version(parse);
            var text = parse.GetValue(scenario) ?? "";
            SliceScenarioResult result;
            try
            {
                result = SliceScenario.Run(text, version);
            }
            catch (SliceScenarioException e)
            {
                throw new CliException($"scenario: {e.Message} (column {e.Column})\n{e.ToCaretString()}");
            }

            svg.Write(parse, ctx, () => SlicesPicture.Svg(result, $"go {version.Name}: {text}"));
            if (parse.GetValue(common.Json))
            {
                Json.Write(ctx.Output, new { go = version.Name, result.ElemType, result.ElemSize, result.Variables, result.Arrays });
                return 0;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumns("var", "expression", "len", "cap", "array", "offset", "elements");
            foreach (var v in result.Variables)
            {
                table.AddRow(
                    Markup.Escape(v.Name), Markup.Escape(v.Source), v.Len.ToString(CultureInfo.InvariantCulture), v.Cap.ToString(CultureInfo.InvariantCulture),
                    v.Array < 0 ? "nil" : "#" + (v.Array + 1), v.Offset.ToString(CultureInfo.InvariantCulture), Markup.Escape("[" + string.Join(" ", v.Values) + "]"));
            }

            ctx.Console.Write(table);
            for (var i = 0; i < result.Arrays.Count; i++)
            {
                var a = result.Arrays[i];
                var users = string.Join(", ", result.Variables.Where(v => v.Array == i).Select(v => v.Name));
                ctx.Console.MarkupLine($"array #{i + 1}: {a.Length} × {Markup.Escape(result.ElemType)} = {a.Bytes.ToString("N0", CultureInfo.InvariantCulture)} B charged, from [bold]{Markup.Escape(a.Origin)}[/]; shared by {Markup.Escape(users.Length == 0 ? "nobody now" : users)}");
            }

            return 0;
        }));
        return command;
    }
}
