namespace Gort.Types;

/// <summary><c>[]T</c>: a three-word header (pointer, len, cap).</summary>
public sealed class GoSliceType : GoType
{
    /// <summary>The size of a slice header (<c>unsafe.Sizeof([]T{})</c>: pointer, len, cap).</summary>
    public const int HeaderSize = 24;

    /// <summary>Creates <c>[]<paramref name="elem"/></c>.</summary>
    public GoSliceType(GoType elem)
        : base(HeaderSize, 8, true, false)
    {
        Elem = elem ?? throw new ArgumentNullException(nameof(elem));
    }

    /// <summary>The element type.</summary>
    public GoType Elem { get; }

    /// <inheritdoc/>
    public override GoKind Kind => GoKind.Slice;

    /// <inheritdoc/>
    public override string ToString() => "[]" + Elem;
}
