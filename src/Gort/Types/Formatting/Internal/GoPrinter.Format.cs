namespace Gort.Types.Formatting.Internal;

/// <summary>fmt's raw formatter (<c>fmt/format.go</c>): flags, width, precision, padding, numbers, strings, quoting.</summary>
internal sealed partial class GoPrinter
{
    private const string LowerDigits = "0123456789abcdefx";
    private const string UpperDigits = "0123456789ABCDEFX";

    private bool _widPresent;
    private bool _precPresent;
    private bool _minus;
    private bool _plus;
    private bool _sharp;
    private bool _space;
    private bool _zero;
    private bool _plusV; // %+v
    private bool _sharpV; // %#v
    private int _wid;
    private int _prec;

    private void ClearFlags()
    {
        _widPresent = _precPresent = _minus = _plus = _sharp = _space = _zero = _plusV = _sharpV = false;
        if (_version.FmtClearFlagsResetsWidth)
        {
            _wid = 0;
            _prec = 0;
        }
    }

    private int SaveFlags() =>
        (_widPresent ? 1 : 0) | (_precPresent ? 2 : 0) | (_minus ? 4 : 0) | (_plus ? 8 : 0) | (_sharp ? 16 : 0)
        | (_space ? 32 : 0) | (_zero ? 64 : 0) | (_plusV ? 128 : 0) | (_sharpV ? 256 : 0);

    private void RestoreFlags(int f)
    {
        _widPresent = (f & 1) != 0;
        _precPresent = (f & 2) != 0;
        _minus = (f & 4) != 0;
        _plus = (f & 8) != 0;
        _sharp = (f & 16) != 0;
        _space = (f & 32) != 0;
        _zero = (f & 64) != 0;
        _plusV = (f & 128) != 0;
        _sharpV = (f & 256) != 0;
    }

    private void WritePadding(int n)
    {
        if (n <= 0)
        {
            return;
        }

        // Zero padding is allowed only to the left.
        _buf.WriteRepeated(_zero && !_minus ? (byte)'0' : (byte)' ', n);
    }

    /// <summary>Appends <paramref name="b"/> padded to the width (counted in runes) on the left, or on the right with '-'.</summary>
    private void Pad(ReadOnlySpan<byte> b)
    {
        if (!_widPresent || _wid == 0)
        {
            _buf.Write(b);
            return;
        }

        var width = _wid - GoUtf8.RuneCount(b);
        if (!_minus)
        {
            WritePadding(width);
            _buf.Write(b);
        }
        else
        {
            _buf.Write(b);
            WritePadding(width);
        }
    }

    private void PadString(string ascii)
    {
        Span<byte> tmp = stackalloc byte[ascii.Length];
        for (var i = 0; i < ascii.Length; i++)
        {
            tmp[i] = (byte)ascii[i];
        }

        Pad(tmp);
    }

    /// <summary><c>fmtS</c> of a .NET string (type names).</summary>
    private void FmtS(string text) => FmtBs(System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary><c>fmtS</c>: a string, truncated to the precision in runes, padded.</summary>
    private void FmtS(GoValue text)
    {
        WithBytes(text, this, static (p, b) => p.FmtBs(b));
    }

    /// <summary><c>fmtBs</c>.</summary>
    private void FmtBs(ReadOnlySpan<byte> b) => Pad(Truncate(b));

    private ReadOnlySpan<byte> Truncate(ReadOnlySpan<byte> b)
    {
        if (_precPresent)
        {
            var n = _prec;
            for (var i = 0; i < b.Length;)
            {
                n--;
                if (n < 0)
                {
                    return b[..i];
                }

                i += b[i] < GoUtf8.RuneSelf ? 1 : GoUtf8.DecodeRune(b[i..]).Width;
            }
        }

        return b;
    }

    private void FmtSbx(GoValue text, string digits) => WithBytes(text, (this, digits), static (s, b) => s.Item1.FmtSbx(b, s.digits));

    /// <summary><c>fmtSbx</c>: hexadecimal bytes, with <c>%x</c>'s precision (bytes), space and sharp flags.</summary>
    private void FmtSbx(ReadOnlySpan<byte> b, string digits)
    {
        var length = b.Length;
        if (_precPresent && _prec < length)
        {
            length = _prec;
        }

        var width = 2 * length;
        if (width > 0)
        {
            if (_space)
            {
                if (_sharp)
                {
                    width *= 2; // each byte gets its own 0x
                }

                width += length - 1;
            }
            else if (_sharp)
            {
                width += 2;
            }
        }
        else
        {
            if (_widPresent)
            {
                WritePadding(_wid);
            }

            return;
        }

        if (_widPresent && _wid > width && !_minus)
        {
            WritePadding(_wid - width);
        }

        if (_sharp)
        {
            _buf.WriteByte((byte)'0');
            _buf.WriteByte((byte)digits[16]);
        }

        for (var i = 0; i < length; i++)
        {
            if (_space && i > 0)
            {
                _buf.WriteByte((byte)' ');
                if (_sharp)
                {
                    _buf.WriteByte((byte)'0');
                    _buf.WriteByte((byte)digits[16]);
                }
            }

            var c = b[i];
            _buf.WriteByte((byte)digits[c >> 4]);
            _buf.WriteByte((byte)digits[c & 0xF]);
        }

        if (_widPresent && _wid > width && _minus)
        {
            WritePadding(_wid - width);
        }
    }

    private void FmtQ(GoValue text) => WithBytes(text, this, static (p, b) => p.FmtQ(b));

    /// <summary><c>fmtQ</c>: a double-quoted Go string, or backquoted with <c>#</c> when it can be.</summary>
    private void FmtQ(ReadOnlySpan<byte> s)
    {
        s = Truncate(s);
        var quoted = new FmtBuffer(s.Length + 2);
        try
        {
            if (_sharp && GoQuote.CanBackquote(s))
            {
                quoted.WriteByte((byte)'`');
                quoted.Write(s);
                quoted.WriteByte((byte)'`');
            }
            else
            {
                _quote.AppendQuoted(ref quoted, s, asciiOnly: _plus);
            }

            Pad(quoted.Written);
        }
        finally
        {
            quoted.Dispose();
        }
    }

    /// <summary><c>fmtC</c>: the integer as a character (U+FFFD when it is not a valid rune).</summary>
    private void FmtC(ulong c)
    {
        var r = c > GoUtf8.MaxRune ? GoUtf8.RuneError : (int)c;
        Span<byte> tmp = stackalloc byte[4];
        Pad(tmp[..GoUtf8.EncodeRune(tmp, r)]);
    }

    /// <summary><c>fmtQc</c>: the integer as a single-quoted character literal.</summary>
    private void FmtQc(ulong c)
    {
        var r = c > GoUtf8.MaxRune ? GoUtf8.RuneError : (int)c;
        var quoted = new FmtBuffer(16);
        try
        {
            _quote.AppendQuotedRune(ref quoted, r, asciiOnly: _plus);
            Pad(quoted.Written);
        }
        finally
        {
            quoted.Dispose();
        }
    }

    /// <summary><c>fmtUnicode</c>: <c>U+0078</c>, or <c>U+0078 'x'</c> with <c>#</c> for a printable rune.</summary>
    private void FmtUnicode(ulong u)
    {
        var prec = 4;
        if (_precPresent && _prec > 4)
        {
            prec = _prec;
        }

        var buf = new byte[2 + prec + 2 + 4 + 1 + 16];
        var i = buf.Length;
        if (_sharp && u <= GoUtf8.MaxRune && _quote.IsPrint((int)u))
        {
            buf[--i] = (byte)'\'';
            var len = GoUtf8.RuneLen((int)u);
            i -= len;
            GoUtf8.EncodeRune(buf.AsSpan(i), (int)u);
            buf[--i] = (byte)'\'';
            buf[--i] = (byte)' ';
        }

        while (u >= 16)
        {
            buf[--i] = (byte)UpperDigits[(int)(u & 0xF)];
            prec--;
            u >>= 4;
        }

        buf[--i] = (byte)UpperDigits[(int)u];
        prec--;
        while (prec > 0)
        {
            buf[--i] = (byte)'0';
            prec--;
        }

        buf[--i] = (byte)'+';
        buf[--i] = (byte)'U';
        var oldZero = _zero;
        _zero = false;
        Pad(buf.AsSpan(i));
        _zero = oldZero;
    }

    /// <summary><c>fmt0x64</c>: hexadecimal with or without a leading 0x, whatever the sharp flag says.</summary>
    private void Fmt0x64(ulong v, bool leading0x)
    {
        var sharp = _sharp;
        _sharp = leading0x;
        FmtInteger(v, 16, false, 'v', LowerDigits);
        _sharp = sharp;
    }

    /// <summary><c>fmtInteger</c>: an integer in base 2, 8, 10 or 16 with sign, precision, zero padding and prefixes.</summary>
    private void FmtInteger(ulong u, int @base, bool isSigned, int verb, string digits)
    {
        var negative = isSigned && (long)u < 0;
        if (negative)
        {
            u = (ulong)(-(long)u);
        }

        var size = 68;
        if (_widPresent || _precPresent)
        {
            size = Math.Max(size, 3 + _wid + _prec); // room for a sign and 0x
        }

        // Two ways to ask for leading zeros: %.3d or %03d; with both, the zero flag is ignored (spaces pad).
        var prec = 0;
        if (_precPresent)
        {
            prec = _prec;
            if (prec == 0 && u == 0)
            {
                // Precision 0 and value 0 print nothing but the padding.
                var oldZero = _zero;
                _zero = false;
                WritePadding(_wid);
                _zero = oldZero;
                return;
            }
        }
        else if (_zero && !_minus && _widPresent)
        {
            prec = _wid;
            if (negative || _plus || _space)
            {
                prec--; // room for the sign
            }
        }

        var buf = size <= 256 ? stackalloc byte[size] : new byte[size];
        var i = buf.Length;
        switch (@base)
        {
            case 10:
                while (u >= 10)
                {
                    var next = u / 10;
                    buf[--i] = (byte)('0' + (u - (next * 10)));
                    u = next;
                }

                break;
            case 16:
                while (u >= 16)
                {
                    buf[--i] = (byte)digits[(int)(u & 0xF)];
                    u >>= 4;
                }

                break;
            case 8:
                while (u >= 8)
                {
                    buf[--i] = (byte)('0' + (u & 7));
                    u >>= 3;
                }

                break;
            default:
                while (u >= 2)
                {
                    buf[--i] = (byte)('0' + (u & 1));
                    u >>= 1;
                }

                break;
        }

        buf[--i] = (byte)digits[(int)u];
        while (i > 0 && prec > buf.Length - i)
        {
            buf[--i] = (byte)'0';
        }

        if (_sharp)
        {
            switch (@base)
            {
                case 2:
                    buf[--i] = (byte)'b';
                    buf[--i] = (byte)'0';
                    break;
                case 8:
                    if (buf[i] != '0')
                    {
                        buf[--i] = (byte)'0';
                    }

                    break;
                case 16:
                    buf[--i] = (byte)digits[16];
                    buf[--i] = (byte)'0';
                    break;
            }
        }

        if (verb == 'O')
        {
            buf[--i] = (byte)'o';
            buf[--i] = (byte)'0';
        }

        if (negative)
        {
            buf[--i] = (byte)'-';
        }
        else if (_plus)
        {
            buf[--i] = (byte)'+';
        }
        else if (_space)
        {
            buf[--i] = (byte)' ';
        }

        // Zero padding was done above as precision, or is ignored because a precision was given.
        var saved = _zero;
        _zero = false;
        Pad(buf[i..]);
        _zero = saved;
    }

    /// <summary><c>fmtFloat</c>: a float with strconv's verb and precision plus fmt's flags.</summary>
    private void FmtFloat(double v, int size, byte verb, int prec)
    {
        if (_precPresent)
        {
            prec = _prec;
        }

        // Format after a sign placeholder, as Go does with intbuf[:1].
        var tmp = new FmtBuffer(32);
        var sharp = new FmtBuffer(0);
        try
        {
            tmp.WriteByte((byte)'+');
            GoFtoa.Append(ref tmp, v, verb, prec, size);
            var num = tmp.WrittenMutable;
            if (num[1] is (byte)'-' or (byte)'+')
            {
                num = num[1..];
            }
            else
            {
                num[0] = (byte)'+';
            }

            // The space flag gives a leading space instead of '+' unless '+' is asked for.
            if (_space && num[0] == '+' && !_plus)
            {
                num[0] = (byte)' ';
            }

            // Infinities and NaN are not padded with zeros; NaN loses its sign unless one is asked for.
            if (num[1] is (byte)'I' or (byte)'N')
            {
                var oldZero = _zero;
                _zero = false;
                if (num[1] == 'N' && !_space && !_plus)
                {
                    num = num[1..];
                }

                Pad(num);
                _zero = oldZero;
                return;
            }

            // The sharp flag forces a decimal point and keeps trailing zeros (not for %b).
            if (_sharp && verb != 'b')
            {
                SharpFloat(ref sharp, num, verb, prec);
                num = sharp.WrittenMutable;
            }

            if (_plus || num[0] != '+')
            {
                // With zero padding the sign goes before the zeros.
                if (_zero && !_minus && _widPresent && _wid > num.Length)
                {
                    _buf.WriteByte(num[0]);
                    WritePadding(_wid - num.Length);
                    _buf.Write(num[1..]);
                    return;
                }

                Pad(num);
                return;
            }

            Pad(num[1..]); // positive without a requested sign
        }
        finally
        {
            tmp.Dispose();
            sharp.Dispose();
        }
    }

    // %#g and friends: a decimal point always, and trailing zeros up to the precision (6 for the shortest form).
    private static void SharpFloat(ref FmtBuffer output, ReadOnlySpan<byte> num, byte verb, int prec)
    {
        var digits = 0;
        if (verb is (byte)'v' or (byte)'g' or (byte)'G' or (byte)'x')
        {
            digits = prec == -1 ? 6 : prec;
        }

        var tailStart = num.Length;
        var hasDecimalPoint = false;
        var sawNonzeroDigit = false;
        for (var i = 1; i < num.Length; i++)
        {
            var c = num[i];
            if (c == '.')
            {
                hasDecimalPoint = true;
                continue;
            }

            if (c is (byte)'p' or (byte)'P' || (c is (byte)'e' or (byte)'E' && verb is not ((byte)'x' or (byte)'X')))
            {
                tailStart = i; // the exponent
                break;
            }

            if (c != '0')
            {
                sawNonzeroDigit = true;
            }

            if (sawNonzeroDigit)
            {
                digits--; // significant digits after the first non-zero one
            }
        }

        output.Write(num[..tailStart]);
        if (!hasDecimalPoint)
        {
            if (tailStart == 2 && num[1] == '0')
            {
                digits--; // a lone leading 0 counts once
            }

            output.WriteByte((byte)'.');
        }

        output.WriteRepeated((byte)'0', digits);
        output.Write(num[tailStart..]);
    }

    /// <summary>Runs <paramref name="action"/> on a string value's bytes (copied only for a Latin-1 string).</summary>
    private static void WithBytes<TState>(GoValue text, TState state, BytesAction<TState> action)
    {
        if (text.TryGetStringBytes(out var bytes))
        {
            action(state, bytes);
            return;
        }

        action(state, text.GetStringBytes());
    }

    private delegate void BytesAction<in TState>(TState state, ReadOnlySpan<byte> bytes);
}
