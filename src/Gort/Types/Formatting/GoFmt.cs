using System.Text;
using Gort.Versions;

namespace Gort.Types.Formatting;

/// <summary>
/// Go's <c>fmt</c> for CLR values: <c>Sprintf</c>, <c>Sprint</c>, <c>Sprintln</c> and <c>%v</c> of one value, with the
/// arguments mapped by <see cref="ClrGoValues"/> and the result decoded from Go's UTF-8 bytes.
/// </summary>
/// <remarks>
/// The Go release is <see cref="GoVersion.Latest"/> unless given. For Go values from the interpreter, or bytes in and
/// out, use <see cref="GoFormatter"/>, which this class wraps.
/// </remarks>
public static class GoFmt
{
    /// <summary><c>fmt.Sprintf(format, args...)</c> with each argument in an <c>any</c>.</summary>
    public static string Sprintf(string format, params object?[] args) => Sprintf(GoVersion.Latest, format, args);

    /// <summary><c>fmt.Sprintf</c> as Go <paramref name="version"/> prints it.</summary>
    public static string Sprintf(GoVersion version, string format, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(args);
        return Decode(Formatter(version).Sprintf(Encoding.UTF8.GetBytes(format), Values(args)));
    }

    /// <summary><c>fmt.Sprint(args...)</c>: a space between operands when neither is a string.</summary>
    public static string Sprint(params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return Decode(Formatter(GoVersion.Latest).Sprint(Values(args)));
    }

    /// <summary><c>fmt.Sprintln(args...)</c>: operands separated by spaces, then a newline.</summary>
    public static string Sprintln(params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return Decode(Formatter(GoVersion.Latest).Sprintln(Values(args)));
    }

    /// <summary>
    /// <c>fmt.Sprint(v)</c> of <paramref name="value"/> with static type <typeparamref name="T"/>: what
    /// <c>Slice&lt;T&gt;.ToString()</c> and <c>Map&lt;K,V&gt;.ToString()</c> return.
    /// </summary>
    public static string Format<T>(T value, GoVersion? version = null) =>
        Decode(Formatter(version ?? GoVersion.Latest).Sprint(ClrGoValues.From(value)));

    /// <summary><c>%v</c> of a Go value (for <see cref="GoValue.ToString"/>).</summary>
    internal static string FormatValue(GoValue value) => Decode(Formatter(GoVersion.Latest).Sprint(value));

    private static GoFormatter Formatter(GoVersion version) => GoFormatter.ForVersion(version);

    private static GoValue[] Values(object?[] args)
    {
        var values = new GoValue[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            values[i] = ClrGoValues.FromObject(args[i]);
        }

        return values;
    }

    // Go's bytes to .NET text; bytes that are not UTF-8 become U+FFFD, as when Go output is shown as text.
    private static string Decode(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
