using Gort.Diagnostics;

namespace Gort.Types.Formatting;

/// <summary>
/// What the formatter needs from whoever owns the values' methods: which of fmt's methods a dynamic type has, calling
/// one, and reading a Go panic that escaped it. The interpreter implements this over its checked program; plain CLR
/// values (<see cref="Default"/>) have no Go methods.
/// </summary>
/// <remarks>
/// fmt calls <c>Error()</c> (preferred) or <c>String()</c> for the verbs <c>%v %s %q %x %X</c> (and <c>%w</c> in
/// <c>Errorf</c>), <c>GoString()</c> for <c>%#v</c>, on the top-level operand and on nested values reached through
/// exported fields; never on values reached through unexported fields. A method that panics prints
/// <c>%!v(PANIC=String method: value)</c>, or <c>&lt;nil&gt;</c> when the receiver is a nil pointer. The formatter
/// decides all of that; the host only answers the questions below.
/// </remarks>
public abstract class GoFormatHost
{
    /// <summary>A host for values without Go methods (the library's CLR values).</summary>
    public static GoFormatHost Default { get; } = new NoMethods();

    /// <summary>
    /// Which of <c>Error</c>, <c>String</c> and <c>GoString</c> (with fmt's signatures) are in the method set of
    /// <paramref name="type"/> (for <c>T</c>, the value-receiver methods; for <c>*T</c>, all of them).
    /// </summary>
    public abstract GoFormatMethods MethodsOf(GoType type);

    /// <summary>
    /// Calls <paramref name="method"/> (one flag) on <paramref name="receiver"/> and returns the string it returned (a
    /// value of a string kind). A Go panic inside the method propagates as an exception that
    /// <see cref="TryGetPanicValue"/> recognises.
    /// </summary>
    public abstract GoValue Call(GoFormatMethods method, GoValue receiver);

    /// <summary>
    /// The Go value a method panicked with, for an exception thrown by <see cref="Call"/>; false to let the exception
    /// propagate (it is not a Go panic). The default reads a <see cref="GoPanicException"/> as a string panic value
    /// holding its message, which is what fmt prints for string panics, errors and runtime errors.
    /// </summary>
    public virtual bool TryGetPanicValue(Exception exception, out GoValue panicValue)
    {
        if (exception is GoPanicException panic)
        {
            panicValue = GoValue.StringUtf16(GoBasicType.String, panic.Message);
            return true;
        }

        panicValue = default;
        return false;
    }

    /// <summary>
    /// The number of methods in the method set of <paramref name="type"/>, all of them, not only fmt's. It sizes the
    /// type's descriptor, which decides where the linker puts it and so how <c>fmtsort</c> orders map keys of
    /// different dynamic types in an interface-keyed map. Default: 0.
    /// </summary>
    public virtual int MethodCount(GoType type) => 0;

    private sealed class NoMethods : GoFormatHost
    {
        public override GoFormatMethods MethodsOf(GoType type) => GoFormatMethods.None;

        public override GoValue Call(GoFormatMethods method, GoValue receiver) =>
            throw new InvalidOperationException($"{receiver.Type} has no {method} method");
    }
}
