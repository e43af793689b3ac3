using System.Globalization;
using System.Text;

namespace Gort.Slices;

/// <summary>Formats values as Go's <c>fmt</c> <c>%v</c> does, for <see cref="Slice{T}.ToString"/>.</summary>
internal static class GoFormat
{
    public static string Slice<T>(ReadOnlySpan<T> items)
    {
        var sb = new StringBuilder(2 + (items.Length * 4));
        sb.Append('[');
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            Value(sb, items[i]);
        }

        return sb.Append(']').ToString();
    }

    private static void Value<T>(StringBuilder sb, T value)
    {
        switch (value)
        {
            case null:
                sb.Append("<nil>");
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case char c:
                // A CLR char maps to Go's uint16: %v prints the number.
                sb.Append(((int)c).ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                sb.Append(Float(d, d.ToString("R", CultureInfo.InvariantCulture)));
                break;
            case float f:
                sb.Append(Float(f, f.ToString("R", CultureInfo.InvariantCulture)));
                break;
            case IFormattable formattable:
                sb.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                sb.Append(value.ToString());
                break;
        }
    }

    // strconv.FormatFloat(f, 'g', -1, bits) as %v uses it: the shortest digits that round-trip, in %e form when the
    // decimal exponent is < -4 or >= 6 (Go's "shortest" precision rule), exponent with a sign and at least 2 digits.
    private static string Float(double value, string roundTrip)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "+Inf" : "-Inf";
        }

        var negative = roundTrip.StartsWith('-');
        var text = negative ? roundTrip[1..] : roundTrip;
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var digits = dot >= 0 ? text.Remove(dot, 1) : text;
        var point = (dot >= 0 ? dot : text.Length) + exponent; // digits[0..point) are the integer part
        var trimmed = digits.TrimStart('0');
        point -= digits.Length - trimmed.Length;
        digits = trimmed.TrimEnd('0');
        if (digits.Length == 0)
        {
            return negative ? "-0" : "0";
        }

        var sb = new StringBuilder();
        if (negative)
        {
            sb.Append('-');
        }

        var exp = point - 1;
        if (exp < -4 || exp >= 6)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1)
            {
                sb.Append('.').Append(digits, 1, digits.Length - 1);
            }

            sb.Append('e').Append(exp < 0 ? '-' : '+');
            var abs = Math.Abs(exp);
            if (abs < 10)
            {
                sb.Append('0');
            }

            sb.Append(abs.ToString(CultureInfo.InvariantCulture));
        }
        else if (point <= 0)
        {
            sb.Append("0.").Append('0', -point).Append(digits);
        }
        else if (point >= digits.Length)
        {
            sb.Append(digits).Append('0', point - digits.Length);
        }
        else
        {
            sb.Append(digits, 0, point).Append('.').Append(digits, point, digits.Length - point);
        }

        return sb.ToString();
    }
}
