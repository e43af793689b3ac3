using System.Text.Json;
using Gort.Versions;

namespace Gort.Tests.Infrastructure;

/// <summary>Reads the real-Go measurement files under <c>TestData/oracle/go1.NN/</c>.</summary>
public static class OracleData
{
    /// <summary>The Go minor versions measured (directories present).</summary>
    public static IReadOnlyList<int> Minors { get; } =
    [
        .. Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "TestData", "oracle"), "go1.*")
            .Select(d => int.Parse(Path.GetFileName(d)["go1.".Length..], System.Globalization.CultureInfo.InvariantCulture))
            .Order(),
    ];

    /// <summary>xunit member data: one row per measured minor version.</summary>
    public static TheoryData<int> MinorsData() => new(Minors);

    /// <summary>The profile for a measured version.</summary>
    public static GoVersion Version(int minor) => GoVersion.Get(minor);

    /// <summary>Parses <c>TestData/oracle/go1.{minor}/{file}</c> (cached).</summary>
    public static JsonElement Load(int minor, string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "oracle", $"go1.{minor}", file);
        return s_cache.GetOrAdd(path, p => JsonDocument.Parse(File.ReadAllBytes(p)).RootElement);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonElement> s_cache = new();
}
