using System.Globalization;
using System.Reflection;
using System.Text;

namespace Gort.Maps.Internal;

/// <summary>
/// <c>fmt.Print</c> of a map: <c>map[k1:v1 k2:v2]</c>, keys sorted as <c>internal/fmtsort</c> sorts them
/// (numbers numerically, NaN first; strings byte-wise; false before true; structs and arrays field by field;
/// interface values: nil first, then grouped by dynamic type, then by value), values printed as <c>%v</c>.
/// </summary>
internal static class GoMapFormatter
{
    public static string Format<TKey, TValue>(Map<TKey, TValue> map)
    {
        var entries = new List<KeyValuePair<TKey, TValue>>(map.Len);
        foreach (var entry in map)
        {
            entries.Add(entry);
        }

        // fmtsort uses a stable sort over the range order; ties (±0, NaN) keep that order.
        var sorted = entries.Select((e, i) => (e, i)).OrderBy(x => (object?)x.e.Key, FmtSortComparer.Instance).ThenBy(x => x.i);
        var sb = new StringBuilder("map[");
        var first = true;
        foreach (var (entry, _) in sorted)
        {
            if (!first)
            {
                sb.Append(' ');
            }

            first = false;
            AppendValue(sb, entry.Key);
            sb.Append(':');
            AppendValue(sb, entry.Value);
        }

        return sb.Append(']').ToString();
    }

    /// <summary>Appends <paramref name="value"/> as Go's <c>%v</c> would print it.</summary>
    public static void AppendValue(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("<nil>");
                break;
            case string s:
                sb.Append(s);
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case double d:
                sb.Append(FormatFloat(d, d.ToString("R", CultureInfo.InvariantCulture)));
                break;
            case float f:
                sb.Append(FormatFloat(f, f.ToString("R", CultureInfo.InvariantCulture)));
                break;
            case char c:
                sb.Append((int)c);
                break;
            case IFormattable formattable when value.GetType().IsPrimitive || value is decimal:
                sb.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            case Array array:
                sb.Append('[');
                for (var i = 0; i < array.Length; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(' ');
                    }

                    AppendValue(sb, array.GetValue(i));
                }

                sb.Append(']');
                break;
            case System.Runtime.CompilerServices.ITuple tuple when value.GetType().IsValueType:
                sb.Append('{');
                for (var i = 0; i < tuple.Length; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(' ');
                    }

                    AppendValue(sb, tuple[i]);
                }

                sb.Append('}');
                break;
            default:
                sb.Append(value.ToString());
                break;
        }
    }

    // strconv.FormatFloat(f, 'g', -1, bits) as fmt's %v uses it: shortest digits; %e form when the decimal exponent
    // is < -4 or >= 6 (the precision fmt assumes for the shortest form), with at least two exponent digits.
    private static string FormatFloat(double value, string shortest)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "+Inf" : "-Inf";
        }

        var negative = shortest.StartsWith('-');
        var body = negative ? shortest[1..] : shortest;
        var exp10 = 0;
        var e = body.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exp10 = int.Parse(body[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            body = body[..e];
        }

        var dot = body.IndexOf('.');
        var intPart = dot >= 0 ? body[..dot] : body;
        var fracPart = dot >= 0 ? body[(dot + 1)..] : string.Empty;
        var digits = (intPart + fracPart).TrimStart('0');
        var dp = intPart.Length + exp10 - ((intPart + fracPart).Length - (intPart + fracPart).TrimStart('0').Length);
        digits = digits.TrimEnd('0');
        var sign = negative ? "-" : string.Empty;
        if (digits.Length == 0)
        {
            return sign + "0";
        }

        var exp = dp - 1;
        if (exp < -4 || exp >= 6)
        {
            var mantissa = digits.Length > 1 ? digits[0] + "." + digits[1..] : digits;
            var expSign = exp < 0 ? "-" : "+";
            var absExp = Math.Abs(exp);
            return $"{sign}{mantissa}e{expSign}{(absExp < 10 ? "0" : string.Empty)}{absExp.ToString(CultureInfo.InvariantCulture)}";
        }

        if (dp <= 0)
        {
            return sign + "0." + new string('0', -dp) + digits;
        }

        if (dp >= digits.Length)
        {
            return sign + digits + new string('0', dp - digits.Length);
        }

        return sign + digits[..dp] + "." + digits[dp..];
    }

    /// <summary><c>internal/fmtsort.compare</c> over CLR values.</summary>
    private sealed class FmtSortComparer : IComparer<object?>
    {
        public static readonly FmtSortComparer Instance = new();

        public int Compare(object? a, object? b)
        {
            if (a is null || b is null)
            {
                return (a is null ? 0 : 1) - (b is null ? 0 : 1);
            }

            var ta = a.GetType();
            var tb = b.GetType();
            if (ta != tb)
            {
                // Interface values of different dynamic types: Go orders by type (by its descriptor's address, which
                // is fixed within a binary); Gort orders by type name for a stable output.
                return string.CompareOrdinal(ta.FullName, tb.FullName);
            }

            switch (a)
            {
                case string s:
                    return CompareUtf8(s, (string)b);
                case double d:
                    return CompareFloat(d, (double)b);
                case float f:
                    return CompareFloat(f, (float)b);
                case bool x:
                    return x.CompareTo((bool)b);
                case Array arr:
                    var brr = (Array)b;
                    for (var i = 0; i < Math.Min(arr.Length, brr.Length); i++)
                    {
                        var c = Compare(arr.GetValue(i), brr.GetValue(i));
                        if (c != 0)
                        {
                            return c;
                        }
                    }

                    return arr.Length.CompareTo(brr.Length);
                case IComparable comparable when ta.IsPrimitive || ta.IsEnum || a is decimal:
                    return comparable.CompareTo(b);
            }

            if (ta.IsValueType)
            {
                foreach (var field in ta.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
                {
                    var c = Compare(field.GetValue(a), field.GetValue(b));
                    if (c != 0)
                    {
                        return c;
                    }
                }

                return 0;
            }

            // Pointers: Go orders by address; an identity hash is the closest stable stand-in.
            return System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(a).CompareTo(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(b));
        }

        private static int CompareFloat(double a, double b)
        {
            if (double.IsNaN(a) || double.IsNaN(b))
            {
                return (double.IsNaN(a) ? 0 : 1) - (double.IsNaN(b) ? 0 : 1);
            }

            return a < b ? -1 : a > b ? 1 : 0;
        }

        // Go strings are compared byte-wise as UTF-8; UTF-16 ordinal order differs for surrogate pairs.
        private static int CompareUtf8(string a, string b) =>
            Encoding.UTF8.GetBytes(a).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(b));
    }
}
