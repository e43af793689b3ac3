using BenchmarkDotNet.Running;

namespace Gort.Benchmarks;

internal static class Program
{
    private static int Main(string[] args)
    {
#if DEBUG
        Console.Error.WriteLine("Benchmarks must run in Release: dotnet run -c Release --project benchmarks/Gort.Benchmarks -- --filter '*'");
        return 1;
#else
        if (args is ["--quick-maps", ..])
        {
            Maps.QuickMapTimer.Run(args.Length > 1 ? args[1] : string.Empty);
            return 0;
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return summaries.Any() ? 0 : 1;
#endif
    }
}
