namespace Gort.Types.Formatting;

/// <summary>The methods fmt looks for on a value's dynamic type (its method set).</summary>
[Flags]
public enum GoFormatMethods
{
    /// <summary>None of them.</summary>
    None = 0,

    /// <summary><c>Error() string</c>: the type implements <c>error</c>.</summary>
    Error = 1,

    /// <summary><c>String() string</c>: the type implements <c>fmt.Stringer</c>.</summary>
    String = 2,

    /// <summary><c>GoString() string</c>: the type implements <c>fmt.GoStringer</c> (used by <c>%#v</c>).</summary>
    GoString = 4,
}
