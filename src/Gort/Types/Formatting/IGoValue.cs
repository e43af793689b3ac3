namespace Gort.Types.Formatting;

/// <summary>
/// A CLR object that is a Go value and describes itself to the formatter (Gort's <c>Slice&lt;T&gt;</c> and
/// <c>Map&lt;K,V&gt;</c>), so <see cref="ClrGoValues"/> needs no knowledge of the types above it.
/// </summary>
public interface IGoValue
{
    /// <summary>The Go value this object stands for.</summary>
    GoValue ToGoValue();
}
