using System.Numerics;

namespace Gort.Types.Formatting.Internal;

/// <summary>
/// <c>strconv.ryuFtoaShortest</c> (<c>strconv/ftoaryu.go</c>, Go 1.17–1.25): the shortest decimal digits that read
/// back as the same float, with 128-bit (64-bit for float32) arithmetic instead of a multiprecision decimal. Same digits
/// as <see cref="GoDecimal.RoundShortest"/> (Go tests the two against each other; so does Gort), much faster.
/// </summary>
internal static class GoRyu
{
    private const int MinExp10 = -348;
    private const int MaxExp10 = 347;

    // detailedPowersOfTen (strconv/eisel_lemire.go): the top 128 bits of 10^q, rounded down, as (low, high).
    private static readonly (ulong Lo, ulong Hi)[] s_pow10 = BuildPowersOfTen();

    /// <summary>
    /// Writes the shortest digits of <paramref name="mant"/>×2^<paramref name="exp"/> into <paramref name="d"/>
    /// (at least 32 bytes) and returns (nd, dp). <paramref name="mant"/> includes the implicit bit.
    /// </summary>
    public static (int Nd, int Dp) Shortest(Span<byte> d, ulong mant, int exp, int mantBits, int bias)
    {
        if (mant == 0)
        {
            return (0, 0);
        }

        // An exact integer with fewer bits than the mantissa: its neighbours are not admissible.
        if (exp <= 0 && BitOperations.TrailingZeroCount(mant) >= -exp)
        {
            mant >>= -exp;
            return Digits(d, mant, mant, mant, true, false);
        }

        var (ml, mc, mu, e2) = ComputeBounds(mant, exp, mantBits, bias);
        if (e2 == 0)
        {
            return Digits(d, ml, mc, mu, true, false);
        }

        // 10^q larger than 2^-e2
        var q = MulByLog2Log10(-e2) + 1;
        ulong dl, dc, du;
        bool dl0, dc0, du0;
        if (mantBits == 23)
        {
            (var dl32, _, dl0) = Mult64BitPow10((uint)ml, e2, q);
            (var dc32, _, dc0) = Mult64BitPow10((uint)mc, e2, q);
            (var du32, e2, du0) = Mult64BitPow10((uint)mu, e2, q);
            (dl, dc, du) = (dl32, dc32, du32);
        }
        else
        {
            (dl, _, dl0) = Mult128BitPow10(ml, e2, q);
            (dc, _, dc0) = Mult128BitPow10(mc, e2, q);
            (du, e2, du0) = Mult128BitPow10(mu, e2, q);
        }

        if (q > 55)
        {
            dl0 = dc0 = du0 = false; // large positive powers of ten are not exact
        }

        if (q < 0 && q >= -24)
        {
            // Division by a power of ten may be exact (5^25 is a 59-bit number, so never beyond).
            dl0 |= DivisibleByPower5(ml, -q);
            dc0 |= DivisibleByPower5(mc, -q);
            du0 |= DivisibleByPower5(mu, -q);
        }

        var extra = -e2;
        var extraMask = (1UL << extra) - 1;
        var fracl = dl & extraMask;
        dl >>= extra;
        var fracc = dc & extraMask;
        dc >>= extra;
        var fracu = du & extraMask;
        du >>= extra;

        // 'du' is allowed when truncated, or exact with an even binary mantissa.
        var uok = !du0 || fracu > 0;
        if (du0 && fracu == 0)
        {
            uok = (mant & 1) == 0;
        }

        if (!uok)
        {
            du--;
        }

        // Is 'dc' the correctly rounded mantissa, or dc+1?
        bool cup;
        if (dc0)
        {
            cup = fracc > 1UL << (extra - 1) || (fracc == 1UL << (extra - 1) && (dc & 1) == 1);
        }
        else
        {
            cup = fracc >> (extra - 1) == 1;
        }

        // 'dl' is allowed only when exact and the binary mantissa is even.
        var lok = dl0 && fracl == 0 && (mant & 1) == 0;
        if (!lok)
        {
            dl++;
        }

        var c0 = dc0 && fracc == 0;
        var (nd, dp) = Digits(d, dl, dc, du, c0, cup);
        return (nd, dp - q);
    }

    private static (ulong Lower, ulong Central, ulong Upper, int E2) ComputeBounds(ulong mant, int exp, int mantBits, int bias)
    {
        if (mant != 1UL << mantBits || exp == bias + 1 - mantBits)
        {
            return ((2 * mant) - 1, 2 * mant, (2 * mant) + 1, exp - 1); // regular case (or denormals)
        }

        return ((4 * mant) - 1, 4 * mant, (4 * mant) + 2, exp - 2); // border of an exponent
    }

    private static (int Nd, int Dp) Digits(Span<byte> d, ulong lower, ulong central, ulong upper, bool c0, bool cup)
    {
        var (lhi, llo) = DivMod1e9(lower);
        var (chi, clo) = DivMod1e9(central);
        var (uhi, ulo) = DivMod1e9(upper);
        int nd, dp, start = 0;
        if (uhi == 0)
        {
            (nd, dp) = Digits32(d, 0, llo, clo, ulo, c0, cup, 8); // only low digits (denormals)
        }
        else if (lhi < uhi)
        {
            // Truncate 9 digits at once.
            if (llo != 0)
            {
                lhi++;
            }

            c0 = c0 && clo == 0;
            cup = clo > 500_000_000 || (clo == 500_000_000 && cup);
            (nd, dp) = Digits32(d, 0, lhi, chi, uhi, c0, cup, 8);
            dp += 9;
        }
        else
        {
            // The high part, then the low part after it.
            var n = 9;
            for (var v = chi; v > 0; v /= 10)
            {
                d[--n] = (byte)('0' + (v % 10));
            }

            start = n;
            var high = 9 - n;
            (nd, dp) = Digits32(d[start..], high, llo, clo, ulo, c0, cup, high + 8);
        }

        var digits = d[start..];
        while (nd > 0 && digits[nd - 1] == '0')
        {
            nd--; // trailing zeros
        }

        var lead = 0;
        while (nd > 0 && digits[lead] == '0')
        {
            nd--; // leading zeros
            dp--;
            lead++;
        }

        if (start + lead > 0)
        {
            digits.Slice(lead, nd).CopyTo(d);
        }

        return (nd, dp);
    }

    // ryuDigits32: digits of a number below 1e9, written after the first `nd` digits of d, ending at `endIndex`.
    private static (int Nd, int Dp) Digits32(Span<byte> d, int nd, uint lower, uint central, uint upper, bool c0, bool cup, int endIndex)
    {
        if (upper == 0)
        {
            return (nd, endIndex + 1);
        }

        var trimmed = 0;
        var cNextDigit = 0u;
        while (upper > 0)
        {
            // l = Ceil(lower / 10^k), c = Round(central / 10^k), u = Floor(upper / 10^k); stop when c leaves (l, u).
            var l = (lower + 9) / 10;
            var c = central / 10;
            var cdigit = central % 10;
            var u = upper / 10;
            if (l > u)
            {
                break; // do not trim below l
            }

            if (l == c + 1 && c < u)
            {
                c++;
                cdigit = 0;
                cup = false;
            }

            trimmed++;
            c0 = c0 && cNextDigit == 0;
            cNextDigit = cdigit;
            lower = l;
            central = c;
            upper = u;
        }

        if (trimmed > 0)
        {
            cup = cNextDigit > 5 || (cNextDigit == 5 && !c0) || (cNextDigit == 5 && c0 && (central & 1) == 1);
        }

        if (central < upper && cup)
        {
            central++;
        }

        endIndex -= trimmed;
        var v = central;
        for (var n = endIndex; n >= nd; n--)
        {
            d[n] = (byte)('0' + (v % 10));
            v /= 10;
        }

        var count = endIndex + 1;
        return (count, count + trimmed);
    }

    private static (uint M, int E2, bool Exact) Mult64BitPow10(uint m, int e2, int q)
    {
        if (q == 0)
        {
            return (m << 6, e2 - 6, true);
        }

        var pow = s_pow10[q - MinExp10].Hi;
        if (q < 0)
        {
            pow++; // inverse powers of ten are rounded up
        }

        var hi = Math.BigMul(m, pow, out var lo);
        e2 += MulByLog10Log2(q) - 63 + 57;
        return ((uint)((hi << 7) | (lo >> 57)), e2, lo << 7 == 0);
    }

    private static (ulong M, int E2, bool Exact) Mult128BitPow10(ulong m, int e2, int q)
    {
        if (q == 0)
        {
            return (m << 8, e2 - 8, true);
        }

        var (powLo, powHi) = s_pow10[q - MinExp10];
        if (q < 0)
        {
            powLo++; // inverse powers of ten are rounded up
        }

        e2 += MulByLog10Log2(q) - 127 + 119;
        var l1 = Math.BigMul(m, powLo, out var l0);
        var h1 = Math.BigMul(m, powHi, out var h0);
        var mid = l1 + h0;
        if (mid < l1)
        {
            h1++;
        }

        return ((h1 << 9) | (mid >> 55), e2, mid << 9 == 0 && l0 == 0);
    }

    private static bool DivisibleByPower5(ulong m, int k)
    {
        if (m == 0)
        {
            return true;
        }

        for (var i = 0; i < k; i++)
        {
            if (m % 5 != 0)
            {
                return false;
            }

            m /= 5;
        }

        return true;
    }

    private static (uint Hi, uint Lo) DivMod1e9(ulong x) => ((uint)(x / 1_000_000_000), (uint)(x % 1_000_000_000));

    // floor(x * log(2)/log(10)) for -1600 <= x <= 1600 (78913 / 2^18)
    private static int MulByLog2Log10(int x) => (x * 78913) >> 18;

    // floor(x * log(10)/log(2)) for -500 <= x <= 500 (108853 / 2^15)
    private static int MulByLog10Log2(int x) => (x * 108853) >> 15;

    private static (ulong, ulong)[] BuildPowersOfTen()
    {
        var table = new (ulong, ulong)[MaxExp10 - MinExp10 + 1];
        var mask = (BigInteger.One << 64) - 1;
        for (var q = MinExp10; q <= MaxExp10; q++)
        {
            BigInteger top;
            if (q >= 0)
            {
                var v = BigInteger.Pow(10, q);
                var shift = (int)v.GetBitLength() - 128;
                top = shift >= 0 ? v >> shift : v << -shift;
            }
            else
            {
                // The leading 128 bits of 1/10^p: 2^k / 10^p with k large enough, then cut to 128 bits (both floors).
                var p = BigInteger.Pow(10, -q);
                var x = (BigInteger.One << ((int)p.GetBitLength() + 130)) / p;
                top = x >> ((int)x.GetBitLength() - 128);
            }

            table[q - MinExp10] = ((ulong)(top & mask), (ulong)(top >> 64));
        }

        return table;
    }
}
