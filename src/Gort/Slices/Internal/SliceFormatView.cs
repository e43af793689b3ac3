using Gort.Types;
using Gort.Types.Formatting;
using Gort.Types.Formatting.Internal;

namespace Gort.Slices.Internal;

/// <summary>A slice's elements as the formatter reads them; its address is that of its first element.</summary>
internal class SliceFormatView<T> : IGoSequence, IGoAddressable
{
    private readonly T[] _array;
    private readonly int _offset;
    private readonly int _length;

    protected SliceFormatView(T[] array, int offset, int length)
    {
        _array = array;
        _offset = offset;
        _length = length;
    }

    public int Length => _length;

    public ulong Address => GoAddresses.OfObject(_array) + ((ulong)_offset * (ulong)Math.Max(GoTypeOf<T>.Size, 1));

    protected ReadOnlySpan<T> Span => _array.AsSpan(_offset, _length);

    public static SliceFormatView<T> Create(T[] array, int offset, int length) =>
        typeof(T) == typeof(byte)
            ? (SliceFormatView<T>)(object)new ByteSliceFormatView((byte[])(object)array, offset, length)
            : new SliceFormatView<T>(array, offset, length);

    public GoValue Element(int index) => ClrGoValues.From(_array[_offset + index]);
}
