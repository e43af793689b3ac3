using System.Globalization;
using System.Text.Json;
using Gort.Tests.Infrastructure;

namespace Gort.Tests.Slices;

/// <summary>
/// Real-Go slice vectors for every version present: the shared oracle (<c>TestData/oracle/go1.NN</c>) plus our own
/// measurements (<c>TestData/measured/slices/go1.NN</c>, see its PROVENANCE.md) for releases the oracle lacks.
/// </summary>
public static class SliceVectors
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
    /// Size and pointer-ness of an oracle element type name (<c>[12]byte</c>, <c>*int</c>, <c>P24{p *int; _ [16]byte}</c>),
    /// through the type parser (<see cref="OracleTypes"/>).
    /// </summary>
    public static (long Size, bool Pointers) Element(string name)
    {
        var type = OracleTypes.Parse(name);
        return (type.Size, type.HasPointers);
    }

    public static long[][] Triples(JsonElement array) =>
        [.. array.EnumerateArray().Select(t => t.EnumerateArray().Select(x => x.GetInt64()).ToArray())];
}
