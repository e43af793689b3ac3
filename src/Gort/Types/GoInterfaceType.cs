namespace Gort.Types;

/// <summary><c>interface{...}</c>, <c>any</c>, <c>error</c>: two words (type or itab pointer, data pointer).</summary>
public sealed class GoInterfaceType : GoType
{
    /// <summary>Creates an interface type; <paramref name="text"/> is how it is written.</summary>
    public GoInterfaceType(string text, bool isEmpty)
        : this(text, isEmpty, null)
    {
    }

    /// <summary>Creates an interface that may only be a type constraint (<c>interface{~int}</c>, <c>comparable</c>).</summary>
    internal GoInterfaceType(string text, bool isEmpty, string? constraintReason)
        : base(16, 8, true, true)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        IsEmpty = isEmpty;
        ConstraintReason = constraintReason;
    }

    /// <summary>
    /// Why the interface can only be a type constraint (Go: <c>interface contains type constraints</c>), or null for
    /// an ordinary interface. The parser rejects constraint interfaces everywhere a value type is needed.
    /// </summary>
    internal string? ConstraintReason { get; }

    /// <summary><c>any</c> / <c>interface{}</c>.</summary>
    public static GoInterfaceType Any { get; } = new("any", true);

    /// <summary>The predeclared constraint <c>comparable</c> (never a value type).</summary>
    internal static GoInterfaceType Comparable { get; } = new("comparable", false, "interface is (or embeds) comparable");

    /// <summary><c>error</c>.</summary>
    public static GoInterfaceType Error { get; } = new("error", false);

    /// <summary>The type as written.</summary>
    public string Text { get; }

    /// <summary>Whether the interface has no methods (an <c>eface</c>).</summary>
    public bool IsEmpty { get; }

    /// <inheritdoc/>
    public override GoKind Kind => GoKind.Interface;

    /// <inheritdoc/>
    public override string ToString() => Text;
}
