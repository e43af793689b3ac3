using System.Text.Json;
using Gort.Maps;
using Gort.Runtime;
using Gort.Tests.Infrastructure;
using Gort.Types;
using Gort.Versions;

namespace Gort.Tests.Maps;

/// <summary>
/// Real-Go classic-map vectors: the shared oracle for 1.19, 1.21 and 1.22, and our own noswissmap measurements of
/// 1.24 and 1.25 (<c>TestData/measured/noswissmap/</c>).
/// </summary>
public static class ClassicOracle
{
    /// <summary>Version labels: <c>19</c>, <c>21</c>, <c>22</c>, <c>24n</c>, <c>25n</c> (n = noswissmap).</summary>
    public static IReadOnlyList<string> Labels { get; } = ["19", "21", "22", "24n", "25n"];

    public static TheoryData<string> LabelsData() => new(Labels);

    public static GoVersion Version(string label) => label.EndsWith('n')
        ? GoVersion.Get(int.Parse(label[..^1], System.Globalization.CultureInfo.InvariantCulture)).WithExperiment(GoExperiment.NoSwissMap)
        : GoVersion.Get(int.Parse(label, System.Globalization.CultureInfo.InvariantCulture));

    public static JsonElement Load(string label, string file)
    {
        if (!label.EndsWith('n'))
        {
            return OracleData.Load(int.Parse(label, System.Globalization.CultureInfo.InvariantCulture), file);
        }

        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "measured", "noswissmap", $"go1.{label[..^1]}", file);
        return JsonDocument.Parse(File.ReadAllBytes(path)).RootElement;
    }

    /// <summary>The CLR stand-ins the tests use for the oracle's Go map types (keys only need to hash and compare alike).</summary>
    public static GoMapType GoMap(string mapType) => mapType switch
    {
        "map[int64]int64" => new GoMapType(GoBasicType.Int64, GoBasicType.Int64),
        "map[int32]int32" => new GoMapType(GoBasicType.Int32, GoBasicType.Int32),
        "map[string]int" => new GoMapType(GoBasicType.String, GoBasicType.Int),
        "map[int64][64]byte" => new GoMapType(GoBasicType.Int64, new GoArrayType(GoBasicType.Uint8, 64)),
        "map[[200]byte]int" => new GoMapType(new GoArrayType(GoBasicType.Uint8, 200), GoBasicType.Int),
        "map[int]int" => new GoMapType(GoBasicType.Int, GoBasicType.Int),
        _ => throw new ArgumentException(mapType),
    };

    private static readonly string[] s_stringKeys = [.. Enumerable.Range(0, 200_001).Select(i => "k" + i)];

    /// <summary>"k"+i, cached (building strings would dominate the tests' time).</summary>
    public static string StringKey(long i) => i < s_stringKeys.Length ? s_stringKeys[i] : "k" + i;

    /// <summary>A map of the Go type whose keys are driven by an index (string keys are "k"+i, others i).</summary>
    public sealed class KeyedMap
    {
        private readonly Map<long, long> _ints;
        private readonly Map<string, long> _strings;
        private readonly bool _stringKeys;

        public KeyedMap(GoRuntime runtime, GoMapType type, long hint, bool escapes = true)
        {
            _stringKeys = type.Key == GoBasicType.String;
            if (_stringKeys)
            {
                _strings = Map.Make<string, long>(runtime, hint, type, escapes);
            }
            else
            {
                _ints = Map.Make<long, long>(runtime, hint, type, escapes);
            }
        }

        public void Set(long i, long v = 1)
        {
            if (_stringKeys)
            {
                _strings[StringKey(i)] = v;
            }
            else
            {
                _ints[i] = v;
            }
        }

        public void Delete(long i)
        {
            if (_stringKeys)
            {
                _strings.Delete(StringKey(i));
            }
            else
            {
                _ints.Delete(i);
            }
        }

        /// <summary>B without a full snapshot (Inspect walks every chain).</summary>
        public int B => _stringKeys ? ((Gort.Maps.Classic.ClassicMap<string, long>)_strings.Engine!).B : ((Gort.Maps.Classic.ClassicMap<long, long>)_ints.Engine!).B;

        public Gort.Maps.Classic.ClassicMapState State => (Gort.Maps.Classic.ClassicMapState)(_stringKeys ? _strings.Inspect()! : _ints.Inspect()!);
    }
}
