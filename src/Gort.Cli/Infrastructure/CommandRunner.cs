using Gort.Diagnostics;
using Gort.Types;

namespace Gort.Cli.Infrastructure;

/// <summary>Runs a command body and turns expected failures into one line on stderr with exit code 2.</summary>
internal static class CommandRunner
{
    public static int Run(CliContext ctx, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (CliException e)
        {
            ctx.Error.WriteLine($"gort: {e.Message}");
            return 2;
        }
        catch (GoTypeParseException e)
        {
            // One line naming what and where, then the input with a caret under the bad token.
            var where = e.Line > 1 ? $"line {e.Line}, column {e.Column}" : $"column {e.Column}";
            ctx.Error.WriteLine($"gort: {e.Message} ({where})");
            ctx.Error.WriteLine(e.ToCaretString());
            return 2;
        }
        catch (GoPanicException e)
        {
            ctx.Error.WriteLine($"gort: the Go program would panic: {e.Message}");
            return 2;
        }
        catch (GoFatalException e)
        {
            ctx.Error.WriteLine($"gort: fatal error: {e.Message}");
            return 2;
        }
    }
}
