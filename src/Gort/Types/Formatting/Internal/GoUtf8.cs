namespace Gort.Types.Formatting.Internal;

/// <summary>
/// Go's <c>unicode/utf8</c>: decoding that takes exactly one byte for every invalid sequence (.NET's decoders take the
/// maximal invalid subpart, which changes widths, rune counts and <c>\x</c> escapes), surrogates and overlong forms
/// rejected, and encoding that writes U+FFFD for invalid runes.
/// </summary>
internal static class GoUtf8
{
    public const int RuneError = 0xFFFD;
    public const int RuneSelf = 0x80;
    public const int MaxRune = 0x10FFFF;

    /// <summary><c>utf8.DecodeRune</c>: the rune and its width; (RuneError, 1) for an invalid byte, (RuneError, 0) for empty input.</summary>
    public static (int Rune, int Width) DecodeRune(ReadOnlySpan<byte> p)
    {
        if (p.IsEmpty)
        {
            return (RuneError, 0);
        }

        var b0 = p[0];
        if (b0 < RuneSelf)
        {
            return (b0, 1);
        }

        // Lead byte ranges and the allowed range of the second byte (utf8.go's first/acceptRanges tables).
        int size, lo = 0x80, hi = 0xBF;
        switch (b0)
        {
            case >= 0xC2 and <= 0xDF:
                size = 2;
                break;
            case 0xE0:
                size = 3;
                lo = 0xA0;
                break;
            case 0xED:
                size = 3;
                hi = 0x9F;
                break;
            case >= 0xE1 and <= 0xEF:
                size = 3;
                break;
            case 0xF0:
                size = 4;
                lo = 0x90;
                break;
            case >= 0xF1 and <= 0xF3:
                size = 4;
                break;
            case 0xF4:
                size = 4;
                hi = 0x8F;
                break;
            default:
                return (RuneError, 1);
        }

        if (p.Length < size)
        {
            // An incomplete sequence is still one invalid byte, even when its prefix is valid.
            return (RuneError, 1);
        }

        var b1 = p[1];
        if (b1 < lo || b1 > hi)
        {
            return (RuneError, 1);
        }

        if (size == 2)
        {
            return (((b0 & 0x1F) << 6) | (b1 & 0x3F), 2);
        }

        var b2 = p[2];
        if (b2 < 0x80 || b2 > 0xBF)
        {
            return (RuneError, 1);
        }

        if (size == 3)
        {
            return (((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F), 3);
        }

        var b3 = p[3];
        if (b3 < 0x80 || b3 > 0xBF)
        {
            return (RuneError, 1);
        }

        return (((b0 & 0x07) << 18) | ((b1 & 0x3F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F), 4);
    }

    /// <summary><c>utf8.RuneCount</c>: each invalid byte counts as one rune.</summary>
    public static int RuneCount(ReadOnlySpan<byte> p)
    {
        var n = 0;
        for (var i = 0; i < p.Length; n++)
        {
            if (p[i] < RuneSelf)
            {
                i++;
                continue;
            }

            i += DecodeRune(p[i..]).Width;
        }

        return n;
    }

    /// <summary><c>utf8.ValidRune</c>.</summary>
    public static bool ValidRune(long r) => (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= MaxRune);

    /// <summary><c>utf8.ValidString</c>.</summary>
    public static bool Valid(ReadOnlySpan<byte> p)
    {
        for (var i = 0; i < p.Length;)
        {
            if (p[i] < RuneSelf)
            {
                i++;
                continue;
            }

            var (r, w) = DecodeRune(p[i..]);
            if (r == RuneError && w == 1)
            {
                return false;
            }

            i += w;
        }

        return true;
    }

    /// <summary><c>utf8.RuneLen</c> for a valid rune (-1 otherwise).</summary>
    public static int RuneLen(int r) => r switch
    {
        < 0 => -1,
        < 0x80 => 1,
        < 0x800 => 2,
        >= 0xD800 and <= 0xDFFF => -1,
        < 0x10000 => 3,
        <= MaxRune => 4,
        _ => -1,
    };

    /// <summary><c>utf8.EncodeRune</c> into <paramref name="dst"/> (at least 4 bytes); invalid runes become U+FFFD.</summary>
    public static int EncodeRune(Span<byte> dst, int r)
    {
        if ((uint)r < RuneSelf)
        {
            dst[0] = (byte)r;
            return 1;
        }

        if ((uint)r < 0x800)
        {
            dst[0] = (byte)(0xC0 | (r >> 6));
            dst[1] = (byte)(0x80 | (r & 0x3F));
            return 2;
        }

        if ((uint)r > MaxRune || (r >= 0xD800 && r <= 0xDFFF))
        {
            r = RuneError;
        }

        if (r < 0x10000)
        {
            dst[0] = (byte)(0xE0 | (r >> 12));
            dst[1] = (byte)(0x80 | ((r >> 6) & 0x3F));
            dst[2] = (byte)(0x80 | (r & 0x3F));
            return 3;
        }

        dst[0] = (byte)(0xF0 | (r >> 18));
        dst[1] = (byte)(0x80 | ((r >> 12) & 0x3F));
        dst[2] = (byte)(0x80 | ((r >> 6) & 0x3F));
        dst[3] = (byte)(0x80 | (r & 0x3F));
        return 4;
    }
}
