namespace Gort.Types.Formatting.Internal;

/// <summary>
/// <c>strconv</c>'s quoting as fmt uses it (<c>AppendQuote</c>, <c>AppendQuoteToASCII</c>, <c>AppendQuoteRune</c>,
/// <c>AppendQuoteRuneToASCII</c>, <c>CanBackquote</c>, <c>IsPrint</c>), ported from <c>strconv/quote.go</c>. Which
/// runes are printable depends on the Unicode version of the Go release, so the tables are chosen per version.
/// </summary>
internal sealed class GoQuote
{
    private const string LowerHex = "0123456789abcdef";

    public static readonly GoQuote Unicode13 = new(
        IsPrintTables.IsPrint16U13, IsPrintTables.IsNotPrint16U13, IsPrintTables.IsPrint32U13, IsPrintTables.IsNotPrint32U13);

    public static readonly GoQuote Unicode15 = new(
        IsPrintTables.IsPrint16U15, IsPrintTables.IsNotPrint16U15, IsPrintTables.IsPrint32U15, IsPrintTables.IsNotPrint32U15);

    public static readonly GoQuote Unicode17 = new(
        IsPrintTables.IsPrint16U17, IsPrintTables.IsNotPrint16U17, IsPrintTables.IsPrint32U17, IsPrintTables.IsNotPrint32U17);

    private readonly ushort[] _isPrint16;
    private readonly ushort[] _isNotPrint16;
    private readonly uint[] _isPrint32;
    private readonly ushort[] _isNotPrint32;

    private GoQuote(ReadOnlySpan<ushort> isPrint16, ReadOnlySpan<ushort> isNotPrint16, ReadOnlySpan<uint> isPrint32, ReadOnlySpan<ushort> isNotPrint32)
    {
        _isPrint16 = isPrint16.ToArray();
        _isNotPrint16 = isNotPrint16.ToArray();
        _isPrint32 = isPrint32.ToArray();
        _isNotPrint32 = isNotPrint32.ToArray();
    }

    /// <summary>The tables of Go's <c>unicode</c> version <paramref name="major"/> (13, 15 or 17).</summary>
    public static GoQuote ForUnicode(int major) => major switch
    {
        13 => Unicode13,
        15 => Unicode15,
        17 => Unicode17,
        _ => throw new ArgumentOutOfRangeException(nameof(major), major, "no strconv.IsPrint tables for this Unicode version"),
    };

    /// <summary><c>strconv.IsPrint</c>.</summary>
    public bool IsPrint(int r)
    {
        if (r <= 0xFF)
        {
            if (r >= 0x20 && r <= 0x7E)
            {
                return true;
            }

            if (r >= 0xA1 && r <= 0xFF)
            {
                return r != 0xAD; // the soft hyphen
            }

            return false;
        }

        if (r < 1 << 16)
        {
            var rr = (ushort)r;
            var i = LowerBound(_isPrint16, rr);
            if (i >= _isPrint16.Length || rr < _isPrint16[i & ~1] || _isPrint16[i | 1] < rr)
            {
                return false;
            }

            return Array.BinarySearch(_isNotPrint16, rr) < 0;
        }

        var r32 = (uint)r;
        var j = LowerBound(_isPrint32, r32);
        if (j >= _isPrint32.Length || r32 < _isPrint32[j & ~1] || _isPrint32[j | 1] < r32)
        {
            return false;
        }

        if (r >= 0x20000)
        {
            return true;
        }

        return Array.BinarySearch(_isNotPrint32, (ushort)(r - 0x10000)) < 0;
    }

    /// <summary><c>strconv.CanBackquote</c>.</summary>
    public static bool CanBackquote(ReadOnlySpan<byte> s)
    {
        while (!s.IsEmpty)
        {
            var (r, width) = GoUtf8.DecodeRune(s);
            s = s[width..];
            if (width > 1)
            {
                if (r == 0xFEFF)
                {
                    return false; // BOMs are invisible and should not be quoted.
                }

                continue;
            }

            if (r == GoUtf8.RuneError)
            {
                return false;
            }

            if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>strconv.AppendQuote</c> (<paramref name="asciiOnly"/>: <c>AppendQuoteToASCII</c>).</summary>
    public void AppendQuoted(ref FmtBuffer buf, ReadOnlySpan<byte> s, bool asciiOnly)
    {
        buf.WriteByte((byte)'"');
        while (!s.IsEmpty)
        {
            int r = s[0], width = 1;
            if (r >= GoUtf8.RuneSelf)
            {
                (r, width) = GoUtf8.DecodeRune(s);
            }

            if (width == 1 && r == GoUtf8.RuneError)
            {
                buf.WriteByte((byte)'\\');
                buf.WriteByte((byte)'x');
                buf.WriteByte((byte)LowerHex[s[0] >> 4]);
                buf.WriteByte((byte)LowerHex[s[0] & 0xF]);
                s = s[1..];
                continue;
            }

            AppendEscapedRune(ref buf, r, '"', asciiOnly);
            s = s[width..];
        }

        buf.WriteByte((byte)'"');
    }

    /// <summary><c>strconv.AppendQuoteRune</c> (<paramref name="asciiOnly"/>: <c>AppendQuoteRuneToASCII</c>).</summary>
    public void AppendQuotedRune(ref FmtBuffer buf, int r, bool asciiOnly)
    {
        buf.WriteByte((byte)'\'');
        if (!GoUtf8.ValidRune(r))
        {
            r = GoUtf8.RuneError;
        }

        AppendEscapedRune(ref buf, r, '\'', asciiOnly);
        buf.WriteByte((byte)'\'');
    }

    private void AppendEscapedRune(ref FmtBuffer buf, int r, char quote, bool asciiOnly)
    {
        if (r == quote || r == '\\')
        {
            buf.WriteByte((byte)'\\');
            buf.WriteByte((byte)r);
            return;
        }

        if (asciiOnly)
        {
            if (r < GoUtf8.RuneSelf && IsPrint(r))
            {
                buf.WriteByte((byte)r);
                return;
            }
        }
        else if (IsPrint(r))
        {
            buf.WriteRune(r);
            return;
        }

        switch (r)
        {
            case '\a':
                buf.WriteAscii("\\a");
                break;
            case '\b':
                buf.WriteAscii("\\b");
                break;
            case '\f':
                buf.WriteAscii("\\f");
                break;
            case '\n':
                buf.WriteAscii("\\n");
                break;
            case '\r':
                buf.WriteAscii("\\r");
                break;
            case '\t':
                buf.WriteAscii("\\t");
                break;
            case '\v':
                buf.WriteAscii("\\v");
                break;
            default:
                if (r < ' ' || r == 0x7F)
                {
                    buf.WriteAscii("\\x");
                    buf.WriteByte((byte)LowerHex[(r >> 4) & 0xF]);
                    buf.WriteByte((byte)LowerHex[r & 0xF]);
                    break;
                }

                if (!GoUtf8.ValidRune(r))
                {
                    r = 0xFFFD;
                }

                if (r < 0x10000)
                {
                    buf.WriteAscii("\\u");
                    for (var shift = 12; shift >= 0; shift -= 4)
                    {
                        buf.WriteByte((byte)LowerHex[(r >> shift) & 0xF]);
                    }
                }
                else
                {
                    buf.WriteAscii("\\U");
                    for (var shift = 28; shift >= 0; shift -= 4)
                    {
                        buf.WriteByte((byte)LowerHex[(r >> shift) & 0xF]);
                    }
                }

                break;
        }
    }

    // The smallest i with a[i] >= x (strconv's bsearch), or a.Length.
    private static int LowerBound<T>(T[] a, T x)
        where T : IComparable<T>
    {
        int i = 0, j = a.Length;
        while (i < j)
        {
            var h = i + ((j - i) >> 1);
            if (a[h].CompareTo(x) < 0)
            {
                i = h + 1;
            }
            else
            {
                j = h;
            }
        }

        return i;
    }
}
