using Gort.Cli;

namespace Gort.Tests.Cli;

/// <summary>Runs <c>gort</c> in-process and captures stdout, stderr and the exit code.</summary>
public static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = GortApp.Run(args, output, error, interactive: false);
        return (exit, output.ToString(), error.ToString());
    }

    public static System.Text.Json.JsonElement Json(params string[] args)
    {
        var (exit, output, error) = Run(args);
        Assert.True(exit == 0, $"gort {string.Join(' ', args)} exited {exit}: {error}");
        return System.Text.Json.JsonDocument.Parse(output).RootElement;
    }
}
