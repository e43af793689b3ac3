namespace Gort.Types;

/// <summary><c>*T</c>.</summary>
public sealed class GoPointerType : GoType
{
    /// <summary>Creates <c>*<paramref name="elem"/></c>.</summary>
    public GoPointerType(GoType elem)
        : base(8, 8, true, true)
    {
        Elem = elem ?? throw new ArgumentNullException(nameof(elem));
    }

    /// <summary>The pointed-to type.</summary>
    public GoType Elem { get; }

    /// <inheritdoc/>
    public override GoKind Kind => GoKind.Pointer;

    /// <inheritdoc/>
    public override string ToString() => "*" + Elem;
}
