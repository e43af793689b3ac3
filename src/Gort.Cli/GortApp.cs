using System.CommandLine;
using Gort.Cli.Commands;
using Gort.Cli.Infrastructure;
using Gort.Versions;

namespace Gort.Cli;

/// <summary>The <c>gort</c> command line: every command is registered here.</summary>
internal static class GortApp
{
    /// <summary>Runs <c>gort</c> with <paramref name="args"/>, writing to the given writers; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool? interactive = null)
    {
        var ctx = new CliContext(output, error, interactive ?? (!Console.IsOutputRedirected && ReferenceEquals(output, Console.Out)));
        var root = new RootCommand($"gort — Go's slices, maps and allocator, exactly, for every Go version from 1.{GoVersion.MinMinor} to 1.{GoVersion.MaxMinor}.");
        foreach (var command in CreateCommands(ctx))
        {
            root.Subcommands.Add(command);
        }

        var parse = root.Parse(args.Length == 0 ? ["--help"] : args);
        if (parse.Errors.Count > 0)
        {
            // One line: the most specific error (an unknown token says more than the missing command it causes).
            var first = parse.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? parse.Errors[0];
            error.WriteLine($"gort: {first.Message}");
            return 2;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }

    private static IEnumerable<Command> CreateCommands(CliContext ctx)
    {
        yield return TourCommand.Create(ctx);
        yield return AllocCommand.Create(ctx);
        yield return VersionsCommand.Create(ctx);
        yield return MapCommand.Create(ctx);
        yield return SizeofCommand.Create(ctx);
        yield return AppendCommand.Create(ctx);
        yield return MakeCommand.Create(ctx);
        yield return FootprintCommand.Create(ctx);
        yield return SlicesCommand.Create(ctx);
        yield return ReportCommand.Create(ctx);
    }
}
