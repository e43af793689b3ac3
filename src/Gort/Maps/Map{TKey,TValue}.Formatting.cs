using Gort.Maps.Internal;
using Gort.Types.Formatting;

namespace Gort.Maps;

/// <summary>The map as a Go value for fmt (<see cref="ToString"/>, <see cref="GoFmt"/>).</summary>
public readonly partial struct Map<TKey, TValue> : IGoValue
{
    /// <inheritdoc/>
    GoValue IGoValue.ToGoValue() =>
        GoValue.Composite(ClrGoValues.TypeOf(typeof(Map<TKey, TValue>)), _engine is null ? null : new MapFormatView<TKey, TValue>(this, _engine));
}
