namespace Gort.Types.Formatting;

/// <summary>
/// An array or slice of a byte kind that can show its bytes directly, so <c>%s %q %x %X</c> read them without one
/// <see cref="IGoSequence.Element"/> call per byte. Optional: the formatter falls back to the elements.
/// </summary>
public interface IGoByteSequence : IGoSequence
{
    /// <summary>The bytes, <see cref="IGoSequence.Length"/> long.</summary>
    ReadOnlySpan<byte> Bytes { get; }
}
