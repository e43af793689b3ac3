using System.CommandLine;
using Gort.Cli.Infrastructure;

namespace Gort.Cli.Rendering;

/// <summary>
/// The reusable <c>--svg FILE</c> option: a command adds it with <see cref="AddTo"/> and, after computing, calls
/// <see cref="Write"/> with the SVG text it wants saved. Errors writing the file are one-line CLI errors.
/// </summary>
internal sealed class SvgOutput
{
    public Option<string?> Option { get; } = new("--svg") { Description = "Also write the result as an SVG chart or picture to this file." };

    public void AddTo(Command command) => command.Options.Add(Option);

    /// <summary>Whether the user asked for an SVG file.</summary>
    public bool Requested(ParseResult parse) => !string.IsNullOrWhiteSpace(parse.GetValue(Option));

    /// <summary>Writes <paramref name="svg"/> (a full <c>&lt;svg&gt;</c> document) to the requested file, if any.</summary>
    public void Write(ParseResult parse, CliContext ctx, Func<string> svg)
    {
        var path = parse.GetValue(Option);
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        WriteFile(path, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg(), "--svg");
        if (!parse.GetValue<bool>("--json"))
        {
            ctx.Error.WriteLine($"gort: wrote {path}");
        }
    }

    /// <summary>Writes a text file, turning I/O failures into a one-line <see cref="CliException"/>.</summary>
    public static void WriteFile(string path, string text, string option)
    {
        try
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(dir))
            {
                Directory.CreateDirectory(dir);
            }

            File.WriteAllText(path, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"{option}: cannot write {path}: {e.Message}");
        }
    }
}
