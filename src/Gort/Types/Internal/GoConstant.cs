using System.Globalization;
using System.Numerics;

namespace Gort.Types.Internal;

/// <summary>An untyped Go constant (exact rational), enough to evaluate array lengths such as <c>1&lt;&lt;10</c>.</summary>
internal readonly record struct GoConstant(BigInteger Num, BigInteger Den, bool IsFloat)
{
    public bool IsIntegral => Den.IsOne;

    public string KindName => IsFloat ? "untyped float constant" : "untyped int constant";

    public static GoConstant Int(BigInteger v) => new(v, BigInteger.One, false);

    public static GoConstant Rational(BigInteger num, BigInteger den, bool isFloat)
    {
        if (den.Sign < 0)
        {
            num = -num;
            den = -den;
        }

        var g = BigInteger.GreatestCommonDivisor(num, den);
        return g.IsZero || g.IsOne ? new(num, den, isFloat) : new(num / g, den / g, isFloat);
    }

    /// <summary>
    /// Parses an integer literal (prefixes, legacy octal, underscores; the lexer has validated the digits) or a
    /// decimal float literal; false for a malformed float (the lexer accepts any run of digits, dots and exponents).
    /// </summary>
    public static bool TryParse(string text, bool isFloat, out GoConstant value)
    {
        value = default;
        var s = text.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
        if (!isFloat)
        {
            var (digitBase, digits) = s.Length > 1 && s[0] == '0'
                ? s[1] switch { 'x' => (16, s[2..]), 'o' => (8, s[2..]), 'b' => (2, s[2..]), _ => (8, s[1..]) }
                : (10, s);
            var v = BigInteger.Zero;
            foreach (var c in digits)
            {
                v = (v * digitBase) + (char.IsAsciiDigit(c) ? c - '0' : c - 'a' + 10);
            }

            value = Int(v);
            return true;
        }

        var exp = 0;
        var e = s.IndexOf('e', StringComparison.Ordinal);
        if (e >= 0)
        {
            if (!int.TryParse(s[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exp) || Math.Abs(exp) > 10_000)
            {
                return false;
            }

            s = s[..e];
        }

        var dot = s.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            exp -= s.Length - dot - 1;
            s = s.Remove(dot, 1);
        }

        if (s.Length == 0 || !s.All(char.IsAsciiDigit) || !BigInteger.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var mantissa))
        {
            return false;
        }

        value = exp >= 0
            ? Rational(mantissa * BigInteger.Pow(10, exp), BigInteger.One, true)
            : Rational(mantissa, BigInteger.Pow(10, -exp), true);
        return true;
    }

    public override string ToString() =>
        IsIntegral ? Num.ToString(CultureInfo.InvariantCulture) : ((double)Num / (double)Den).ToString("R", CultureInfo.InvariantCulture);
}
