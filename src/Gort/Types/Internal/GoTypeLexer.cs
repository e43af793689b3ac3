using System.Globalization;
using System.Text;

namespace Gort.Types.Internal;

/// <summary>
/// Splits a type expression into Go tokens, with Go's automatic semicolons: a newline after a name, a literal, or one
/// of <c>) ] }</c> ends the statement, which is what lets struct fields and definitions be written one per line.
/// </summary>
internal static class GoTypeLexer
{
    private static readonly HashSet<string> s_keywords =
        ["break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func", "go",
         "goto", "if", "import", "interface", "map", "package", "range", "return", "select", "struct", "switch", "type", "var"];

    // Longest first, so "..." wins over "." and "&^" over "&".
    private static readonly string[] s_operators =
        ["...", "&^", "<<", ">>", "<-", "*", "[", "]", "(", ")", "{", "}", ",", ".", "=", "~", "|", "-", "+", "/", "%", "&", "^", ":", "!", "<", ">"];

    public static List<GoToken> Tokenize(string input)
    {
        var tokens = new List<GoToken>();
        var i = 0;
        while (i < input.Length)
        {
            var c = input[i];
            if (c == '\n')
            {
                InsertSemicolon(tokens, i);
                i++;
                continue;
            }

            if (c is ' ' or '\t' or '\r')
            {
                i++;
                continue;
            }

            if (c == '/' && i + 1 < input.Length && input[i + 1] is '/' or '*')
            {
                i = SkipComment(input, i, tokens);
                continue;
            }

            var start = i;
            if (char.IsLetter(c) || c == '_')
            {
                while (i < input.Length && (char.IsLetterOrDigit(input[i]) || input[i] == '_'))
                {
                    i++;
                }

                var word = input[start..i];
                tokens.Add(new GoToken(s_keywords.Contains(word) ? GoTokenKind.Keyword : GoTokenKind.Name, word, start));
                continue;
            }

            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < input.Length && char.IsAsciiDigit(input[i + 1])))
            {
                i = ScanNumber(input, i, tokens);
                continue;
            }

            if (c is '"' or '`')
            {
                var end = input.IndexOf(c, i + 1);
                while (c == '"' && end > 0 && IsEscaped(input, end))
                {
                    end = input.IndexOf(c, end + 1);
                }

                var newline = input.IndexOf('\n', i);
                if (c == '"' && newline >= 0 && (end < 0 || newline < end))
                {
                    throw new GoTypeParseException("newline in string", input, newline);
                }

                if (end < 0)
                {
                    throw new GoTypeParseException(c == '"' ? "string literal not terminated" : "raw string literal not terminated", input, i);
                }

                tokens.Add(new GoToken(GoTokenKind.String, input[i..(end + 1)], i));
                i = end + 1;
                continue;
            }

            if (c == ';')
            {
                tokens.Add(new GoToken(GoTokenKind.Semicolon, ";", i));
                i++;
                continue;
            }

            var op = s_operators.FirstOrDefault(o => string.CompareOrdinal(input, i, o, 0, o.Length) == 0);
            if (op is null || (op == "." && string.CompareOrdinal(input, i, "..", 0, 2) == 0 && op != "..."))
            {
                // A lone surrogate is not a rune: report its code unit, as Go reports invalid UTF-8.
                var message = Rune.TryGetRuneAt(input, i, out var rune)
                    ? string.Create(CultureInfo.InvariantCulture, $"invalid character U+{rune.Value:X4} '{rune}'")
                    : string.Create(CultureInfo.InvariantCulture, $"invalid UTF-16 code unit U+{(int)input[i]:X4}");
                throw new GoTypeParseException(message, input, i);
            }

            tokens.Add(new GoToken(GoTokenKind.Operator, op, i));
            i += op.Length;
        }

        // No semicolon at the end of input: "unexpected EOF" says more than "unexpected newline" for a one-liner.
        tokens.Add(new GoToken(GoTokenKind.Eof, "", input.Length));
        return tokens;
    }

    private static void InsertSemicolon(List<GoToken> tokens, int offset)
    {
        if (tokens.Count == 0)
        {
            return;
        }

        var last = tokens[^1];
        if (last.Kind is GoTokenKind.Name or GoTokenKind.Int or GoTokenKind.Float or GoTokenKind.String
            || (last.Kind == GoTokenKind.Operator && last.Text is ")" or "]" or "}"))
        {
            tokens.Add(new GoToken(GoTokenKind.Semicolon, "\n", offset));
        }
    }

    private static bool IsEscaped(string input, int quote)
    {
        var backslashes = 0;
        for (var j = quote - 1; j >= 0 && input[j] == '\\'; j--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }

    private static int SkipComment(string input, int i, List<GoToken> tokens)
    {
        if (input[i + 1] == '/')
        {
            var nl = input.IndexOf('\n', i);
            return nl < 0 ? input.Length : nl;
        }

        var end = input.IndexOf("*/", i + 2, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new GoTypeParseException("comment not terminated", input, i);
        }

        // A general comment containing a newline acts like a newline.
        if (input.AsSpan(i, end - i).Contains('\n'))
        {
            InsertSemicolon(tokens, i);
        }

        return end + 2;
    }

    private static int ScanNumber(string input, int i, List<GoToken> tokens)
    {
        var start = i;
        var isFloat = false;
        var digitBase = 10;
        var prefix = "";
        if (input[i] == '0' && i + 1 < input.Length && char.ToLowerInvariant(input[i + 1]) is 'x' or 'o' or 'b')
        {
            prefix = input.Substring(i, 2);
            digitBase = char.ToLowerInvariant(input[i + 1]) switch { 'x' => 16, 'o' => 8, _ => 2 };
            i += 2;
        }

        while (i < input.Length && (char.IsAsciiLetterOrDigit(input[i]) || input[i] == '_' || input[i] == '.'
            || (input[i] is '+' or '-' && digitBase == 10 && char.ToLowerInvariant(input[i - 1]) == 'e')))
        {
            if (input[i] == '.' || (digitBase == 10 && char.ToLowerInvariant(input[i]) == 'e'))
            {
                isFloat = true;
            }

            i++;
        }

        var text = input[start..i];
        if (!isFloat)
        {
            var digits = text[prefix.Length..];
            var legacyOctal = prefix.Length == 0 && digits.Length > 1 && digits[0] == '0';
            var kind = digitBase switch
            {
                16 => "hexadecimal literal",
                8 => "octal literal",
                2 => "binary literal",
                _ => legacyOctal ? "octal literal" : "decimal literal",
            };
            var effectiveBase = legacyOctal ? 8 : digitBase;
            for (var k = 0; k < digits.Length; k++)
            {
                var d = digits[k];
                if (d == '_')
                {
                    // Go allows '_' only between digits or right after a base prefix.
                    var prevOk = k > 0 ? digits[k - 1] != '_' : prefix.Length > 0 || legacyOctal;
                    if (!prevOk || k == digits.Length - 1)
                    {
                        throw new GoTypeParseException("'_' must separate successive digits", input, start);
                    }

                    continue;
                }

                var value = char.IsAsciiDigit(d) ? d - '0' : char.IsAsciiLetter(d) ? char.ToLowerInvariant(d) - 'a' + 10 : 99;
                if (value >= effectiveBase)
                {
                    throw new GoTypeParseException($"invalid digit '{d}' in {kind}", input, start + prefix.Length + k);
                }
            }

            if (digits.Replace("_", "", StringComparison.Ordinal).Length == 0)
            {
                throw new GoTypeParseException($"{kind} has no digits", input, start);
            }
        }

        tokens.Add(new GoToken(isFloat ? GoTokenKind.Float : GoTokenKind.Int, text, start));
        return i;
    }
}
