using System.Buffers;
using Gort.Types.Formatting.Internal;
using Gort.Versions;

namespace Gort.Types.Formatting;

/// <summary>
/// Go's <c>fmt</c> printing for one Go release and one method host: <c>Sprintf</c>, <c>Sprint</c>, <c>Sprintln</c>
/// and <c>Errorf</c> over <see cref="GoValue"/>s, producing Go bytes (UTF-8, or whatever bytes the strings held).
/// </summary>
/// <remarks>
/// Every verb of <c>fmt/print.go</c> and <c>fmt/format.go</c> for every kind, with flags, width, precision and
/// argument indexes; the argument errors (<c>%!d(string=hi)</c>, <c>%!v(MISSING)</c>, <c>%!(EXTRA ...)</c>,
/// <c>%!(BADINDEX)</c>, <c>%!(NOVERB)</c>, ...); <c>Error</c>/<c>String</c>/<c>GoString</c> methods through
/// <see cref="GoFormatHost"/> with fmt's panic handling; map keys sorted as <c>internal/fmtsort</c> sorts them; floats
/// digit for digit as <c>strconv</c> formats them. Not supported: user <c>Format</c> methods (<c>fmt.Formatter</c>) and
/// struct tags in <c>%T</c>. Thread-safe: each call uses its own printer state.
/// </remarks>
public sealed class GoFormatter
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<GoVersion, GoFormatter> s_shared = new();

    /// <summary>Creates a formatter for <paramref name="version"/> whose values' methods live in <paramref name="host"/>.</summary>
    public GoFormatter(GoVersion version, GoFormatHost? host = null)
    {
        Version = version ?? throw new ArgumentNullException(nameof(version));
        Host = host ?? GoFormatHost.Default;
    }

    /// <summary>A shared formatter for <paramref name="version"/> and values without methods.</summary>
    public static GoFormatter ForVersion(GoVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return s_shared.GetOrAdd(version, static v => new GoFormatter(v));
    }

    /// <summary>The Go release whose fmt is modelled.</summary>
    public GoVersion Version { get; }

    /// <summary>Where the values' methods live.</summary>
    public GoFormatHost Host { get; }

    /// <summary><c>fmt.Sprintf</c>.</summary>
    public byte[] Sprintf(ReadOnlySpan<byte> format, params ReadOnlySpan<GoValue> args)
    {
        using var p = new GoPrinter(Version, Host);
        p.DoPrintf(format, args);
        return p.Output.ToArray();
    }

    /// <summary><c>fmt.Sprint</c>: operands in their default format, a space between operands when neither is a string.</summary>
    public byte[] Sprint(params ReadOnlySpan<GoValue> args)
    {
        using var p = new GoPrinter(Version, Host);
        p.DoPrint(args);
        return p.Output.ToArray();
    }

    /// <summary><c>fmt.Sprintln</c>: operands in their default format, always space-separated, then a newline.</summary>
    public byte[] Sprintln(params ReadOnlySpan<GoValue> args)
    {
        using var p = new GoPrinter(Version, Host);
        p.DoPrintln(args);
        return p.Output.ToArray();
    }

    /// <summary><c>fmt.Fprintf</c> into <paramref name="output"/>.</summary>
    public void Fprintf(IBufferWriter<byte> output, ReadOnlySpan<byte> format, params ReadOnlySpan<GoValue> args)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var p = new GoPrinter(Version, Host);
        p.DoPrintf(format, args);
        output.Write(p.Output);
    }

    /// <summary><c>fmt.Fprint</c> into <paramref name="output"/>.</summary>
    public void Fprint(IBufferWriter<byte> output, params ReadOnlySpan<GoValue> args)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var p = new GoPrinter(Version, Host);
        p.DoPrint(args);
        output.Write(p.Output);
    }

    /// <summary><c>fmt.Fprintln</c> into <paramref name="output"/>.</summary>
    public void Fprintln(IBufferWriter<byte> output, params ReadOnlySpan<GoValue> args)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var p = new GoPrinter(Version, Host);
        p.DoPrintln(args);
        output.Write(p.Output);
    }

    /// <summary>
    /// <c>fmt.Errorf</c>: the message (with <c>%w</c> printed as <c>%v</c> for error operands) and what the returned
    /// error wraps, so the caller can build the <c>*errors.errorString</c>, <c>*fmt.wrapError</c> or
    /// <c>*fmt.wrapErrors</c> Go would return.
    /// </summary>
    public GoErrorfResult Errorf(ReadOnlySpan<byte> format, params ReadOnlySpan<GoValue> args)
    {
        using var p = new GoPrinter(Version, Host);
        p.DoErrorf(format, args);
        var message = p.Output.ToArray();
        var named = p.WrappedArgs;
        if (!Version.ErrorfWrapsMany)
        {
            return named.Count == 0
                ? new GoErrorfResult(message, GoErrorfKind.ErrorString, [])
                : new GoErrorfResult(message, GoErrorfKind.WrapError, [named[0]]);
        }

        switch (named.Count)
        {
            case 0:
                return new GoErrorfResult(message, GoErrorfKind.ErrorString, []);
            case 1:
                // wrapError.err is the operand if it is an error, else nil (the %w printed as a bad verb).
                var single = IsError(args[named[0]]) ? new[] { named[0] } : [];
                return new GoErrorfResult(message, GoErrorfKind.WrapError, single);
            default:
                var order = named.ToArray();
                if (p.Reordered)
                {
                    Array.Sort(order);
                }

                var errs = new List<int>();
                for (var i = 0; i < order.Length; i++)
                {
                    if (i > 0 && order[i - 1] == order[i])
                    {
                        continue;
                    }

                    if (IsError(args[order[i]]))
                    {
                        errs.Add(order[i]);
                    }
                }

                return new GoErrorfResult(message, GoErrorfKind.WrapErrors, [.. errs]);
        }
    }

    private bool IsError(GoValue v) => v.Type is not null && (Host.MethodsOf(v.Type) & GoFormatMethods.Error) != 0;
}
