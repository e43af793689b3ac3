using System.Globalization;
using Gort.Lab.Footprint.Internal;
using Gort.Runtime;
using Gort.Slices;
using Gort.Types;
using Gort.Versions;

namespace Gort.Lab.Scenarios;

/// <summary>
/// A tiny subset of Go for showing how slices share backing arrays, evaluated with <see cref="Slice{T}"/> under a Go
/// version's growth rules. Statements are separated by <c>;</c> or newlines:
/// <code>
/// a := make([]int, 3, 8)      // make([]T, len) or make([]T, len, cap)
/// b := a[1:5]                 // slicing: a[low:high], a[low:high:max], any index may be omitted as in Go
/// c := append(b, 9)           // append(s, v1, v2, …) or append(s, t...)
/// d := []int{1, 2, 3}         // composite literal
/// var e []int                 // nil slice (also: e := []int(nil))
/// a = append(a, 4)            // assignment to an existing variable
/// </code>
/// Element types: int, int8…int64, uint, uint8…uint64, uintptr, byte, rune, float32, float64, bool, string. One
/// element type per scenario. Out-of-range slicing panics with Go's message.
/// </summary>
public static class SliceScenario
{
    /// <summary>Runs <paramref name="text"/> under <paramref name="version"/>.</summary>
    /// <exception cref="SliceScenarioException">Syntax or type error (with position).</exception>
    /// <exception cref="Diagnostics.GoPanicException">The program would panic (e.g. slice bounds out of range).</exception>
    public static SliceScenarioResult Run(string text, GoVersion version)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(version);
        var program = new Parser(text).ParseProgram();
        var elem = program.Elem ?? new TypeRef("int", 0);
        return elem.Name switch
        {
            "int" or "int64" or "uint" or "uint64" or "uintptr" => Evaluate<long>(program, elem, text, version),
            "int32" or "rune" or "uint32" => Evaluate<int>(program, elem, text, version),
            "int16" or "uint16" => Evaluate<short>(program, elem, text, version),
            "int8" => Evaluate<sbyte>(program, elem, text, version),
            "byte" or "uint8" => Evaluate<byte>(program, elem, text, version),
            "float64" => Evaluate<double>(program, elem, text, version),
            "float32" => Evaluate<float>(program, elem, text, version),
            "bool" => Evaluate<bool>(program, elem, text, version),
            "string" => Evaluate<string>(program, elem, text, version),
            _ => throw new SliceScenarioException($"element type {elem.Name} is not supported in scenarios (int, int8…int64, uint…uint64, uintptr, byte, rune, float32, float64, bool, string)", text, elem.Pos),
        };
    }

    private static SliceScenarioResult Evaluate<T>(Program program, TypeRef elem, string text, GoVersion version)
    {
        var goType = GoTypeOf<T>.Type;
        var rt = GoRuntime.ForVersion(version, accounting: false);
        using var scope = rt.Enter();
        var vars = new Dictionary<string, (Slice<T> Value, string Source)>();
        var order = new List<string>();
        var arrays = new List<(T[] Array, int Length, string Origin)>();

        Slice<T> Eval(Expr e) => e switch
        {
            NilExpr => Slice<T>.Nil,
            VarExpr v => vars.TryGetValue(v.Name, out var x) ? x.Value : throw new SliceScenarioException($"undefined: {v.Name}", text, v.Pos),
            MakeExpr m => Slice.Make<T>(ToInt(m.Len, m.Pos), ToInt(m.Cap ?? m.Len, m.Pos)),
            LiteralExpr l => Slice.Of<T>([.. l.Values.Select(Value)]),
            AppendExpr a => a.Spread is { } spread ? Eval(a.Target).AppendSlice(Eval(spread)) : Eval(a.Target).Append([.. a.Values.Select(Value)]),
            SliceExpr s => Reslice(Eval(s.Target), s),
            _ => throw new SliceScenarioException("unsupported expression", text, e.Pos),
        };

        Slice<T> Reslice(Slice<T> x, SliceExpr s)
        {
            var low = s.Low is { } lo ? ToInt(lo, s.Pos) : 0;
            var high = s.High is { } hi ? ToInt(hi, s.Pos) : x.Len;
            return s.Max is { } max ? x.Reslice(low, high, ToInt(max, s.Pos)) : x.Reslice(low, high);
        }

        T Value(Token t)
        {
            try
            {
                object v = typeof(T) == typeof(string)
                    ? t.Kind == TokenKind.String ? t.Text : throw new SliceScenarioException($"cannot use {t.Text} as string value", text, t.Pos)
                    : typeof(T) == typeof(bool)
                        ? t.Text is "true" or "false" ? t.Text == "true" : throw new SliceScenarioException($"cannot use {t.Text} as bool value", text, t.Pos)
                        : t.Kind == TokenKind.Number
                            ? Convert.ChangeType(double.Parse(t.Text, CultureInfo.InvariantCulture), typeof(T), CultureInfo.InvariantCulture)
                            : throw new SliceScenarioException($"cannot use {t.Text} as {elem.Name} value", text, t.Pos);
                return (T)v;
            }
            catch (OverflowException)
            {
                throw new SliceScenarioException($"cannot use {t.Text} as {elem.Name} value (overflows)", text, t.Pos);
            }
        }

        int ToInt(long v, int pos) => v is < 0 or > int.MaxValue ? throw new SliceScenarioException($"index {v} out of range for this lab (0..{int.MaxValue})", text, pos) : (int)v;

        foreach (var stmt in program.Statements)
        {
            if (stmt.Define && vars.ContainsKey(stmt.Name))
            {
                throw new SliceScenarioException("no new variables on left side of :=", text, stmt.Pos);
            }

            if (!stmt.Define && !vars.ContainsKey(stmt.Name))
            {
                throw new SliceScenarioException($"undefined: {stmt.Name}", text, stmt.Pos);
            }

            var value = Eval(stmt.Value);
            if (!vars.ContainsKey(stmt.Name))
            {
                order.Add(stmt.Name);
            }

            vars[stmt.Name] = (value, stmt.Text);
            if (value.BackingArray is { } arr && !arrays.Exists(a => ReferenceEquals(a.Array, arr)))
            {
                arrays.Add((arr, value.Offset + value.Cap, stmt.Text));
            }
        }

        var size = goType.Size;
        var arrayInfos = arrays.Select(a => new BackingArrayInfo(
            a.Length,
            Charge.Bytes(a.Length * size, goType.HasPointers, version),
            a.Origin,
            [.. a.Array.Take(a.Length).Select(Format)])).ToList();
        var variables = order.Select(name =>
        {
            var (s, source) = vars[name];
            var index = s.BackingArray is { } arr ? arrays.FindIndex(a => ReferenceEquals(a.Array, arr)) : -1;
            return new SliceVariable(name, source, s.Len, s.Cap, index, s.Offset, [.. s.AsSpan().ToArray().Select(Format)]);
        }).ToList();
        return new SliceScenarioResult(elem.Name, size, variables, arrayInfos);
    }

    private static string Format<T>(T v) => v switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v?.ToString() ?? "",
    };

    // ---- Syntax ---------------------------------------------------------------------------------------------

    private enum TokenKind
    {
        Ident,
        Number,
        String,
        Punct,
        End,
    }

    private readonly record struct Token(TokenKind Kind, string Text, int Pos);

    private sealed record TypeRef(string Name, int Pos);

    private abstract record Expr(int Pos);

    private sealed record NilExpr(int Pos) : Expr(Pos);

    private sealed record VarExpr(string Name, int Pos) : Expr(Pos);

    private sealed record MakeExpr(long Len, long? Cap, int Pos) : Expr(Pos);

    private sealed record LiteralExpr(IReadOnlyList<Token> Values, int Pos) : Expr(Pos);

    private sealed record AppendExpr(Expr Target, IReadOnlyList<Token> Values, Expr? Spread, int Pos) : Expr(Pos);

    private sealed record SliceExpr(Expr Target, long? Low, long? High, long? Max, int Pos) : Expr(Pos);

    private sealed record Statement(string Name, bool Define, Expr Value, string Text, int Pos);

    private sealed record Program(IReadOnlyList<Statement> Statements, TypeRef? Elem);

    private sealed class Parser
    {
        private readonly string _text;
        private readonly List<Token> _tokens = [];
        private int _i;
        private TypeRef? _elem;

        public Parser(string text)
        {
            _text = text;
            Tokenize();
        }

        private Token Peek => _tokens[_i];

        public Program ParseProgram()
        {
            var statements = new List<Statement>();
            while (Peek.Kind != TokenKind.End)
            {
                if (IsPunct(";"))
                {
                    _i++;
                    continue;
                }

                statements.Add(ParseStatement());
                if (Peek.Kind != TokenKind.End && !IsPunct(";"))
                {
                    throw Error($"expected ; or newline after statement, found {Describe(Peek)}", Peek.Pos);
                }
            }

            if (statements.Count == 0)
            {
                throw Error("empty scenario (e.g. 'a := make([]int, 3, 8); b := a[1:5]')", 0);
            }

            return new Program(statements, _elem);
        }

        private Statement ParseStatement()
        {
            var start = Peek.Pos;
            if (Peek is { Kind: TokenKind.Ident, Text: "var" })
            {
                _i++;
                var v = ExpectIdent();
                ExpectPunct("[");
                ExpectPunct("]");
                ParseType();
                return new Statement(v.Text, true, new NilExpr(v.Pos), Slice(start), start);
            }

            var name = ExpectIdent();
            bool define;
            if (IsPunct(":="))
            {
                define = true;
            }
            else if (IsPunct("="))
            {
                define = false;
            }
            else
            {
                throw Error($"expected := or = after {name.Text}, found {Describe(Peek)}", Peek.Pos);
            }

            _i++;
            var value = ParseExpr();
            return new Statement(name.Text, define, value, Slice(start), start);
        }

        private string Slice(int start)
        {
            var end = _i > 0 ? _tokens[_i - 1].Pos + _tokens[_i - 1].Text.Length + (_tokens[_i - 1].Kind == TokenKind.String ? 2 : 0) : start;
            return _text[start..Math.Min(end, _text.Length)].Trim();
        }

        private Expr ParseExpr()
        {
            var e = ParsePrimary();
            while (IsPunct("["))
            {
                var pos = Peek.Pos;
                _i++;
                long? low = IsPunct(":") ? null : ExpectInt();
                ExpectPunct(":");
                long? high = IsPunct("]") || IsPunct(":") ? null : ExpectInt();
                long? max = null;
                if (IsPunct(":"))
                {
                    _i++;
                    if (high is null)
                    {
                        throw Error("middle index required in 3-index slice", Peek.Pos);
                    }

                    max = ExpectInt();
                }

                ExpectPunct("]");
                e = new SliceExpr(e, low, high, max, pos);
            }

            return e;
        }

        private Expr ParsePrimary()
        {
            var t = Peek;
            if (t.Kind == TokenKind.Ident)
            {
                _i++;
                switch (t.Text)
                {
                    case "nil":
                        return new NilExpr(t.Pos);
                    case "make":
                    {
                        ExpectPunct("(");
                        ExpectPunct("[");
                        ExpectPunct("]");
                        ParseType();
                        ExpectPunct(",");
                        var len = ExpectInt();
                        long? cap = null;
                        if (IsPunct(","))
                        {
                            _i++;
                            cap = ExpectInt();
                            if (cap < len)
                            {
                                throw Error($"invalid argument: length and capacity swapped", t.Pos);
                            }
                        }

                        ExpectPunct(")");
                        return new MakeExpr(len, cap, t.Pos);
                    }

                    case "append":
                    {
                        ExpectPunct("(");
                        var target = ParseExpr();
                        var values = new List<Token>();
                        Expr? spread = null;
                        while (IsPunct(","))
                        {
                            _i++;
                            if (Peek.Kind == TokenKind.Ident && Peek.Text is not ("true" or "false"))
                            {
                                spread = ParseExpr();
                                ExpectPunct("...");
                                break;
                            }

                            values.Add(ExpectValue());
                        }

                        ExpectPunct(")");
                        return new AppendExpr(target, values, spread, t.Pos);
                    }

                    default:
                        return new VarExpr(t.Text, t.Pos);
                }
            }

            if (IsPunct("["))
            {
                _i++;
                ExpectPunct("]");
                ParseType();
                if (IsPunct("("))
                {
                    _i++;
                    var nil = Peek;
                    if (nil is not { Kind: TokenKind.Ident, Text: "nil" })
                    {
                        throw Error($"expected nil in conversion, found {Describe(nil)}", nil.Pos);
                    }

                    _i++;
                    ExpectPunct(")");
                    return new NilExpr(t.Pos);
                }

                ExpectPunct("{");
                var values = new List<Token>();
                while (!IsPunct("}"))
                {
                    values.Add(ExpectValue());
                    if (!IsPunct(","))
                    {
                        break;
                    }

                    _i++;
                }

                ExpectPunct("}");
                return new LiteralExpr(values, t.Pos);
            }

            throw Error($"expected make(…), append(…), []T{{…}}, nil or a variable, found {Describe(t)}", t.Pos);
        }

        private void ParseType()
        {
            var t = ExpectIdent();
            if (_elem is null)
            {
                _elem = new TypeRef(t.Text, t.Pos);
            }
            else if (!Same(_elem.Name, t.Text))
            {
                throw Error($"this lab runs one element type per scenario: []{t.Text} mixed with []{_elem.Name}", t.Pos);
            }

            static bool Same(string a, string b) => a == b || (a, b) is ("byte", "uint8") or ("uint8", "byte") or ("rune", "int32") or ("int32", "rune");
        }

        private Token ExpectValue()
        {
            var t = Peek;
            if (t.Kind is TokenKind.Number or TokenKind.String || t is { Kind: TokenKind.Ident, Text: "true" or "false" })
            {
                _i++;
                return t;
            }

            throw Error($"expected a constant value, found {Describe(t)}", t.Pos);
        }

        private long ExpectInt()
        {
            var t = Peek;
            if (t.Kind == TokenKind.Number && long.TryParse(t.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v))
            {
                _i++;
                if (v < 0)
                {
                    throw Error($"invalid argument: index {v} (constant of type int) must not be negative", t.Pos);
                }

                return v;
            }

            throw Error($"expected an integer constant, found {Describe(t)}", t.Pos);
        }

        private Token ExpectIdent()
        {
            var t = Peek;
            if (t.Kind != TokenKind.Ident)
            {
                throw Error($"expected a name, found {Describe(t)}", t.Pos);
            }

            _i++;
            return t;
        }

        private void ExpectPunct(string p)
        {
            if (!IsPunct(p))
            {
                throw Error($"expected {p}, found {Describe(Peek)}", Peek.Pos);
            }

            _i++;
        }

        private bool IsPunct(string p) => Peek.Kind == TokenKind.Punct && Peek.Text == p;

        private static string Describe(Token t) => t.Kind switch
        {
            TokenKind.End => "end of input",
            TokenKind.String => $"\"{t.Text}\"",
            _ => t.Text == "\n" ? "newline" : t.Text,
        };

        private SliceScenarioException Error(string message, int pos) => new(message, _text, pos);

        private void Tokenize()
        {
            var s = _text;
            var i = 0;
            while (i < s.Length)
            {
                var c = s[i];
                if (c == '\n')
                {
                    _tokens.Add(new Token(TokenKind.Punct, ";", i));
                    i++;
                }
                else if (char.IsWhiteSpace(c))
                {
                    i++;
                }
                else if (c == '/' && i + 1 < s.Length && s[i + 1] == '/')
                {
                    while (i < s.Length && s[i] != '\n')
                    {
                        i++;
                    }
                }
                else if (char.IsLetter(c) || c == '_')
                {
                    var start = i;
                    while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] == '_'))
                    {
                        i++;
                    }

                    _tokens.Add(new Token(TokenKind.Ident, s[start..i], start));
                }
                else if (char.IsDigit(c) || (c == '-' && i + 1 < s.Length && char.IsDigit(s[i + 1])))
                {
                    var start = i++;
                    while (i < s.Length && (char.IsDigit(s[i]) || s[i] == '.' || s[i] == '_'))
                    {
                        if (s[i] == '.' && i + 1 < s.Length && s[i + 1] == '.')
                        {
                            break;
                        }

                        i++;
                    }

                    _tokens.Add(new Token(TokenKind.Number, s[start..i].Replace("_", "", StringComparison.Ordinal), start));
                }
                else if (c == '"')
                {
                    var start = i++;
                    while (i < s.Length && s[i] != '"')
                    {
                        i++;
                    }

                    if (i >= s.Length)
                    {
                        throw Error("string literal not terminated", start);
                    }

                    _tokens.Add(new Token(TokenKind.String, s[(start + 1)..i], start));
                    i++;
                }
                else if (s.AsSpan(i).StartsWith(":=") || s.AsSpan(i).StartsWith("..."))
                {
                    var len = s[i] == ':' ? 2 : 3;
                    _tokens.Add(new Token(TokenKind.Punct, s.Substring(i, len), i));
                    i += len;
                }
                else if ("=()[]{},:;".Contains(c, StringComparison.Ordinal))
                {
                    _tokens.Add(new Token(TokenKind.Punct, c.ToString(), i));
                    i++;
                }
                else
                {
                    throw Error($"unexpected character '{c}'", i);
                }
            }

            _tokens.Add(new Token(TokenKind.End, "", s.Length));
        }
    }
}
