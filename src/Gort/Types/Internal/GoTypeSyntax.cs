namespace Gort.Types.Internal;

// The syntax tree of a type expression. Parsing and checking are separate passes (as in Go) because definitions may
// refer to each other in any order and to themselves through pointers; each node keeps the offset of its first token
// for error carets.

/// <summary>A type expression.</summary>
internal abstract record TypeSyntax(int Offset);

/// <summary><c>T</c> or <c>pkg.T</c>.</summary>
internal sealed record NameSyntax(int Offset, string? Package, string Name) : TypeSyntax(Offset)
{
    public string FullName => Package is null ? Name : Package + "." + Name;
}

/// <summary><c>*T</c>.</summary>
internal sealed record PointerSyntax(int Offset, TypeSyntax Elem) : TypeSyntax(Offset);

/// <summary><c>[]T</c>.</summary>
internal sealed record SliceSyntax(int Offset, TypeSyntax Elem) : TypeSyntax(Offset);

/// <summary><c>[N]T</c>; <see cref="Length"/> is null for <c>[...]T</c>.</summary>
internal sealed record ArraySyntax(int Offset, ExprSyntax? Length, TypeSyntax Elem) : TypeSyntax(Offset);

/// <summary><c>map[K]V</c>.</summary>
internal sealed record MapSyntax(int Offset, TypeSyntax Key, TypeSyntax Value) : TypeSyntax(Offset);

/// <summary><c>chan T</c>, <c>chan&lt;- T</c>, <c>&lt;-chan T</c>.</summary>
internal sealed record ChanSyntax(int Offset, GoChanDirection Direction, TypeSyntax Elem) : TypeSyntax(Offset);

/// <summary><c>(T)</c>.</summary>
internal sealed record ParenSyntax(int Offset, TypeSyntax Inner) : TypeSyntax(Offset);

/// <summary>A parameter or result: an optional name and a type; <see cref="Variadic"/> for <c>...T</c>.</summary>
internal sealed record ParamSyntax(int Offset, string? Name, TypeSyntax Type, bool Variadic);

/// <summary><c>func(params) results</c>.</summary>
internal sealed record FuncSyntax(int Offset, IReadOnlyList<ParamSyntax> Params, IReadOnlyList<ParamSyntax> Results) : TypeSyntax(Offset);

/// <summary>A struct field; <see cref="Embedded"/> fields are named after their type.</summary>
internal sealed record FieldSyntax(int Offset, string Name, TypeSyntax Type, bool Embedded);

/// <summary><c>struct{...}</c>.</summary>
internal sealed record StructSyntax(int Offset, IReadOnlyList<FieldSyntax> Fields) : TypeSyntax(Offset);

/// <summary>An interface element: a method, or a union of terms (one plain term is an embedded interface).</summary>
internal sealed record InterfaceElemSyntax(int Offset, string? Method, FuncSyntax? Signature, IReadOnlyList<(bool Tilde, TypeSyntax Type)> Terms);

/// <summary><c>interface{...}</c>.</summary>
internal sealed record InterfaceSyntax(int Offset, IReadOnlyList<InterfaceElemSyntax> Elems) : TypeSyntax(Offset);

/// <summary><c>type Name Type</c> or <c>type Name = Type</c>.</summary>
internal sealed record TypeDeclSyntax(int Offset, string Name, bool Alias, TypeSyntax Type);

/// <summary>A constant expression (array lengths).</summary>
internal abstract record ExprSyntax(int Offset);

/// <summary>An integer or floating-point literal.</summary>
internal sealed record LiteralExpr(int Offset, string Text, bool IsFloat) : ExprSyntax(Offset);

/// <summary>An identifier used as a value (never a constant here: there are no constant declarations).</summary>
internal sealed record NameExpr(int Offset, string Name) : ExprSyntax(Offset);

/// <summary><c>op X</c>.</summary>
internal sealed record UnaryExpr(int Offset, string Op, ExprSyntax X) : ExprSyntax(Offset);

/// <summary><c>X op Y</c>; <see cref="ExprSyntax.Offset"/> is that of X.</summary>
internal sealed record BinaryExpr(int Offset, string Op, ExprSyntax X, ExprSyntax Y) : ExprSyntax(Offset);

/// <summary><c>(X)</c>.</summary>
internal sealed record ParenExpr(int Offset, ExprSyntax X) : ExprSyntax(Offset);

/// <summary>A parsed input: definitions, then an optional final type expression.</summary>
internal sealed record GoTypeFile(IReadOnlyList<TypeDeclSyntax> Decls, TypeSyntax? Expr);
