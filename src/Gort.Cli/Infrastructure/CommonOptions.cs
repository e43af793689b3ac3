using System.CommandLine;
using Gort.Versions;

namespace Gort.Cli.Infrastructure;

/// <summary>Options every command takes: <c>--json</c>, <c>--go</c>, <c>--experiment</c>.</summary>
internal sealed class CommonOptions
{
    public Option<bool> Json { get; } = new("--json") { Description = "Print JSON instead of tables." };

    public Option<string?> Go { get; } = new("--go")
    {
        Description = $"Go version: 1.22, go1.22 or 1.22.5 (default: the newest, {GoVersion.Latest.Name}). Where a command compares versions: 'all' or a comma list.",
    };

    public Option<string?> Experiment { get; } = new("--experiment")
    {
        Description = $"GOEXPERIMENT of the chosen version: {GoVersion.DescribeExperiments()}.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Json);
        command.Options.Add(Go);
        command.Options.Add(Experiment);
    }

    /// <summary>The single version asked for (default: newest), with its experiment.</summary>
    public GoVersion Version(ParseResult result)
    {
        var versions = Versions(result, allowMany: false);
        return versions[0];
    }

    /// <summary>The versions asked for: one, a comma list, or <c>all</c> (when <paramref name="allowMany"/>).</summary>
    public IReadOnlyList<GoVersion> Versions(ParseResult result, bool allowMany)
    {
        var text = result.GetValue(Go);
        var experimentText = result.GetValue(Experiment);
        GoExperiment experiment = GoExperiment.None;
        if (experimentText is not null && !GoVersion.TryParseExperiment(experimentText, out experiment, out var expError))
        {
            throw new CliException($"--experiment: {expError}");
        }

        List<GoVersion> versions;
        if (string.IsNullOrWhiteSpace(text))
        {
            versions = [GoVersion.Latest];
        }
        else if (text.Trim().Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            if (!allowMany)
            {
                throw new CliException("--go: this command takes one version, not 'all'");
            }

            versions = [.. GoVersion.All];
        }
        else
        {
            var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length > 1 && !allowMany)
            {
                throw new CliException("--go: this command takes one version, not a list");
            }

            versions = [];
            foreach (var part in parts)
            {
                if (!GoVersion.TryParse(part, out var v, out var error))
                {
                    throw new CliException($"--go: {error}");
                }

                versions.Add(v);
            }
        }

        if (experiment == GoExperiment.None)
        {
            return versions;
        }

        var result2 = new List<GoVersion>(versions.Count);
        foreach (var v in versions)
        {
            if ((v.SupportedExperiments & experiment) != experiment)
            {
                if (versions.Count == 1)
                {
                    throw new CliException($"--experiment: go {v.Name} has no GOEXPERIMENT {experimentText} (it applies to {SupportedList(experiment)})");
                }

                result2.Add(v);
                continue;
            }

            result2.Add(v.WithExperiment(experiment));
        }

        return result2;
    }

    private static string SupportedList(GoExperiment e) =>
        string.Join(", ", GoVersion.All.Where(v => (v.SupportedExperiments & e) == e).Select(v => v.Name));
}
