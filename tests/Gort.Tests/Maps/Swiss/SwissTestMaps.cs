using Gort.Maps.Internal;
using Gort.Maps.Swiss;
using Gort.Runtime;
using Gort.Types;
using Gort.Versions;

namespace Gort.Tests.Maps.Swiss;

/// <summary>The oracle's map types, built with CLR keys that hash and compare like the Go keys.</summary>
internal static class SwissTestMaps
{
    public static readonly GoMapType Int64Int64 = new(GoBasicType.Int64, GoBasicType.Int64);
    public static readonly GoMapType Int32Int32 = new(GoBasicType.Int32, GoBasicType.Int32);
    public static readonly GoMapType StringInt = new(GoBasicType.String, GoBasicType.Int);
    public static readonly GoMapType Int64Bytes64 = new(GoBasicType.Int64, new GoArrayType(GoBasicType.Uint8, 64));
    public static readonly GoMapType Bytes200Int = new(new GoArrayType(GoBasicType.Uint8, 200), GoBasicType.Int);
    public static readonly GoMapType IntInt = new(GoBasicType.Int, GoBasicType.Int);

    public static GoRuntime Runtime(int minor, ulong seed = 1) => GoRuntime.ForVersion(GoVersion.Get(minor), accounting: true, seed: seed);

    public static SwissMap<TKey, long> Make<TKey>(GoRuntime rt, long hint, GoMapType type, bool escapes = true) =>
        (SwissMap<TKey, long>)MapEngines.Create<TKey, long>(rt, hint, type, escapes);

    /// <summary>
    /// A map of the oracle type <paramref name="mapType"/> (as named in map_structure.json) with an insert function for
    /// key i ("k"+i for strings; the number itself for the others: the 200-byte key only needs its layout).
    /// </summary>
    public static (Func<SwissMapState> Inspect, Action<int> Insert, Action<int> Delete) ForOracleType(GoRuntime rt, string mapType, long hint)
    {
        switch (mapType)
        {
            case "map[string]int":
            {
                var m = Make<string>(rt, hint, StringInt);
                return (() => (SwissMapState)m.Inspect(), i => m.Assign("k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), 1), i => m.Delete("k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            default:
            {
                var type = mapType switch
                {
                    "map[int64]int64" => Int64Int64,
                    "map[int32]int32" => Int32Int32,
                    "map[int64][64]byte" => Int64Bytes64,
                    "map[[200]byte]int" => Bytes200Int,
                    "map[int]int" => IntInt,
                    _ => throw new ArgumentException(mapType),
                };
                var m = Make<long>(rt, hint, type);
                return (() => (SwissMapState)m.Inspect(), i => m.Assign(i, 1), i => m.Delete(i));
            }
        }
    }
}
