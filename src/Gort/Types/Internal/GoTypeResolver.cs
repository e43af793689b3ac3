using System.Numerics;
using System.Text;

namespace Gort.Types.Internal;

/// <summary>
/// Turns parsed definitions and a type expression into <see cref="GoType"/>s, with the checks of Go's type checker
/// (<c>cmd/compile/internal/types2</c>) and compiler (<c>types/size.go</c>) that bear on layout.
/// </summary>
/// <remarks>
/// Two passes, because a definition may refer to itself (or to a later one) through a pointer:
/// <list type="number">
/// <item>Layout: each defined type's size, alignment, pointer-ness and comparability, computed from a "shallow" build
/// where everything behind an indirection (pointer, slice, map, chan, func, interface) is replaced by a placeholder of
/// the same layout. A defined type met again while its own layout is being computed is an invalid recursive type,
/// exactly the cycles Go rejects (<c>type T struct{t T}</c>, <c>type A [2]B; type B struct{a A}</c>).</item>
/// <item>Build: the real types. Defined types already have their layout, so <c>*[4]Node</c> inside Node can be laid out
/// before Node's underlying type exists. Aliases and embedded interfaces need their target complete, and are built on
/// demand with their own cycle check (<c>type C = *C</c>).</item>
/// </list>
/// Checks that need complete types (constraint interfaces used as values, embedded pointer rules) run at the end.
/// </remarks>
internal sealed class GoTypeResolver
{
    private readonly string _input;
    private readonly GoTypeScope _scope;
    private readonly Dictionary<string, Decl> _decls = new(StringComparer.Ordinal);
    private readonly List<Decl> _path = [];
    private readonly List<Action> _deferred = [];

    private GoTypeResolver(string input, GoTypeScope scope)
    {
        _input = input;
        _scope = scope;
    }

    private enum State
    {
        NotStarted,
        InProgress,
        Done,
    }

    public static GoType Resolve(string input, GoTypeFile file, GoTypeScope scope)
    {
        var resolver = new GoTypeResolver(input, scope);
        return resolver.Run(file);
    }

    private GoType Run(GoTypeFile file)
    {
        foreach (var d in file.Decls)
        {
            if (d.Name == "_")
            {
                continue;
            }

            if (!_decls.TryAdd(d.Name, new Decl(d)))
            {
                throw Error($"{d.Name} redeclared in this block", d.Offset);
            }
        }

        foreach (var decl in _decls.Values)
        {
            LayoutOf(decl);
        }

        foreach (var decl in _decls.Values)
        {
            BuildDecl(decl);
        }

        // Blank definitions (type _ T) are checked but not kept.
        GoType? lastBlank = null;
        foreach (var d in file.Decls.Where(d => d.Name == "_"))
        {
            lastBlank = Build(d.Type, allowConstraint: true);
        }

        var result = file.Expr is null ? null : Build(file.Expr, allowConstraint: false);
        foreach (var check in _deferred)
        {
            check();
        }

        foreach (var decl in _decls.Values)
        {
            _scope.Define(decl.Syntax.Name, decl.Type!);
        }

        return result ?? (file.Decls[^1].Name == "_" ? lastBlank! : _decls[file.Decls[^1].Name].Type!);
    }

    // ---- pass 1: layout ----

    private GoType LayoutOf(Decl decl)
    {
        if (decl.LayoutState == State.Done)
        {
            return decl.Alias ? decl.Layout! : decl.Named!;
        }

        if (decl.LayoutState == State.InProgress)
        {
            throw Cycle(decl);
        }

        decl.LayoutState = State.InProgress;
        PushPath(decl);
        var layout = Shallow(decl.Syntax.Type);
        _path.RemoveAt(_path.Count - 1);
        decl.LayoutState = State.Done;
        if (decl.Alias)
        {
            decl.Layout = layout;
            return layout;
        }

        decl.Named!.SetLayoutFrom(layout);
        return decl.Named;
    }

    /// <summary>A type with the layout of <paramref name="syntax"/>; what lies behind indirections is not built.</summary>
    private GoType Shallow(TypeSyntax syntax) => syntax switch
    {
        NameSyntax n => _decls.TryGetValue(n.FullName, out var decl) ? LayoutOf(decl) : Lookup(n),
        ParenSyntax p => Shallow(p.Inner),
        PointerSyntax => new GoPointerType(GoBasicType.Uint8),
        SliceSyntax => new GoSliceType(GoBasicType.Uint8),
        MapSyntax => new GoMapType(GoBasicType.Uint8, GoBasicType.Uint8),
        ChanSyntax => new GoChanType(GoBasicType.Uint8, GoChanDirection.Both),
        FuncSyntax => new GoFuncType([], []),
        InterfaceSyntax => GoInterfaceType.Any,
        ArraySyntax a => Array(a, Shallow(a.Elem)),
        StructSyntax s => Struct(s, s.Fields.Select(f => Shallow(f.Type)).ToList()),
        _ => throw new InvalidOperationException("unknown syntax " + syntax),
    };

    // ---- pass 2: build ----

    private GoType BuildDecl(Decl decl)
    {
        if (decl.BuildState == State.Done)
        {
            return decl.Type!;
        }

        if (decl.BuildState == State.InProgress)
        {
            throw Cycle(decl);
        }

        decl.BuildState = State.InProgress;
        PushPath(decl);
        var type = Build(decl.Syntax.Type, allowConstraint: true);
        if (!decl.Alias && type is GoNamedType { IsComplete: false } pending)
        {
            // type A B: A's underlying type is B's, so B must be complete first.
            type = BuildDecl(_decls[pending.Name]);
        }

        _path.RemoveAt(_path.Count - 1);
        if (decl.Alias)
        {
            decl.Type = type;
        }
        else
        {
            decl.Named!.Complete(type);
        }

        decl.BuildState = State.Done;
        return decl.Type!;
    }

    private GoType Build(TypeSyntax syntax, bool allowConstraint)
    {
        var type = syntax switch
        {
            NameSyntax n => BuildName(n),
            ParenSyntax p => Build(p.Inner, allowConstraint),
            PointerSyntax p => new GoPointerType(Build(p.Elem, false)),
            SliceSyntax s => new GoSliceType(Build(s.Elem, false)),
            MapSyntax m => Map(m),
            ChanSyntax c => Chan(c),
            FuncSyntax f => Func(f),
            InterfaceSyntax i => Interface(i),
            ArraySyntax a => Array(a, Build(a.Elem, false)),
            StructSyntax s => BuildStruct(s),
            _ => throw new InvalidOperationException("unknown syntax " + syntax),
        };

        if (!allowConstraint && syntax is NameSyntax or InterfaceSyntax)
        {
            _deferred.Add(() =>
            {
                if (type.Underlying is GoInterfaceType { ConstraintReason: { } reason })
                {
                    throw Error($"cannot use type {type} outside a type constraint: {reason}", syntax.Offset);
                }
            });
        }

        return type;
    }

    private GoType BuildName(NameSyntax n)
    {
        if (!_decls.TryGetValue(n.FullName, out var decl))
        {
            return Lookup(n);
        }

        // A defined type is usable (its layout is known) before it is complete; an alias is its target, so the
        // target must exist.
        return decl.Alias ? BuildDecl(decl) : decl.Named!;
    }

    private GoType Lookup(NameSyntax n)
    {
        if (_scope.TryLookup(n.FullName, out var type))
        {
            return type;
        }

        if (n.Package is null && Universe(n.Name) is { } predeclared)
        {
            return predeclared;
        }

        if (n.Package == "unsafe" && n.Name == "Pointer")
        {
            return GoBasicType.UnsafePointer;
        }

        throw Error("undefined: " + n.FullName, n.Offset);
    }

    private static GoType? Universe(string name) => name switch
    {
        "bool" => GoBasicType.Bool,
        "int" => GoBasicType.Int,
        "int8" => GoBasicType.Int8,
        "int16" => GoBasicType.Int16,
        "int32" or "rune" => GoBasicType.Int32,
        "int64" => GoBasicType.Int64,
        "uint" => GoBasicType.Uint,
        "uint8" or "byte" => GoBasicType.Uint8,
        "uint16" => GoBasicType.Uint16,
        "uint32" => GoBasicType.Uint32,
        "uint64" => GoBasicType.Uint64,
        "uintptr" => GoBasicType.Uintptr,
        "float32" => GoBasicType.Float32,
        "float64" => GoBasicType.Float64,
        "complex64" => GoBasicType.Complex64,
        "complex128" => GoBasicType.Complex128,
        "string" => GoBasicType.String,
        "any" => GoInterfaceType.Any,
        "error" => GoInterfaceType.Error,
        "comparable" => GoInterfaceType.Comparable,
        _ => null,
    };

    private GoMapType Map(MapSyntax m)
    {
        var key = Build(m.Key, false);
        var value = Build(m.Value, false);
        if (!key.IsComparable)
        {
            throw Error($"invalid map key type {key}", m.Key.Offset);
        }

        // cmd/compile/internal/types/size.go, TMAP.
        if (key.Size >= 1L << 31)
        {
            throw Error("map key type too large", m.Key.Offset);
        }

        if (value.Size >= 1L << 31)
        {
            throw Error("map element type too large", m.Value.Offset);
        }

        return new GoMapType(key, value, checkKey: false);
    }

    private GoChanType Chan(ChanSyntax c)
    {
        var elem = Build(c.Elem, false);
        if (elem.Size >= 1 << 16)
        {
            throw Error("channel element type too large (>64kB)", c.Elem.Offset);
        }

        return new GoChanType(elem, c.Direction);
    }

    private GoFuncType Func(FuncSyntax f)
    {
        var parameters = Params(f.Params, results: false);
        var results = Params(f.Results, results: true);
        return new GoFuncType(parameters, results, f.Params.Count > 0 && f.Params[^1].Variadic);
    }

    private List<GoType> Params(IReadOnlyList<ParamSyntax> list, bool results)
    {
        var types = new List<GoType>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var p = list[i];
            if (p.Variadic && (results || i != list.Count - 1))
            {
                throw Error("can only use ... with final parameter", p.Offset);
            }

            if (p.Name is { } name && name != "_" && !names.Add(name))
            {
                throw Error($"{name} redeclared in this block", p.Offset);
            }

            var t = Build(p.Type, false);
            types.Add(p.Variadic ? new GoSliceType(t) : t);
        }

        return types;
    }

    private GoInterfaceType Interface(InterfaceSyntax i)
    {
        var parts = new List<string>();
        var empty = true;
        string? constraint = null;
        var methods = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in i.Elems)
        {
            if (e.Method is { } name)
            {
                if (name != "_" && !methods.Add(name))
                {
                    throw Error("duplicate method " + name, e.Offset);
                }

                parts.Add(name + Func(e.Signature!).ToString()["func".Length..]);
                empty = false;
                continue;
            }

            var terms = new List<string>();
            foreach (var (tilde, syntax) in e.Terms)
            {
                var t = Build(syntax, allowConstraint: true);
                if (t is GoNamedType { IsComplete: false } pending)
                {
                    // An embedded interface contributes its methods, so it must be complete (type I interface{ I }
                    // is the cycle this catches).
                    BuildDecl(_decls[pending.Name]);
                }

                terms.Add((tilde ? "~" : "") + t);
                if (tilde || e.Terms.Count > 1 || t.Underlying is not GoInterfaceType embedded)
                {
                    constraint = "interface contains type constraints";
                    empty = false;
                    continue;
                }

                constraint ??= embedded.ConstraintReason;
                empty &= embedded.IsEmpty;
            }

            parts.Add(string.Join(" | ", terms));
        }

        var text = parts.Count == 0 ? "interface {}" : "interface { " + string.Join("; ", parts) + " }";
        return new GoInterfaceType(text, empty, constraint);
    }

    private GoArrayType Array(ArraySyntax a, GoType elem)
    {
        if (a.Length is null)
        {
            throw Error("invalid use of [...] array (outside a composite literal)", a.Offset);
        }

        var length = ArrayLength(a.Length);
        if (!GoTypeLimits.ArrayFits(elem.Size, length))
        {
            throw Error($"type [{length}]{elem} larger than address space", a.Offset);
        }

        return new GoArrayType(elem, length);
    }

    private GoStructType BuildStruct(StructSyntax s)
    {
        var types = new List<GoType>();
        foreach (var f in s.Fields)
        {
            var t = Build(f.Type, false);
            types.Add(t);
            if (f.Embedded)
            {
                var pointer = f.Type is PointerSyntax;
                var baseType = pointer ? ((GoPointerType)t).Elem : t;
                _deferred.Add(() => CheckEmbedded(f, baseType, pointer));
            }
        }

        return Struct(s, types);
    }

    /// <summary>types2's embedded field rules (<c>struct.go</c>, embeddedFieldType checks).</summary>
    private void CheckEmbedded(FieldSyntax f, GoType baseType, bool pointer)
    {
        if (baseType == GoBasicType.UnsafePointer)
        {
            throw Error("embedded field type cannot be unsafe.Pointer", f.Offset);
        }

        if (baseType.Underlying is GoPointerType)
        {
            throw Error("embedded field type cannot be a pointer", f.Offset);
        }

        if (pointer && baseType.Underlying is GoInterfaceType)
        {
            throw Error("embedded field type cannot be a pointer to an interface", f.Offset);
        }
    }

    private GoStructType Struct(StructSyntax s, List<GoType> types)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var fields = new List<(string, GoType, bool)>();
        long offset = 0;
        for (var k = 0; k < s.Fields.Count; k++)
        {
            var f = s.Fields[k];
            if (f.Name != "_" && !seen.Add(f.Name))
            {
                throw Error($"{f.Name} redeclared", f.Offset);
            }

            // cmd/compile/internal/types/size.go, calcStructOffset: "type %L too large".
            offset = ((offset + types[k].Align - 1) & ~(long)(types[k].Align - 1)) + types[k].Size;
            if (offset >= GoTypeLimits.MaxSize)
            {
                throw Error("type struct {...} too large", s.Offset);
            }

            fields.Add((f.Name, types[k], f.Embedded));
        }

        return GoStructType.Create(fields);
    }

    // ---- array lengths ----

    /// <summary>types2 <c>arrayLength</c>: an integer kind says "invalid array length", a float kind "must be integer".</summary>
    private long ArrayLength(ExprSyntax e)
    {
        if (e is NameExpr name)
        {
            var isType = _decls.ContainsKey(name.Name) || _scope.TryLookup(name.Name, out _) || Universe(name.Name) is not null;
            throw Error(isType ? $"invalid array length {name.Name}" : $"undefined array length {name.Name} or missing type constraint", name.Offset);
        }

        var c = Evaluate(e);
        if (c.IsIntegral && c.Num.Sign >= 0 && c.Num <= long.MaxValue)
        {
            return (long)c.Num;
        }

        var operand = Operand(e, c);
        throw Error(c.IsFloat ? $"array length {operand} must be integer" : $"invalid array length {operand}", e.Offset);
    }

    /// <summary>An operand as types2 prints it: <c>1 &lt;&lt; 63 (untyped int constant 9223372036854775808)</c>.</summary>
    private static string Operand(ExprSyntax e, GoConstant c)
    {
        var text = Format(e);
        var value = c.ToString();
        return value == text ? $"{text} ({c.KindName})" : $"{text} ({c.KindName} {value})";
    }

    private GoConstant Evaluate(ExprSyntax e)
    {
        switch (e)
        {
            case LiteralExpr l:
                return GoConstant.TryParse(l.Text, l.IsFloat, out var v) ? v : throw Error($"invalid literal {l.Text}", l.Offset);
            case ParenExpr p:
                return Evaluate(p.X);
            case NameExpr n:
                var isType = _decls.ContainsKey(n.Name) || _scope.TryLookup(n.Name, out _) || Universe(n.Name) is not null;
                throw Error(isType ? $"{n.Name} (type) is not an expression" : "undefined: " + n.Name, n.Offset);
            case UnaryExpr u:
                var x = Evaluate(u.X);
                return u.Op switch
                {
                    "-" => x with { Num = -x.Num },
                    "^" => x.IsIntegral && !x.IsFloat ? GoConstant.Int(-x.Num - 1) : throw Error($"invalid operation: operator ^ not defined on {Operand(u.X, x)}", u.Offset),
                    _ => x,
                };
            case BinaryExpr b:
                return Binary(b, Evaluate(b.X), Evaluate(b.Y));
            default:
                throw new InvalidOperationException("unknown expression " + e);
        }
    }

    private GoConstant Binary(BinaryExpr b, GoConstant x, GoConstant y)
    {
        var isFloat = x.IsFloat || y.IsFloat;
        switch (b.Op)
        {
            case "+":
                return GoConstant.Rational((x.Num * y.Den) + (y.Num * x.Den), x.Den * y.Den, isFloat);
            case "-":
                return GoConstant.Rational((x.Num * y.Den) - (y.Num * x.Den), x.Den * y.Den, isFloat);
            case "*":
                return GoConstant.Rational(x.Num * y.Num, x.Den * y.Den, isFloat);
            case "/":
                if (y.Num.IsZero)
                {
                    throw Error("invalid operation: division by zero", b.Y.Offset);
                }

                // Integer constants divide with truncation; any float operand makes the division exact.
                return isFloat
                    ? GoConstant.Rational(x.Num * y.Den, x.Den * y.Num, true)
                    : GoConstant.Int(BigInteger.Divide(x.Num, y.Num));
            case "<<" or ">>":
                if (!y.IsIntegral)
                {
                    throw Error($"{Operand(b.Y, y)} truncated to uint", b.Y.Offset);
                }

                if (y.Num.Sign < 0)
                {
                    throw Error($"invalid operation: negative shift count {Operand(b.Y, y)}", b.Y.Offset);
                }

                // types2 shiftBound: 1023 - 1 + 52.
                if (y.Num > 1074)
                {
                    throw Error($"invalid operation: invalid shift count {Operand(b.Y, y)}", b.Y.Offset);
                }

                if (!x.IsIntegral)
                {
                    throw Error($"invalid operation: shifted operand {Operand(b.X, x)} must be integer", b.X.Offset);
                }

                return GoConstant.Int(b.Op == "<<" ? x.Num << (int)y.Num : x.Num >> (int)y.Num);
            default:
                if (x.IsFloat || y.IsFloat)
                {
                    throw Error($"invalid operation: operator {b.Op} not defined on {Operand(b.X, x with { IsFloat = true })}", b.Offset);
                }

                if (b.Op == "%" && y.Num.IsZero)
                {
                    throw Error("invalid operation: division by zero", b.Y.Offset);
                }

                return GoConstant.Int(b.Op switch
                {
                    "%" => BigInteger.Remainder(x.Num, y.Num),
                    "&" => x.Num & y.Num,
                    "|" => x.Num | y.Num,
                    "^" => x.Num ^ y.Num,
                    _ => x.Num & ~y.Num,
                });
        }
    }

    /// <summary>An expression as Go's error messages print it (<c>1 &lt;&lt; 63</c>).</summary>
    private static string Format(ExprSyntax e) => e switch
    {
        LiteralExpr l => l.Text,
        NameExpr n => n.Name,
        ParenExpr p => "(" + Format(p.X) + ")",
        UnaryExpr u => u.Op + Format(u.X),
        BinaryExpr b => Format(b.X) + " " + b.Op + " " + Format(b.Y),
        _ => e.ToString() ?? "",
    };

    // ---- errors ----

    /// <summary>Follows a definition that names another; a chain deeper than the parser's nesting limit is rejected.</summary>
    private void PushPath(Decl decl)
    {
        if (_path.Count >= GoTypeSyntaxParser.MaxDepth)
        {
            throw Error($"type definitions nested too deeply (more than {GoTypeSyntaxParser.MaxDepth} levels)", decl.Syntax.Offset);
        }

        _path.Add(decl);
    }

    /// <summary>types2's cycleError: reported at the cycle's first definition in the source.</summary>
    private GoTypeParseException Cycle(Decl again)
    {
        var cycle = _path.Skip(_path.IndexOf(again)).ToList();
        var first = cycle.MinBy(d => d.Syntax.Offset)!;
        var start = cycle.IndexOf(first);
        var ordered = cycle.Skip(start).Concat(cycle.Take(start)).ToList();
        if (ordered.Count == 1)
        {
            return Error($"invalid recursive type: {first.Syntax.Name} refers to itself", first.Syntax.Offset);
        }

        var chain = new StringBuilder();
        for (var k = 0; k < ordered.Count; k++)
        {
            chain.Append(k == 0 ? "" : ", ").Append(ordered[k].Syntax.Name).Append(" refers to ").Append(ordered[(k + 1) % ordered.Count].Syntax.Name);
        }

        return Error($"invalid recursive type {first.Syntax.Name} ({chain})", first.Syntax.Offset);
    }

    private GoTypeParseException Error(string message, int offset) => new(message, _input, offset);

    private sealed class Decl(TypeDeclSyntax syntax)
    {
        public TypeDeclSyntax Syntax { get; } = syntax;

        public bool Alias => Syntax.Alias;

        public GoNamedType? Named { get; } = syntax.Alias ? null : new GoNamedType(syntax.Name);

        public State LayoutState { get; set; }

        public State BuildState { get; set; }

        /// <summary>An alias's layout placeholder (pass 1).</summary>
        public GoType? Layout { get; set; }

        private GoType? _aliasType;

        public GoType? Type
        {
            get => Alias ? _aliasType : Named;
            set => _aliasType = value;
        }
    }
}
