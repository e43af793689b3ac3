using System.Globalization;
using Gort.Types;

namespace Gort.Cli.Infrastructure;

/// <summary>Parsing of the values lab commands share: Go type expressions and element counts.</summary>
internal static class CliParsing
{
    /// <summary>Parses a Go type expression; a syntax error becomes a <see cref="CliException"/> with the caret line.</summary>
    public static GoType Type(string? text, string what = "type")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CliException($"{what}: missing Go type (e.g. 'map[string]int' or '[]int64')");
        }

        try
        {
            return GoTypeParser.Parse(text);
        }
        catch (GoTypeParseException e)
        {
            throw new CliException($"{what}: {e.Message} (column {e.Column})\n{e.ToCaretString()}");
        }
    }

    /// <summary>Parses a count: <c>1000</c>, <c>1_000_000</c>, <c>1e6</c> or <c>10^6</c>.</summary>
    public static long Count(string? text, string option, long max = 1L << 48)
    {
        var s = (text ?? "").Trim().Replace("_", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        long value;
        if (long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var plain))
        {
            value = plain;
        }
        else if (TryPower(s, out var pow))
        {
            value = pow;
        }
        else
        {
            throw new CliException($"{option}: \"{text}\" is not a count (use 1000, 1_000_000, 1e6 or 10^6)");
        }

        if (value > max)
        {
            throw new CliException($"{option}: {value.ToString(CultureInfo.InvariantCulture)} is larger than {max.ToString(CultureInfo.InvariantCulture)}");
        }

        return value;
    }

    private static bool TryPower(string s, out long value)
    {
        value = 0;
        var e = s.IndexOfAny(['e', 'E']);
        if (e > 0 && long.TryParse(s[..e], NumberStyles.None, CultureInfo.InvariantCulture, out var mant) &&
            int.TryParse(s[(e + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var exp) && exp <= 18)
        {
            value = mant * (long)Math.Pow(10, exp);
            return value >= 0;
        }

        var caret = s.IndexOf('^', StringComparison.Ordinal);
        if (caret > 0 && long.TryParse(s[..caret], NumberStyles.None, CultureInfo.InvariantCulture, out var b) &&
            int.TryParse(s[(caret + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p <= 62)
        {
            var v = Math.Pow(b, p);
            if (v > long.MaxValue)
            {
                return false;
            }

            value = (long)v;
            return true;
        }

        return false;
    }
}
