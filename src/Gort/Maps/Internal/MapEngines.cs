using Gort.Runtime;
using Gort.Types;
using Gort.Versions;

namespace Gort.Maps.Internal;

/// <summary>Creates the map engine the runtime's version uses (<c>makemap</c>).</summary>
internal static class MapEngines
{
    /// <summary>
    /// <c>make(map[K]V, hint)</c> in <paramref name="runtime"/>.
    /// </summary>
    /// <param name="runtime">The runtime whose version picks the engine and whose heap is charged.</param>
    /// <param name="hint">The size hint (negative behaves as 0, as in Go).</param>
    /// <param name="goType">
    /// The Go map type whose layout (key/elem sizes, pointers, indirection) the engine models; by default the mapping of
    /// <typeparamref name="TKey"/> and <typeparamref name="TValue"/>. The lab passes a parsed type such as
    /// <c>map[[200]byte]int</c> while using CLR keys that only need to hash and compare like the Go keys.
    /// </param>
    /// <param name="escapes">False models a map the compiler keeps on the stack (no header allocation).</param>
    public static MapEngine<TKey, TValue> Create<TKey, TValue>(GoRuntime runtime, long hint, GoMapType? goType = null, bool escapes = true)
    {
        goType ??= DefaultType<TKey, TValue>();
        return runtime.Version.MapEngine switch
        {
            MapEngineKind.Classic => CreateClassic<TKey, TValue>(runtime, hint, goType, escapes),
            _ => CreateSwiss<TKey, TValue>(runtime, hint, goType, escapes),
        };
    }

    private static MapEngine<TKey, TValue> CreateClassic<TKey, TValue>(GoRuntime runtime, long hint, GoMapType goType, bool escapes) =>
        new Classic.ClassicMap<TKey, TValue>(runtime, hint, goType, escapes);

    private static MapEngine<TKey, TValue> CreateSwiss<TKey, TValue>(GoRuntime runtime, long hint, GoMapType goType, bool escapes) =>
        new Swiss.SwissMap<TKey, TValue>(runtime, hint, goType, escapes);

    /// <summary>
    /// The Go type of <c>map[K]V</c> for the CLR types' own mapping, built once per instantiation: most maps use it, and
    /// a map made in a loop should not pay for a type object.
    /// </summary>
    public static GoMapType DefaultType<TKey, TValue>() => DefaultTypeOf<TKey, TValue>.Value;

    private static class DefaultTypeOf<TKey, TValue>
    {
        public static readonly GoMapType Value = new(GoTypeOf<TKey>.Type, GoTypeOf<TValue>.Type);
    }
}
