namespace Gort.Types.Formatting;

/// <summary>What <c>fmt.Errorf</c> produces: the message, the error's dynamic type, and the wrapped operands.</summary>
/// <param name="Message">The <c>Error()</c> text, as Go bytes.</param>
/// <param name="Kind">Which error type Go returns.</param>
/// <param name="Wrapped">Indexes of the wrapped operands, in <c>Unwrap</c>'s order.</param>
public sealed record GoErrorfResult(byte[] Message, GoErrorfKind Kind, IReadOnlyList<int> Wrapped);
