using Gort.Maps.Internal;
using Gort.Runtime;
using Gort.Types;

namespace Gort.Maps;

/// <summary><c>make(map[K]V)</c> and <c>make(map[K]V, hint)</c>.</summary>
public static class Map
{
    /// <summary><c>make(map[K]V)</c> in <see cref="GoRuntime.Current"/>.</summary>
    public static Map<TKey, TValue> Make<TKey, TValue>() => new(MapEngines.Create<TKey, TValue>(GoRuntime.Current, 0));

    /// <summary>
    /// <c>make(map[K]V, hint)</c> in <see cref="GoRuntime.Current"/>. As in Go, a negative hint does not panic: it
    /// behaves as 0 (makemap treats it as a huge unsigned size and drops it).
    /// </summary>
    public static Map<TKey, TValue> Make<TKey, TValue>(long hint) => new(MapEngines.Create<TKey, TValue>(GoRuntime.Current, hint));

    /// <summary>
    /// <c>make(map[K]V, hint)</c> in <paramref name="runtime"/>, for the lab: <paramref name="goType"/> gives the Go
    /// layout the engine models (by default the mapping of <typeparamref name="TKey"/> and <typeparamref name="TValue"/>),
    /// and <paramref name="escapes"/> = <see langword="false"/> models a map the compiler keeps on the stack (no header
    /// allocation, and with a hint ≤ 8 no bucket allocation either).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="runtime"/> is null.</exception>
    public static Map<TKey, TValue> Make<TKey, TValue>(GoRuntime runtime, long hint, GoMapType? goType = null, bool escapes = true)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        return new(MapEngines.Create<TKey, TValue>(runtime, hint, goType, escapes));
    }
}
