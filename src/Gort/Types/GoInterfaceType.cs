namespace Gort.Types;

/// <summary><c>interface{...}</c>, <c>any</c>, <c>error</c>: two words (type or itab pointer, data pointer).</summary>
public sealed class GoInterfaceType : GoType
{
    /// <summary>Creates an interface type; <paramref name="text"/> is how it is written.</summary>
    public GoInterfaceType(string text, bool isEmpty)
        : base(16, 8, true, true)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        IsEmpty = isEmpty;
    }

    /// <summary><c>any</c> / <c>interface{}</c>.</summary>
    public static GoInterfaceType Any { get; } = new("any", true);

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
