namespace Gort.Types.Formatting;

/// <summary>The fields of a Go struct value, in declaration order (names and types come from its <see cref="GoStructType"/>).</summary>
public interface IGoStruct
{
    /// <summary>
    /// Field <paramref name="index"/>, of the field's type (for an interface field: its dynamic value, or
    /// <see cref="GoValue.Nil"/>).
    /// </summary>
    GoValue Field(int index);
}
