namespace Gort.Types;

/// <summary>The direction of a channel type.</summary>
public enum GoChanDirection
{
    /// <summary><c>chan T</c>.</summary>
    Both,
    /// <summary><c>chan&lt;- T</c>.</summary>
    Send,
    /// <summary><c>&lt;-chan T</c>.</summary>
    Receive,
}
