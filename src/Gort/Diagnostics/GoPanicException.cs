namespace Gort.Diagnostics;

/// <summary>
/// A Go panic. <see cref="Exception.Message"/> is exactly what Go prints after <c>panic: </c>; runtime errors (Go's
/// <c>runtime.Error</c>) carry the <c>runtime error: </c> prefix, as their <c>Error()</c> text does.
/// </summary>
public sealed class GoPanicException : Exception
{
    /// <summary>Creates a panic with Go's message.</summary>
    public GoPanicException(string message, bool isRuntimeError)
        : base(message)
    {
        IsRuntimeError = isRuntimeError;
    }

    /// <summary>Creates a plain (non-runtime-error) panic.</summary>
    public GoPanicException(string message)
        : this(message, false)
    {
    }

    /// <summary>Creates a panic with no message.</summary>
    public GoPanicException()
        : this("panic", false)
    {
    }

    /// <summary>Creates a panic wrapping another exception.</summary>
    public GoPanicException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Whether the value implements Go's <c>runtime.Error</c>.</summary>
    public bool IsRuntimeError { get; }

    /// <summary>A <c>runtime.Error</c> panic: the message gets Go's <c>runtime error: </c> prefix.</summary>
    public static GoPanicException RuntimeError(string text) => new("runtime error: " + text, true);
}
