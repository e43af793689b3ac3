namespace Gort.Types.Formatting;

/// <summary>The elements of a Go array or slice, as the formatter reads them.</summary>
public interface IGoSequence
{
    /// <summary><c>len</c>.</summary>
    int Length { get; }

    /// <summary>
    /// Element <paramref name="index"/>, of the element type (for an interface element type: its dynamic value, or
    /// <see cref="GoValue.Nil"/>).
    /// </summary>
    GoValue Element(int index);
}
