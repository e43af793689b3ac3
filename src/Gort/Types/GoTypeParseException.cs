namespace Gort.Types;

/// <summary>
/// A Go type expression that does not parse or does not type-check: the message is one line in the wording of the Go
/// compiler (<c>syntax error: unexpected ], expected type</c>, <c>undefined: Foo</c>, <c>invalid map key type []int</c>),
/// and <see cref="Line"/>/<see cref="Column"/> point at the offending token.
/// </summary>
public sealed class GoTypeParseException : FormatException
{
    /// <summary>Creates the exception for the token at <paramref name="offset"/> (0-based character index) of <paramref name="input"/>.</summary>
    public GoTypeParseException(string message, string input, int offset)
        : base(message)
    {
        ArgumentNullException.ThrowIfNull(input);
        Input = input;
        Offset = Math.Clamp(offset, 0, input.Length);
        var lineStart = input.LastIndexOf('\n', Math.Max(Offset - 1, 0)) is var nl and >= 0 && nl < Offset ? nl + 1 : 0;
        Line = 1 + input.AsSpan(0, lineStart).Count('\n');
        Column = Offset - lineStart + 1;
    }

    /// <summary>The text that was parsed.</summary>
    public string Input { get; }

    /// <summary>The 0-based character offset of the offending token in <see cref="Input"/>.</summary>
    public int Offset { get; }

    /// <summary>The 1-based line of the offending token (1 unless the input spans several lines).</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the offending token within its line.</summary>
    public int Column { get; }

    /// <summary>Two lines: the input line holding the error, and a caret under the offending token.</summary>
    public string ToCaretString()
    {
        var start = Offset - (Column - 1);
        var end = Input.IndexOf('\n', start);
        var line = (end < 0 ? Input[start..] : Input[start..end]).TrimEnd('\r');

        // Keep tabs in the caret line so the caret lines up however the terminal expands them.
        var pad = new string([.. line.Take(Column - 1).Select(c => c == '\t' ? '\t' : ' ')]);
        return line + "\n" + pad + "^";
    }
}
