using Gort.Observability;

namespace Gort.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        // `dotnet-trace collect --providers Gort -- gort …` and `dotnet-counters monitor --counters Gort -- gort …` see
        // the simulated heaps: the core does not publish to those tools by itself.
        GortDiagnostics.Enable();
        return GortApp.Run(args, Console.Out, Console.Error);
    }
}
