namespace Gort.Types.Formatting.Internal;

/// <summary>
/// <c>strconv.AppendFloat</c> (<c>strconv/ftoa.go</c>): formats <c>'b' 'e' 'E' 'f' 'g' 'G' 'x' 'X'</c> with a precision
/// or, with precision -1, the shortest digits that read back as the same float of the given bit size.
/// </summary>
internal static class GoFtoa
{
    private const string LowerHex = "0123456789abcdef";
    private const string UpperHex = "0123456789ABCDEF";

    public static void Append(ref FmtBuffer dst, double value, byte fmt, int prec, int bitSize)
    {
        ulong bits;
        int expBits, mantBits, bias;
        if (bitSize == 32)
        {
            bits = BitConverter.SingleToUInt32Bits((float)value);
            expBits = 8;
            mantBits = 23;
            bias = -127;
        }
        else
        {
            bits = BitConverter.DoubleToUInt64Bits(value);
            expBits = 11;
            mantBits = 52;
            bias = -1023;
        }

        var neg = bits >> (expBits + mantBits) != 0;
        var exp = (int)(bits >> mantBits) & ((1 << expBits) - 1);
        var mant = bits & ((1UL << mantBits) - 1);
        if (exp == (1 << expBits) - 1)
        {
            dst.WriteAscii(mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf");
            return;
        }

        if (exp == 0)
        {
            exp++; // denormal
        }
        else
        {
            mant |= 1UL << mantBits;
        }

        exp += bias;
        if (fmt == 'b')
        {
            FmtB(ref dst, neg, mant, exp - mantBits);
            return;
        }

        if (fmt == 'x' || fmt == 'X')
        {
            FmtX(ref dst, prec, fmt, neg, mant, exp, mantBits);
            return;
        }

        if (prec < 0)
        {
            // Shortest: Ryu with 128-bit arithmetic (Go 1.17-1.25's algorithm; 1.26+ gives the same digits).
            Span<byte> digits = stackalloc byte[32];
            var (nd, dp) = GoRyu.Shortest(digits, mant, exp - mantBits, mantBits, bias);
            prec = fmt switch
            {
                (byte)'e' or (byte)'E' => Math.Max(nd - 1, 0),
                (byte)'f' => Math.Max(nd - dp, 0),
                _ => nd,
            };
            FmtEfg(ref dst, neg, digits, nd, dp, prec, fmt, shortest: true);
            return;
        }

        // A fixed number of digits: the exact decimal value, rounded half to even.
        var d = new GoDecimal();
        d.Assign(mant, exp - mantBits);
        switch (fmt)
        {
            case (byte)'e' or (byte)'E':
                d.Round(prec + 1);
                break;
            case (byte)'f':
                d.Round(d.Dp + prec);
                break;
            case (byte)'g' or (byte)'G':
                if (prec == 0)
                {
                    prec = 1;
                }

                d.Round(prec);
                break;
        }

        FmtEfg(ref dst, neg, d.Digits, d.Nd, d.Dp, prec, fmt, shortest: false);
    }

    /// <summary>
    /// The shortest digits of a float by the exact multiprecision algorithm (<c>strconv.roundShortest</c>), the
    /// reference <see cref="GoRyu"/> is tested against.
    /// </summary>
    internal static (byte[] Digits, int Dp) ShortestExact(double value, int bitSize)
    {
        var (mant, exp, mantBits, bias) = Decompose(value, bitSize);
        var d = new GoDecimal();
        d.Assign(mant, exp - mantBits);
        d.RoundShortest(mant, exp, mantBits, bias);
        return (d.Digits.ToArray(), d.Nd == 0 ? 0 : d.Dp);
    }

    /// <summary>The shortest digits of a float by <see cref="GoRyu"/>.</summary>
    internal static (byte[] Digits, int Dp) ShortestRyu(double value, int bitSize)
    {
        var (mant, exp, mantBits, bias) = Decompose(value, bitSize);
        Span<byte> digits = stackalloc byte[32];
        var (nd, dp) = GoRyu.Shortest(digits, mant, exp - mantBits, mantBits, bias);
        return (digits[..nd].ToArray(), nd == 0 ? 0 : dp);
    }

    // A finite float as mant × 2^(exp - mantBits) with the implicit bit in mant (strconv's layout).
    private static (ulong Mant, int Exp, int MantBits, int Bias) Decompose(double value, int bitSize)
    {
        ulong bits = bitSize == 32 ? BitConverter.SingleToUInt32Bits((float)value) : BitConverter.DoubleToUInt64Bits(value);
        int expBits = bitSize == 32 ? 8 : 11, mantBits = bitSize == 32 ? 23 : 52, bias = bitSize == 32 ? -127 : -1023;
        var exp = (int)(bits >> mantBits) & ((1 << expBits) - 1);
        var mant = bits & ((1UL << mantBits) - 1);
        if (exp == 0)
        {
            exp++;
        }
        else
        {
            mant |= 1UL << mantBits;
        }

        return (mant, exp + bias, mantBits, bias);
    }

    private static void FmtEfg(ref FmtBuffer dst, bool neg, ReadOnlySpan<byte> digits, int nd, int dp, int prec, byte fmt, bool shortest)
    {
        if (fmt == 'g' || fmt == 'G')
        {
            var eprec = prec;
            if (eprec > nd && nd >= dp)
            {
                eprec = nd;
            }

            // %e is used if the exponent from the conversion is less than -4 or greater than or equal to the
            // precision; for the shortest form the precision for this decision is 6.
            if (shortest)
            {
                eprec = 6;
            }

            var x = dp - 1;
            if (x < -4 || x >= eprec)
            {
                if (prec > nd)
                {
                    prec = nd;
                }

                prec--;
                fmt = (byte)(fmt + 'e' - 'g');
            }
            else
            {
                if (prec > dp)
                {
                    prec = nd;
                }

                prec = Math.Max(prec - dp, 0);
                fmt = (byte)'f';
            }
        }

        if (fmt == 'e' || fmt == 'E')
        {
            if (neg)
            {
                dst.WriteByte((byte)'-');
            }

            dst.WriteByte(nd != 0 ? digits[0] : (byte)'0');
            if (prec > 0)
            {
                dst.WriteByte((byte)'.');
                var m = Math.Min(nd, prec + 1);
                var i = 1;
                if (i < m)
                {
                    dst.Write(digits[i..m]);
                    i = m;
                }

                dst.WriteRepeated((byte)'0', prec + 1 - i);
            }

            dst.WriteByte(fmt);
            var exp = nd == 0 ? 0 : dp - 1;
            if (exp < 0)
            {
                dst.WriteByte((byte)'-');
                exp = -exp;
            }
            else
            {
                dst.WriteByte((byte)'+');
            }

            if (exp < 10)
            {
                dst.WriteByte((byte)'0');
                dst.WriteByte((byte)('0' + exp));
            }
            else if (exp < 100)
            {
                dst.WriteByte((byte)('0' + (exp / 10)));
                dst.WriteByte((byte)('0' + (exp % 10)));
            }
            else
            {
                dst.WriteByte((byte)('0' + (exp / 100)));
                dst.WriteByte((byte)('0' + (exp / 10 % 10)));
                dst.WriteByte((byte)('0' + (exp % 10)));
            }

            return;
        }

        // %f
        if (neg)
        {
            dst.WriteByte((byte)'-');
        }

        if (dp > 0)
        {
            var m = Math.Min(nd, dp);
            dst.Write(digits[..m]);
            dst.WriteRepeated((byte)'0', dp - m);
        }
        else
        {
            dst.WriteByte((byte)'0');
        }

        if (prec > 0)
        {
            dst.WriteByte((byte)'.');
            var lz = Math.Min(prec, Math.Max(0, -dp));
            var off = dp + lz;
            var mid = Math.Min(prec - lz, Math.Max(0, nd - off));
            var tz = Math.Max(0, prec - lz - mid);
            dst.WriteRepeated((byte)'0', lz);
            if (mid > 0)
            {
                dst.Write(digits.Slice(off, mid));
            }

            dst.WriteRepeated((byte)'0', tz);
        }
    }

    // %b: -ddddp±ddd
    private static void FmtB(ref FmtBuffer dst, bool neg, ulong mant, int exp)
    {
        if (neg)
        {
            dst.WriteByte((byte)'-');
        }

        Span<byte> tmp = stackalloc byte[24];
        mant.TryFormat(tmp, out var n, default, System.Globalization.CultureInfo.InvariantCulture);
        dst.Write(tmp[..n]);
        dst.WriteByte((byte)'p');
        if (exp >= 0)
        {
            dst.WriteByte((byte)'+');
        }

        exp.TryFormat(tmp, out n, default, System.Globalization.CultureInfo.InvariantCulture);
        dst.Write(tmp[..n]);
    }

    // %x: -0x1.yyyyyyyyp±ddd or -0x0p+00
    private static void FmtX(ref FmtBuffer dst, int prec, byte fmt, bool neg, ulong mant, int exp, int mantBits)
    {
        if (mant == 0)
        {
            exp = 0;
        }

        // Shift digits so the leading 1 (if any) is at bit 60.
        mant <<= 60 - mantBits;
        while (mant != 0 && (mant & (1UL << 60)) == 0)
        {
            mant <<= 1;
            exp--;
        }

        if (prec >= 0 && prec < 15)
        {
            var shift = prec * 4;
            var extra = (mant << shift) & ((1UL << 60) - 1);
            mant >>= 60 - shift;
            if ((extra | (mant & 1)) > 1UL << 59)
            {
                mant++;
            }

            mant <<= 60 - shift;
            if ((mant & (1UL << 61)) != 0)
            {
                mant >>= 1; // wrapped around
                exp++;
            }
        }

        var hex = fmt == 'X' ? UpperHex : LowerHex;
        if (neg)
        {
            dst.WriteByte((byte)'-');
        }

        dst.WriteByte((byte)'0');
        dst.WriteByte(fmt);
        dst.WriteByte((byte)('0' + ((mant >> 60) & 1)));
        mant <<= 4; // remove the leading 0 or 1
        if (prec < 0 && mant != 0)
        {
            dst.WriteByte((byte)'.');
            while (mant != 0)
            {
                dst.WriteByte((byte)hex[(int)((mant >> 60) & 15)]);
                mant <<= 4;
            }
        }
        else if (prec > 0)
        {
            dst.WriteByte((byte)'.');
            for (var i = 0; i < prec; i++)
            {
                dst.WriteByte((byte)hex[(int)((mant >> 60) & 15)]);
                mant <<= 4;
            }
        }

        dst.WriteByte(fmt == 'X' ? (byte)'P' : (byte)'p');
        if (exp < 0)
        {
            dst.WriteByte((byte)'-');
            exp = -exp;
        }
        else
        {
            dst.WriteByte((byte)'+');
        }

        if (exp < 100)
        {
            dst.WriteByte((byte)('0' + (exp / 10)));
            dst.WriteByte((byte)('0' + (exp % 10)));
        }
        else if (exp < 1000)
        {
            dst.WriteByte((byte)('0' + (exp / 100)));
            dst.WriteByte((byte)('0' + (exp / 10 % 10)));
            dst.WriteByte((byte)('0' + (exp % 10)));
        }
        else
        {
            dst.WriteByte((byte)('0' + (exp / 1000)));
            dst.WriteByte((byte)('0' + (exp / 100 % 10)));
            dst.WriteByte((byte)('0' + (exp / 10 % 10)));
            dst.WriteByte((byte)('0' + (exp % 10)));
        }
    }
}
