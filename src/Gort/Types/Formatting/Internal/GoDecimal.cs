using System.Globalization;
using System.Numerics;

namespace Gort.Types.Formatting.Internal;

/// <summary>
/// The exact decimal value of a binary floating-point number, as <c>strconv</c>'s multiprecision <c>decimal</c>
/// holds it: ASCII digits <c>d[0..nd)</c> with the decimal point after <c>dp</c> digits, trailing zeros trimmed, zero
/// as <c>nd == 0</c>. Built with <see cref="BigInteger"/> instead of Go's shift tables: the value is the same exact
/// number, so every rounding below gives Go's digits.
/// </summary>
internal sealed class GoDecimal
{
    // 5^k for k up to what float64 needs (2^-1074 and the half-ulp bounds one bit below), built on first use. Boxed, so
    // a racing reader sees either null or a complete value.
    private static readonly object?[] s_pow5 = new object?[1200];

    private byte[] _d = new byte[32];

    public int Nd { get; private set; }

    public int Dp { get; private set; }

    public ReadOnlySpan<byte> Digits => _d.AsSpan(0, Nd);

    public byte this[int i] => _d[i];

    /// <summary>Sets the value to <paramref name="mant"/> × 2^<paramref name="exp2"/> exactly.</summary>
    public void Assign(ulong mant, int exp2)
    {
        if (mant == 0)
        {
            Nd = 0;
            Dp = 0;
            return;
        }

        BigInteger n;
        var fraction = 0;
        if (exp2 >= 0)
        {
            n = new BigInteger(mant) << exp2;
        }
        else
        {
            // mant / 2^k = mant * 5^k / 10^k
            n = new BigInteger(mant) * Pow5(-exp2);
            fraction = -exp2;
        }

        var text = n.ToString(CultureInfo.InvariantCulture);
        if (_d.Length < text.Length)
        {
            _d = new byte[text.Length + 16];
        }

        for (var i = 0; i < text.Length; i++)
        {
            _d[i] = (byte)text[i];
        }

        Nd = text.Length;
        Dp = text.Length - fraction;
        Trim();
    }

    /// <summary>Round to <paramref name="nd"/> digits, half to even (<c>decimal.Round</c>).</summary>
    public void Round(int nd)
    {
        if (nd < 0 || nd >= Nd)
        {
            return;
        }

        if (ShouldRoundUp(nd))
        {
            RoundUp(nd);
        }
        else
        {
            RoundDown(nd);
        }
    }

    public void RoundDown(int nd)
    {
        if (nd < 0 || nd >= Nd)
        {
            return;
        }

        Nd = nd;
        Trim();
    }

    public void RoundUp(int nd)
    {
        if (nd < 0 || nd >= Nd)
        {
            return;
        }

        for (var i = nd - 1; i >= 0; i--)
        {
            if (_d[i] < '9')
            {
                _d[i]++;
                Nd = i + 1;
                return;
            }
        }

        // All nines: 1 followed by zeros, one more integer digit.
        _d[0] = (byte)'1';
        Nd = 1;
        Dp++;
    }

    /// <summary>
    /// <c>strconv.roundShortest</c>: the fewest digits that still read back as the same <paramref name="mantBits"/>-bit
    /// float (bounds halfway to the neighbours, inclusive when the mantissa is even), nearest to the exact value.
    /// </summary>
    public void RoundShortest(ulong mant, int exp, int mantBits, int bias)
    {
        if (mant == 0)
        {
            Nd = 0;
            return;
        }

        var minExp = bias + 1;
        if (exp > minExp && 332 * (Dp - Nd) >= 100 * (exp - mantBits))
        {
            return; // already shortest
        }

        var upper = new GoDecimal();
        upper.Assign((mant * 2) + 1, exp - mantBits - 1);

        ulong mantLo;
        int expLo;
        if (mant > 1UL << mantBits || exp == minExp)
        {
            mantLo = mant - 1;
            expLo = exp;
        }
        else
        {
            mantLo = (mant * 2) - 1;
            expLo = exp - 1;
        }

        var lower = new GoDecimal();
        lower.Assign((mantLo * 2) + 1, expLo - mantBits - 1);

        var inclusive = mant % 2 == 0;
        var upperDelta = 0;
        for (var ui = 0; ; ui++)
        {
            var mi = ui - upper.Dp + Dp;
            if (mi >= Nd)
            {
                break;
            }

            var li = ui - upper.Dp + lower.Dp;
            var l = li >= 0 && li < lower.Nd ? lower[li] : (byte)'0';
            var m = mi >= 0 ? _d[mi] : (byte)'0';
            var u = ui < upper.Nd ? upper[ui] : (byte)'0';

            var okDown = l != m || (inclusive && li + 1 == lower.Nd);
            if (upperDelta == 0 && m + 1 < u)
            {
                upperDelta = 2;
            }
            else if (upperDelta == 0 && m != u)
            {
                upperDelta = 1;
            }
            else if (upperDelta == 1 && (m != '9' || u != '0'))
            {
                upperDelta = 2;
            }

            var okUp = upperDelta > 0 && (inclusive || upperDelta > 1 || ui + 1 < upper.Nd);
            if (okDown && okUp)
            {
                Round(mi + 1);
                return;
            }

            if (okDown)
            {
                RoundDown(mi + 1);
                return;
            }

            if (okUp)
            {
                RoundUp(mi + 1);
                return;
            }
        }
    }

    private bool ShouldRoundUp(int nd)
    {
        if (_d[nd] == '5' && nd + 1 == Nd)
        {
            // Exactly halfway (the value is exact, never truncated): round to even.
            return nd > 0 && (_d[nd - 1] - '0') % 2 != 0;
        }

        return _d[nd] >= '5';
    }

    private void Trim()
    {
        while (Nd > 0 && _d[Nd - 1] == '0')
        {
            Nd--;
        }

        if (Nd == 0)
        {
            Dp = 0;
        }
    }

    private static BigInteger Pow5(int k)
    {
        if ((uint)k >= (uint)s_pow5.Length)
        {
            return BigInteger.Pow(5, k);
        }

        return (BigInteger)(s_pow5[k] ??= BigInteger.Pow(5, k));
    }
}
