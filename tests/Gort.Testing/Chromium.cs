using System.Diagnostics;
using System.IO.Compression;
using System.Text;

namespace Gort.Tests.Infrastructure;

/// <summary>
/// Headless Chromium (Debian's <c>chromium</c>) driven through its command line: <c>--dump-dom</c> with logging to
/// capture console messages, and <c>--screenshot</c>. Never downloads a browser.
/// </summary>
public static class Chromium
{
    private static readonly string[] s_flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--hide-scrollbars",
    ];

    /// <summary>The browser executable, or null: <c>GORT_CHROMIUM</c>, else /usr/bin/chromium, else chromium on PATH.</summary>
    public static string? Path { get; } = Find();

    /// <summary>Why browser tests skip, or null when Chromium is available.</summary>
    public static string? MissingReason => Path is null
        ? "Chromium not found (GORT_CHROMIUM, /usr/bin/chromium, PATH): install it with 'apt-get install -y chromium' (.ci/setup-optional does) to run the browser tests"
        : null;

    /// <summary>Loads <paramref name="file"/> and returns the serialized DOM and Chromium's log (console messages included).</summary>
    public static (string Dom, string Log) DumpDom(string file) =>
        Run(["--enable-logging=stderr", "--v=0", "--dump-dom", new Uri(file).AbsoluteUri]);

    /// <summary>Renders <paramref name="file"/> at the given window size into a PNG.</summary>
    public static string Screenshot(string file, string png, int width, int height)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(png)!);
        File.Delete(png);
        var (_, log) = Run([$"--window-size={width},{height}", $"--screenshot={png}", new Uri(file).AbsoluteUri]);
        return log;
    }

    /// <summary>Console errors and blocked loads in a Chromium log (lines Chromium prints for page problems).</summary>
    public static IReadOnlyList<string> PageErrors(string log) =>
        [.. log.Split('\n').Where(l => l.Contains("CONSOLE", StringComparison.Ordinal) || l.Contains("Refused to", StringComparison.Ordinal) || l.Contains("net::ERR_", StringComparison.Ordinal) || l.Contains("Uncaught", StringComparison.Ordinal))];

    /// <summary>
    /// The fraction of non-white bytes in a PNG's decoded image data (filter bytes included): about 0 for a blank page.
    /// Decodes the IDAT stream with <see cref="ZLibStream"/>; enough to tell "something was drawn" without a library.
    /// </summary>
    public static double InkFraction(string png)
    {
        var bytes = File.ReadAllBytes(png);
        using var idat = new MemoryStream();
        var pos = 8;
        while (pos + 8 <= bytes.Length)
        {
            var len = (bytes[pos] << 24) | (bytes[pos + 1] << 16) | (bytes[pos + 2] << 8) | bytes[pos + 3];
            var type = Encoding.ASCII.GetString(bytes, pos + 4, 4);
            if (type == "IDAT")
            {
                idat.Write(bytes, pos + 8, len);
            }

            pos += 12 + len;
        }

        idat.Position = 0;
        using var z = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        z.CopyTo(raw);
        var data = raw.GetBuffer().AsSpan(0, (int)raw.Length);
        long ink = 0;
        foreach (var b in data)
        {
            if (b is not (0xFF or 0x00))
            {
                ink++;
            }
        }

        return data.Length == 0 ? 0 : (double)ink / data.Length;
    }

    private static (string Stdout, string Stderr) Run(IEnumerable<string> args)
    {
        var profile = Directory.CreateTempSubdirectory("gort-chromium-");
        try
        {
            var psi = new ProcessStartInfo(Path!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in s_flags.Append($"--user-data-dir={profile.FullName}").Concat(args))
            {
                psi.ArgumentList.Add(a);
            }

            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                p.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish within 90 s");
            }

            return (stdout.Result, stderr.Result);
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A crashed browser may keep a lock file briefly; the directory is in /tmp.
            }
        }
    }

    private static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("GORT_CHROMIUM");
        if (!string.IsNullOrEmpty(env) && File.Exists(env))
        {
            return env;
        }

        if (File.Exists("/usr/bin/chromium"))
        {
            return "/usr/bin/chromium";
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in new[] { "chromium", "chromium-browser" })
            {
                var candidate = System.IO.Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}

/// <summary>A fact that is reported as skipped, with the reason, when Chromium is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.MissingReason is { } reason)
        {
            Skip = reason;
        }
    }
}
