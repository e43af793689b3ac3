namespace Gort.Types.Internal;

/// <summary>The kinds of token the type-expression lexer produces.</summary>
internal enum GoTokenKind
{
    Eof,
    Name,
    Keyword,
    Int,
    Float,
    String,
    Operator,

    /// <summary>A <c>;</c>, written or inserted at a newline by Go's semicolon rule.</summary>
    Semicolon,
}

/// <summary>A token: kind, text and 0-based offset in the input.</summary>
internal readonly record struct GoToken(GoTokenKind Kind, string Text, int Offset)
{
    public bool Is(string op) => Kind is GoTokenKind.Operator or GoTokenKind.Keyword && Text == op;

    /// <summary>The token as the Go compiler names it in "unexpected X" (<c>name foo</c>, <c>literal 3</c>, <c>newline</c>).</summary>
    public string Describe() => Kind switch
    {
        GoTokenKind.Eof => "EOF",
        GoTokenKind.Name => "name " + Text,
        GoTokenKind.Keyword => "keyword " + Text,
        GoTokenKind.Int or GoTokenKind.Float or GoTokenKind.String => "literal " + Text,
        GoTokenKind.Semicolon => Text == "\n" ? "newline" : "semicolon",
        _ => Text,
    };
}
