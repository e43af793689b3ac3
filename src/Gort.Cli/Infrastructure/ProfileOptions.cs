using System.CommandLine;
using System.Globalization;
using Gort.Memory;
using Gort.Observability;
using Gort.Runtime;

namespace Gort.Cli.Infrastructure;

/// <summary>
/// The observability options a command that runs a scenario can add: <c>--pprof FILE</c>, <c>--memprofilerate N</c>,
/// <c>--gctrace</c> and <c>--gogc</c>. Usage: <c>AddTo(command)</c>; build the runtime from
/// <c>Configure(parse, options)</c>; after the scenario, <c>Finish(parse, ctx, runtime)</c> writes the profile.
/// </summary>
internal sealed class ProfileOptions
{
    public Option<string?> Pprof { get; } = new("--pprof")
    {
        Description = "Write an allocation profile (gzipped pprof protobuf: go tool pprof -top FILE) of the run's allocations, by C# call site.",
        HelpName = "FILE",
    };

    public Option<string?> MemProfileRate { get; } = new("--memprofilerate")
    {
        Description = "Bytes between profile samples, as runtime.MemProfileRate (default 1: every allocation; Go's default is 524288).",
        HelpName = "N",
    };

    public Option<bool> GcTrace { get; } = new("--gctrace")
    {
        Description = "Print one GODEBUG=gctrace=1 line per simulated GC cycle to stderr (times and CPU printed as 0: not modelled).",
    };

    public Option<string?> GoGC { get; } = new("--gogc")
    {
        Description = "GOGC for the simulated pacer: a percentage (default 100) or 'off'.",
        HelpName = "PERCENT|off",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Pprof);
        command.Options.Add(MemProfileRate);
        command.Options.Add(GcTrace);
        command.Options.Add(GoGC);
    }

    /// <summary>Whether any of the options was given (so the command must run through a configured runtime).</summary>
    public bool Requested(ParseResult parse) =>
        parse.GetValue(Pprof) is not null || parse.GetValue(MemProfileRate) is not null || parse.GetValue(GcTrace) || parse.GetValue(GoGC) is not null;

    /// <summary>Returns <paramref name="options"/> with GOGC, the gctrace writer and the profile asked for.</summary>
    public GoRuntimeOptions Configure(ParseResult parse, CliContext ctx, GoRuntimeOptions options)
    {
        var gogc = options.GcPercent;
        if (parse.GetValue(GoGC) is { } text)
        {
            try
            {
                gogc = GoRuntimeOptions.ParseGoGC(text.Trim());
            }
            catch (FormatException)
            {
                throw new CliException($"--gogc: \"{text}\" is neither a percentage nor 'off'");
            }
        }

        AllocationProfile? profile = null;
        if (parse.GetValue(Pprof) is { } path)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                throw new CliException("--pprof: give a file name");
            }

            var rate = 1;
            if (parse.GetValue(MemProfileRate) is { } rateText &&
                (!int.TryParse(rateText, NumberStyles.None, CultureInfo.InvariantCulture, out rate) || rate < 1))
            {
                throw new CliException($"--memprofilerate: \"{rateText}\" is not a positive integer");
            }

            profile = new AllocationProfile(rate);

            // The lab's scenarios ran inside the Gort assembly when profiles were introduced: keep their frames out of
            // the leaves, so the profile shows the command that asked, as before.
            profile.HideFramesOf(typeof(Lab.AppendScenario).Assembly);
        }
        else if (parse.GetValue(MemProfileRate) is not null)
        {
            throw new CliException("--memprofilerate: only meaningful with --pprof FILE");
        }

        return new GoRuntimeOptions
        {
            Version = options.Version,
            Accounting = options.Accounting || profile is not null || parse.GetValue(GcTrace),
            KeepRecords = options.KeepRecords,
            CaptureCallSites = options.CaptureCallSites,

            // A trace or an in-use profile is only honest when dead objects are freed.
            TrackLiveness = options.TrackLiveness || profile is not null || parse.GetValue(GcTrace),
            Seed = options.Seed,
            GcPercent = gogc,
            Listeners = [.. options.Listeners, .. Subscribers(parse.GetValue(GcTrace) ? ctx.Error : null, profile)],
        };
    }

    /// <summary>Writes the profile (if <c>--pprof</c>) of <paramref name="runtime"/>'s heap.</summary>
    public void Finish(ParseResult parse, GoRuntime runtime)
    {
        if (parse.GetValue(Pprof) is not { } path || runtime.Heap.Profiler is not AllocationProfile profile)
        {
            return;
        }

        try
        {
            profile.WriteTo(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"--pprof: cannot write {path}: {e.Message}");
        }
    }

    private static IEnumerable<IHeapListener> Subscribers(TextWriter? gcTrace, AllocationProfile? profile)
    {
        if (gcTrace is not null)
        {
            yield return new GcTraceWriter(gcTrace);
        }

        if (profile is not null)
        {
            yield return profile;
        }
    }
}
