namespace Gort.Types.Formatting;

/// <summary>The dynamic type of the error <c>fmt.Errorf</c> returns.</summary>
public enum GoErrorfKind
{
    /// <summary><c>*errors.errorString</c>: no <c>%w</c> (or, through 1.19, a rejected one).</summary>
    ErrorString,

    /// <summary><c>*fmt.wrapError</c>: one <c>%w</c>; <c>Unwrap()</c> returns its operand (nil if not an error).</summary>
    WrapError,

    /// <summary><c>*fmt.wrapErrors</c> (1.20+): several <c>%w</c>; <c>Unwrap() []error</c> returns the error operands.</summary>
    WrapErrors,
}
