using Gort.Types;

namespace Gort.Maps.Internal;

/// <summary>
/// An engine's layout for <see cref="MapEngines.DefaultType{TKey,TValue}"/>, computed once per instantiation: most maps
/// use their CLR types' own Go mapping, and a map made in a loop should not recompute its layout. Other Go types (the
/// lab's parsed ones) get a fresh layout.
/// </summary>
/// <typeparam name="TKey">The map's key type.</typeparam>
/// <typeparam name="TValue">The map's element type.</typeparam>
/// <typeparam name="TLayout">The engine's layout type.</typeparam>
internal static class DefaultLayout<TKey, TValue, TLayout>
    where TLayout : class
{
    private static TLayout? s_layout;

    /// <summary>The layout of <paramref name="type"/>: cached when it is the default type, else made by <paramref name="create"/>.</summary>
    public static TLayout For(GoMapType type, Func<GoMapType, TLayout> create) =>
        ReferenceEquals(type, MapEngines.DefaultType<TKey, TValue>()) ? s_layout ??= create(type) : create(type);
}
