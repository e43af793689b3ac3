namespace Gort.Types.Internal;

/// <summary>
/// A recursive-descent parser for Go type expressions and <c>type</c> declarations, following the productions of the
/// Go specification (and the error wording of <c>cmd/compile/internal/syntax</c>: <c>syntax error: unexpected X,
/// expected Y</c>).
/// </summary>
internal sealed class GoTypeSyntaxParser
{
    /// <summary>Nesting deeper than this is rejected rather than risking a stack overflow (a process crash).</summary>
    internal const int MaxDepth = 500;

    private readonly string _input;
    private readonly List<GoToken> _tokens;
    private int _pos;
    private int _depth;

    private GoTypeSyntaxParser(string input)
    {
        _input = input;
        _tokens = GoTypeLexer.Tokenize(input);
    }

    private GoToken Current => _tokens[_pos];

    private GoToken Peek => _tokens[Math.Min(_pos + 1, _tokens.Count - 1)];

    public static GoTypeFile ParseFile(string input) => new GoTypeSyntaxParser(input).File();

    private GoTypeFile File()
    {
        var decls = new List<TypeDeclSyntax>();
        TypeSyntax? expr = null;
        SkipSemicolons();
        while (Current.Kind != GoTokenKind.Eof)
        {
            if (expr is not null)
            {
                throw Unexpected("after top level declaration", expected: null);
            }

            if (Current.Is("type"))
            {
                Next();
                if (Current.Is("("))
                {
                    Next();
                    SkipSemicolons();
                    while (!Current.Is(")"))
                    {
                        decls.Add(TypeSpec());
                        ExpectSeparator(")", "semicolon, newline, or )");
                    }

                    Next();
                }
                else
                {
                    decls.Add(TypeSpec());
                }
            }
            else
            {
                expr = Type();
            }

            if (Current.Kind != GoTokenKind.Eof)
            {
                if (Current.Kind != GoTokenKind.Semicolon)
                {
                    throw Unexpected("after top level declaration", expected: null);
                }

                SkipSemicolons();
            }
        }

        if (decls.Count == 0 && expr is null)
        {
            throw Unexpected(null, "type");
        }

        return new GoTypeFile(decls, expr);
    }

    private TypeDeclSyntax TypeSpec()
    {
        var name = ExpectName();
        var alias = false;
        if (Current.Is("="))
        {
            alias = true;
            Next();
        }
        else if (Current.Is("[") && Peek.Kind == GoTokenKind.Name && _tokens[_pos + 2].Kind is GoTokenKind.Name or GoTokenKind.Keyword)
        {
            throw Error("generic type declarations are not supported", Current.Offset);
        }

        return new TypeDeclSyntax(name.Offset, name.Text, alias, Type());
    }

    private TypeSyntax Type()
    {
        if (++_depth > MaxDepth)
        {
            throw Error($"type nested too deeply (more than {MaxDepth} levels)", Current.Offset);
        }

        var type = TryType() ?? throw Unexpected(null, "type");
        _depth--;
        return type;
    }

    private TypeSyntax? TryType()
    {
        var tok = Current;
        switch (tok.Kind)
        {
            case GoTokenKind.Name:
                return TypeName();
            case GoTokenKind.Keyword:
                switch (tok.Text)
                {
                    case "map":
                        Next();
                        Expect("[");
                        var key = Type();
                        Expect("]");
                        return new MapSyntax(tok.Offset, key, Type());
                    case "chan":
                        Next();
                        if (Current.Is("<-"))
                        {
                            Next();
                            return new ChanSyntax(tok.Offset, GoChanDirection.Send, Type());
                        }

                        return new ChanSyntax(tok.Offset, GoChanDirection.Both, Type());
                    case "func":
                        Next();
                        return Signature(tok.Offset);
                    case "struct":
                        return Struct();
                    case "interface":
                        return Interface();
                    default:
                        return null;
                }

            case GoTokenKind.Operator:
                switch (tok.Text)
                {
                    case "*":
                        Next();
                        return new PointerSyntax(tok.Offset, Type());
                    case "[":
                        Next();
                        if (Current.Is("]"))
                        {
                            Next();
                            return new SliceSyntax(tok.Offset, Type());
                        }

                        ExprSyntax? length = null;
                        if (Current.Is("..."))
                        {
                            Next();
                        }
                        else
                        {
                            length = Expr(0);
                        }

                        Expect("]");
                        return new ArraySyntax(tok.Offset, length, Type());
                    case "<-":
                        Next();
                        if (!Current.Is("chan"))
                        {
                            throw Unexpected(null, "keyword chan");
                        }

                        Next();
                        return new ChanSyntax(tok.Offset, GoChanDirection.Receive, Type());
                    case "(":
                        Next();
                        var inner = Type();
                        Expect(")");
                        return new ParenSyntax(tok.Offset, inner);
                    default:
                        return null;
                }

            default:
                return null;
        }
    }

    private static bool StartsType(GoToken t) =>
        t.Kind == GoTokenKind.Name
        || (t.Kind == GoTokenKind.Keyword && t.Text is "map" or "chan" or "func" or "struct" or "interface")
        || (t.Kind == GoTokenKind.Operator && t.Text is "*" or "[" or "<-" or "(");

    private NameSyntax TypeName()
    {
        var first = ExpectName();
        if (!Current.Is("."))
        {
            return new NameSyntax(first.Offset, null, first.Text);
        }

        Next();
        var second = ExpectName();
        return new NameSyntax(first.Offset, first.Text, second.Text);
    }

    private FuncSyntax Signature(int offset)
    {
        var parameters = Parameters();
        IReadOnlyList<ParamSyntax> results = [];
        if (Current.Is("("))
        {
            results = Parameters();
        }
        else if (StartsType(Current))
        {
            var t = Type();
            results = [new ParamSyntax(t.Offset, null, t, false)];
        }

        return new FuncSyntax(offset, parameters, results);
    }

    /// <summary>
    /// <c>(a, b int, c ...string)</c> or <c>(int, string)</c>: a lone name is a type unless some entry has a name and a
    /// type, in which case every lone name is a parameter name sharing the next type (Go's grouping rule).
    /// </summary>
    private List<ParamSyntax> Parameters()
    {
        Expect("(");
        var items = new List<(int Offset, string? Name, TypeSyntax? Type, bool Variadic)>();
        while (!Current.Is(")"))
        {
            var offset = Current.Offset;
            if (Current.Kind == GoTokenKind.Name && !Peek.Is(".") && (StartsType(Peek) || Peek.Is("...")))
            {
                var name = Next().Text;
                var variadic = TryAccept("...");
                items.Add((offset, name, Type(), variadic));
            }
            else if (TryAccept("..."))
            {
                items.Add((offset, null, Type(), true));
            }
            else if (Current.Kind == GoTokenKind.Name && !Peek.Is("."))
            {
                items.Add((offset, Next().Text, null, false));
            }
            else
            {
                items.Add((offset, null, Type(), false));
            }

            if (!TryAccept(","))
            {
                if (!Current.Is(")"))
                {
                    throw Unexpected("in parameter list", "comma or )");
                }
            }
        }

        var close = Next();
        var named = items.Any(i => i.Name is not null && i.Type is not null);
        var result = new List<ParamSyntax>();
        if (!named)
        {
            foreach (var item in items)
            {
                result.Add(new ParamSyntax(item.Offset, null, item.Type ?? new NameSyntax(item.Offset, null, item.Name!), item.Variadic));
            }

            return result;
        }

        // Named: every entry must be "name" (sharing the next type) or "name Type".
        var pending = new List<(int Offset, string Name)>();
        foreach (var item in items)
        {
            if (item.Name is null)
            {
                throw Error("syntax error: missing parameter name", item.Offset);
            }

            if (item.Type is null)
            {
                pending.Add((item.Offset, item.Name));
                continue;
            }

            foreach (var (o, n) in pending)
            {
                result.Add(new ParamSyntax(o, n, item.Type, item.Variadic));
            }

            pending.Clear();
            result.Add(new ParamSyntax(item.Offset, item.Name, item.Type, item.Variadic));
        }

        if (pending.Count > 0)
        {
            throw Error("syntax error: missing parameter type", close.Offset);
        }

        return result;
    }

    private StructSyntax Struct()
    {
        var start = Next();
        Expect("{");
        var fields = new List<FieldSyntax>();
        SkipSemicolons();
        while (!Current.Is("}"))
        {
            var offset = Current.Offset;
            if (Current.Is("*"))
            {
                Next();
                var name = EmbeddedName("name");
                fields.Add(new FieldSyntax(offset, name.Name, new PointerSyntax(offset, name), true));
            }
            else if (Current.Is("("))
            {
                throw Error("syntax error: cannot parenthesize embedded type", offset);
            }
            else if (Current.Kind == GoTokenKind.Name
                     && (Peek.Is(".") || Peek.Kind is GoTokenKind.Semicolon or GoTokenKind.String || Peek.Is("}")))
            {
                var name = EmbeddedName("name");
                fields.Add(new FieldSyntax(offset, name.Name, name, true));
            }
            else if (Current.Kind == GoTokenKind.Name)
            {
                var names = new List<GoToken> { Next() };
                while (TryAccept(","))
                {
                    names.Add(ExpectName());
                }

                var type = Type();
                fields.AddRange(names.Select(n => new FieldSyntax(n.Offset, n.Text, type, false)));
            }
            else
            {
                throw Unexpected(null, "field name or embedded type");
            }

            if (Current.Kind == GoTokenKind.String)
            {
                Next();
            }

            ExpectSeparator("}", "semicolon, newline, or }");
        }

        Next();
        return new StructSyntax(start.Offset, fields);
    }

    private NameSyntax EmbeddedName(string expected)
    {
        if (Current.Kind != GoTokenKind.Name)
        {
            throw Unexpected(null, expected);
        }

        return TypeName();
    }

    private InterfaceSyntax Interface()
    {
        var start = Next();
        Expect("{");
        var elems = new List<InterfaceElemSyntax>();
        SkipSemicolons();
        while (!Current.Is("}"))
        {
            var offset = Current.Offset;
            if (Current.Kind == GoTokenKind.Name && Peek.Is("("))
            {
                var name = Next().Text;
                elems.Add(new InterfaceElemSyntax(offset, name, Signature(offset), []));
            }
            else
            {
                var terms = new List<(bool, TypeSyntax)>();
                do
                {
                    var tilde = TryAccept("~");
                    terms.Add((tilde, Type()));
                }
                while (TryAccept("|"));

                elems.Add(new InterfaceElemSyntax(offset, null, null, terms));
            }

            ExpectSeparator("}", "semicolon, newline, or }");
        }

        Next();
        return new InterfaceSyntax(start.Offset, elems);
    }

    // Constant expressions for array lengths, by Go's binary operator precedence.
    private ExprSyntax Expr(int minPrecedence)
    {
        if (++_depth > MaxDepth)
        {
            throw Error($"expression nested too deeply (more than {MaxDepth} levels)", Current.Offset);
        }

        var x = UnaryExpression();
        while (Current.Kind == GoTokenKind.Operator && Precedence(Current.Text) is var p and > 0 && p > minPrecedence)
        {
            var op = Next().Text;
            var y = Expr(p);
            x = new BinaryExpr(x.Offset, op, x, y);
        }

        _depth--;
        return x;
    }

    private static int Precedence(string op) => op switch
    {
        "*" or "/" or "%" or "<<" or ">>" or "&" or "&^" => 5,
        "+" or "-" or "|" or "^" => 4,
        _ => 0,
    };

    private ExprSyntax UnaryExpression()
    {
        var tok = Current;
        if (tok.Kind == GoTokenKind.Operator && tok.Text is "-" or "+" or "^")
        {
            Next();
            if (++_depth > MaxDepth)
            {
                throw Error($"expression nested too deeply (more than {MaxDepth} levels)", tok.Offset);
            }

            var operand = UnaryExpression();
            _depth--;
            return new UnaryExpr(tok.Offset, tok.Text, operand);
        }

        if (tok.Kind is GoTokenKind.Int or GoTokenKind.Float)
        {
            Next();
            return new LiteralExpr(tok.Offset, tok.Text, tok.Kind == GoTokenKind.Float);
        }

        if (tok.Kind == GoTokenKind.Name)
        {
            Next();
            return new NameExpr(tok.Offset, tok.Text);
        }

        if (tok.Is("("))
        {
            Next();
            var inner = Expr(0);
            Expect(")");
            return new ParenExpr(tok.Offset, inner);
        }

        throw Unexpected(null, "expression");
    }

    private void ExpectSeparator(string close, string expected)
    {
        if (Current.Kind == GoTokenKind.Semicolon)
        {
            SkipSemicolons();
            return;
        }

        if (!Current.Is(close))
        {
            throw Unexpected(null, expected);
        }
    }

    private void SkipSemicolons()
    {
        while (Current.Kind == GoTokenKind.Semicolon)
        {
            Next();
        }
    }

    private GoToken Next() => _tokens[_pos++];

    private bool TryAccept(string op)
    {
        if (!Current.Is(op))
        {
            return false;
        }

        Next();
        return true;
    }

    private void Expect(string op)
    {
        if (!TryAccept(op))
        {
            throw Unexpected(null, op);
        }
    }

    private GoToken ExpectName()
    {
        if (Current.Kind != GoTokenKind.Name)
        {
            throw Unexpected(null, "name");
        }

        return Next();
    }

    private GoTypeParseException Unexpected(string? context, string? expected)
    {
        var message = "syntax error: unexpected " + Current.Describe();
        if (context is not null)
        {
            message += " " + context;
        }

        if (expected is not null)
        {
            message += ", expected " + expected;
        }

        return Error(message, Current.Offset);
    }

    private GoTypeParseException Error(string message, int offset) => new(message, _input, offset);
}
