namespace Gort.Cli;

internal static class Program
{
    private static int Main(string[] args) => GortApp.Run(args, Console.Out, Console.Error);
}
