using System.CommandLine;
using System.Globalization;
using Gort.Cli.Infrastructure;
using Gort.Types;
using Spectre.Console;

namespace Gort.Cli.Commands;

/// <summary><c>gort sizeof TYPE</c>: size, alignment, pointer-ness and field offsets of a Go type, with its padding.</summary>
internal static class SizeofCommand
{
    public static Command Create(CliContext ctx)
    {
        var common = new CommonOptions();
        var type = new Argument<string>("type")
        {
            Description = "A Go type expression, optionally after definitions: 'struct{a int8; b int64}', 'type P24 struct{p *int; _ [16]byte}; []P24'.",
        };
        var command = new Command("sizeof", "Show a Go type's size, alignment, pointers and field offsets on linux/amd64 (the same in every Go version).");
        command.Arguments.Add(type);
        common.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(ctx, () =>
        {
            // --go is accepted for uniformity and validated; gc's layout rules are the same in 1.17..1.27 (measured:
            // tests/Gort.Tests/TestData/measured/layout).
            common.Version(parse);
            var goType = GoTypeParser.Parse(parse.GetValue(type) ?? "");
            var result = Describe(goType);
            if (parse.GetValue(common.Json))
            {
                Json.Write(ctx.Output, result);
                return 0;
            }

            Render(ctx, goType, result);
            return 0;
        }));
        return command;
    }

    internal static SizeofResult Describe(GoType type)
    {
        var fields = type.Underlying is GoStructType s
            ? s.Fields.Select(f => new SizeofField(f.Name, f.Type.ToString(), f.Offset, f.Type.Size)).ToList()
            : [];
        return new SizeofResult(type.ToString(), type.Size, type.Align, type.HasPointers, fields);
    }

    private static void Render(CliContext ctx, GoType type, SizeofResult result)
    {
        ctx.Console.MarkupLine(
            $"[bold]{Markup.Escape(result.Type)}[/]: size [bold]{result.Size}[/], align {result.Align}, " +
            (result.Pointers ? $"pointers (the GC scans the first {type.PointerBytes} B)" : "no pointers (noscan)"));
        if (type.Underlying is not GoStructType s || s.Fields.Count == 0)
        {
            if (type.Underlying != type)
            {
                ctx.Console.MarkupLine($"[grey]underlying type: {Markup.Escape(type.Underlying.ToString())}[/]");
            }

            ctx.Console.MarkupLine($"[grey]{Markup.Escape(What(type.Underlying))}[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("offset", "size", "align", "field", "type");
        table.Columns[0].RightAligned();
        table.Columns[1].RightAligned();
        table.Columns[2].RightAligned();
        long end = 0;
        long padding = 0;
        foreach (var f in s.Fields)
        {
            if (f.Offset > end)
            {
                AddPadding(table, end, f.Offset - end);
                padding += f.Offset - end;
            }

            table.AddRow(
                N(f.Offset), N(f.Type.Size), N(f.Type.Align), Markup.Escape(f.Embedded ? f.Name + " (embedded)" : f.Name),
                Markup.Escape(f.Type.ToString()));
            end = f.Offset + f.Type.Size;
        }

        if (s.Size > end)
        {
            AddPadding(table, end, s.Size - end);
            padding += s.Size - end;
        }

        ctx.Console.Write(table);
        ctx.Console.MarkupLine($"padding: {padding} B of {s.Size} B" +
            (s.Fields[^1].Type.Size == 0 && s.Size > 0 ? " (including 1 B after the zero-size last field, so that its address stays inside the object)" : ""));
        var optimal = s.WithOptimalFieldOrder();
        if (optimal.Size < s.Size)
        {
            ctx.Console.MarkupLine(
                $"reordered by alignment: size [bold]{optimal.Size}[/] (saves {s.Size - optimal.Size} B): " +
                Markup.Escape(string.Join("; ", optimal.Fields.Select(f => f.Embedded ? f.Type.ToString() : $"{f.Name} {f.Type}"))));
        }
        else
        {
            ctx.Console.MarkupLine("[grey]no field order is smaller.[/]");
        }
    }

    private static string What(GoType type) => type switch
    {
        GoSliceType => "a slice header: data pointer, len, cap; the elements live in a separate backing array.",
        GoBasicType { Kind: GoKind.String } => "a string header: data pointer and length; the bytes live elsewhere.",
        GoInterfaceType { IsEmpty: true } => "an empty interface (eface): type pointer and data pointer.",
        GoInterfaceType => "an interface (iface): itab pointer and data pointer.",
        GoMapType => "a pointer to the runtime's map header.",
        GoChanType => "a pointer to the runtime's hchan.",
        GoFuncType => "a pointer to a closure (func value).",
        GoPointerType or GoBasicType { Kind: GoKind.UnsafePointer } => "one pointer word.",
        GoArrayType a => $"{a.Length} elements of {a.Elem.Size} B, no padding between them.",
        GoStructType => "the empty struct: every value of it shares one address (runtime.zerobase) when allocated.",
        _ => "a scalar.",
    };

    private static void AddPadding(Table table, long offset, long size) =>
        table.AddRow($"[yellow]{N(offset)}[/]", $"[yellow]{N(size)}[/]", "", "[yellow](padding)[/]", "");

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    internal sealed record SizeofField(string Name, string Type, long Offset, long Size);

    internal sealed record SizeofResult(string Type, long Size, int Align, bool Pointers, IReadOnlyList<SizeofField> Fields);
}
