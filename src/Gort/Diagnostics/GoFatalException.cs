namespace Gort.Diagnostics;

/// <summary>
/// A Go fatal error (<c>fatal error: ...</c>), such as <c>concurrent map writes</c>. In Go these cannot be recovered;
/// here they are an exception so a test can observe them, but the data structure must be treated as corrupt.
/// </summary>
public sealed class GoFatalException : Exception
{
    /// <summary>Creates a fatal error with Go's text (without the <c>fatal error: </c> prefix).</summary>
    public GoFatalException(string message)
        : base(message)
    {
    }

    /// <summary>Creates a fatal error with no message.</summary>
    public GoFatalException()
        : this("fatal error")
    {
    }

    /// <summary>Creates a fatal error wrapping another exception.</summary>
    public GoFatalException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
