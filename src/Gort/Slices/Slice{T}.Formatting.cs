using Gort.Slices.Internal;
using Gort.Types.Formatting;

namespace Gort.Slices;

/// <summary>The slice as a Go value for fmt (<see cref="ToString"/>, <see cref="GoFmt"/>).</summary>
public readonly partial struct Slice<T> : IGoValue
{
    /// <inheritdoc/>
    GoValue IGoValue.ToGoValue() =>
        GoValue.Composite(ClrGoValues.TypeOf(typeof(Slice<T>)), _array is null ? null : SliceFormatView<T>.Create(_array, _offset, _length));
}
