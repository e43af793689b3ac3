using System.Diagnostics;

namespace Gort.Tests.Infrastructure;

/// <summary>Finds a real Go toolchain for live checks: <c>go</c> on PATH, else the newest one get-go.sh unpacked.</summary>
public static class GoToolchain
{
    private static readonly Lazy<string?> s_go = new(Find);

    /// <summary>The path of a <c>go</c> binary, or null when none is installed.</summary>
    public static string? Go => s_go.Value;

    /// <summary>Runs <c>go args</c>; returns exit code, stdout and stderr.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        var start = new ProcessStartInfo(Go ?? throw new InvalidOperationException("no Go toolchain"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GOTOOLCHAIN"] = "local";
        start.Environment["GOFLAGS"] = "";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string? Find()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, "go");
            if (dir.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        if (!Directory.Exists("/tmp/go"))
        {
            return null;
        }

        return Directory.GetDirectories("/tmp/go", "1.*")
            .Select(d => (Minor: int.TryParse(Path.GetFileName(d)[2..], out var m) ? m : 0, Dir: d))
            .OrderByDescending(x => x.Minor)
            .Select(x => Path.Combine(x.Dir, "usr", "lib", $"go-1.{x.Minor}", "bin", "go"))
            .FirstOrDefault(File.Exists);
    }
}
