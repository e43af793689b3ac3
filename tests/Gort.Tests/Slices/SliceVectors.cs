using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gort.Tests.Infrastructure;

namespace Gort.Tests.Slices;

/// <summary>
/// Real-Go slice vectors for every version present: the shared oracle (<c>TestData/oracle/go1.NN</c>) plus our own
/// measurements (<c>TestData/measured/slices/go1.NN</c>, see its PROVENANCE.md) for releases the oracle lacks.
/// </summary>
public static partial class SliceVectors
{
    private static readonly string s_measured = Path.Combine(AppContext.BaseDirectory, "TestData", "measured", "slices");

    /// <summary>Every minor with slice vectors, oracle and measured.</summary>
    public static IReadOnlyList<int> Minors { get; } =
    [
        .. OracleData.Minors
            .Concat(Directory.GetDirectories(s_measured, "go1.*").Select(d => int.Parse(Path.GetFileName(d)["go1.".Length..], CultureInfo.InvariantCulture)))
            .Distinct()
            .Order(),
    ];

    public static TheoryData<int> MinorsData() => new(Minors);

    public static JsonElement Load(int minor, string file)
    {
        var measured = Path.Combine(s_measured, $"go1.{minor}", file);
        return OracleData.Minors.Contains(minor)
            ? OracleData.Load(minor, file)
            : JsonDocument.Parse(File.ReadAllBytes(measured)).RootElement;
    }

    /// <summary>
    /// Size and pointer-ness of an oracle element type name. The oracle's names are Go-like but not Go syntax
    /// (<c>P24{p *int; _ [16]byte}</c> names a struct of a pointer padded to 24 bytes), so they are mapped here.
    /// </summary>
    public static (long Size, bool Pointers) Element(string name)
    {
        switch (name)
        {
            case "int64":
                return (8, false);
            case "byte":
                return (1, false);
            case "*int":
                return (8, true);
            case "string":
                return (16, true);
            case "[]int":
                return (24, true);
        }

        var array = ArrayName().Match(name);
        if (array.Success)
        {
            return (long.Parse(array.Groups[1].Value, CultureInfo.InvariantCulture), false);
        }

        var padded = PaddedName().Match(name);
        if (padded.Success)
        {
            return (long.Parse(padded.Groups[1].Value, CultureInfo.InvariantCulture), true);
        }

        throw new ArgumentException($"unknown oracle element type {name}", nameof(name));
    }

    public static long[][] Triples(JsonElement array) =>
        [.. array.EnumerateArray().Select(t => t.EnumerateArray().Select(x => x.GetInt64()).ToArray())];

    [GeneratedRegex(@"^\[(\d+)\]byte$")]
    private static partial Regex ArrayName();

    [GeneratedRegex(@"^P(\d+)\{")]
    private static partial Regex PaddedName();
}
