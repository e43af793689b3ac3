using Spectre.Console;

namespace Gort.Cli.Infrastructure;

/// <summary>Where a command writes: plain text writers (for JSON) and a Spectre console over the same stdout.</summary>
internal sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error, bool interactive)
    {
        Output = output;
        Error = error;
        Interactive = interactive;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            Console.Profile.Width = 160;
        }
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>Whether stdout is a terminal (progress bars and colours only then).</summary>
    public bool Interactive { get; }

    public IAnsiConsole Console { get; }
}
