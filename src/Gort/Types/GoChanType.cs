namespace Gort.Types;

/// <summary><c>chan T</c>, <c>chan&lt;- T</c>, <c>&lt;-chan T</c>: a pointer to the runtime's <c>hchan</c>.</summary>
public sealed class GoChanType : GoType
{
    /// <summary>Creates a channel type.</summary>
    public GoChanType(GoType elem, GoChanDirection direction)
        : base(8, 8, true, true)
    {
        Elem = elem ?? throw new ArgumentNullException(nameof(elem));
        Direction = direction;
    }

    /// <summary>The element type.</summary>
    public GoType Elem { get; }

    /// <summary>The direction.</summary>
    public GoChanDirection Direction { get; }

    /// <inheritdoc/>
    public override GoKind Kind => GoKind.Chan;

    /// <inheritdoc/>
    public override string ToString() => Direction switch
    {
        GoChanDirection.Send => "chan<- " + Elem,
        GoChanDirection.Receive => "<-chan " + Elem,
        _ => Elem is GoChanType { Direction: GoChanDirection.Receive } ? $"chan ({Elem})" : "chan " + Elem,
    };
}
