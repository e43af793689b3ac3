namespace Gort.Types;

/// <summary>
/// Declares the Go type a CLR type stands for, overriding <see cref="ClrGoTypes"/>' field-by-field mapping:
/// <c>[GoType("struct{p *int; _ [16]byte}")] struct P24 { ... }</c>.
/// </summary>
/// <remarks>
/// The expression is parsed with <see cref="GoTypeParser.Parse"/> in a fresh scope, so it may start with definitions
/// (<c>"type Node struct{next *Node; v int}; Node"</c>) and must be a valid Go value type. The declared type wins
/// outright: on a class it replaces the default pointer (write <c>*struct{...}</c> for a pointer), on an enum its
/// underlying integer type. Its size is deliberately NOT compared with the CLR layout: the CLR value and the Go value
/// it models are different objects (a C# struct holding a <c>string</c> and an <c>int[]</c> is 16 bytes, the Go
/// <c>struct{s string; b []int}</c> it may model is 40), and Gort only uses the Go type to account for memory as Go
/// would. A malformed expression makes <see cref="ClrGoTypes.Map"/> throw <see cref="ArgumentException"/> naming the
/// CLR type, with the <see cref="GoTypeParseException"/> as inner exception.
/// </remarks>
[AttributeUsage(AttributeTargets.Struct | AttributeTargets.Class | AttributeTargets.Enum | AttributeTargets.Interface, Inherited = false)]
public sealed class GoTypeAttribute : Attribute
{
    /// <summary>Declares the Go type as a type expression.</summary>
    public GoTypeAttribute(string expression)
    {
        Expression = expression;
    }

    /// <summary>The Go type expression.</summary>
    public string Expression { get; }
}
