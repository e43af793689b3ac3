using Gort.Types.Internal;

namespace Gort.Types;

/// <summary>
/// Parses Go type expressions (<c>map[string][]*P24</c>, <c>struct{a int8; b int64}</c>) into <see cref="GoType"/>s
/// laid out as gc lays them out on linux/amd64.
/// </summary>
/// <remarks>
/// The text is a sequence of definitions and at most one final expression, separated by <c>;</c> or newlines:
/// <c>type Node struct{next *Node; v int}; []Node</c>. Definitions may refer to each other in any order and to
/// themselves through pointers, slices, maps, channels and functions, as in a Go package. The wording of errors follows
/// the Go compiler (<c>cmd/compile/internal/syntax</c> and <c>types2</c>).
/// </remarks>
public static class GoTypeParser
{
    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <param name="text">Definitions and/or a type expression.</param>
    /// <param name="scope">
    /// Names defined by earlier calls; this call's definitions are added to it when the whole text is valid. Null for
    /// a fresh scope.
    /// </param>
    /// <returns>The type of the final expression, or of the last definition when there is no expression.</returns>
    /// <exception cref="GoTypeParseException">The text is not a valid type (the message is one line, with a position).</exception>
    public static GoType Parse(string text, GoTypeScope? scope = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var file = GoTypeSyntaxParser.ParseFile(text);
        return GoTypeResolver.Resolve(text, file, scope ?? new GoTypeScope());
    }
}
