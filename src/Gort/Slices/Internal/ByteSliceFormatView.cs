using Gort.Types.Formatting;

namespace Gort.Slices.Internal;

/// <summary>A <c>[]byte</c> whose bytes the formatter reads directly.</summary>
internal sealed class ByteSliceFormatView : SliceFormatView<byte>, IGoByteSequence
{
    public ByteSliceFormatView(byte[] array, int offset, int length)
        : base(array, offset, length)
    {
    }

    public ReadOnlySpan<byte> Bytes => Span;
}
