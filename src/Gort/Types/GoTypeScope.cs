using System.Diagnostics.CodeAnalysis;

namespace Gort.Types;

/// <summary>
/// The names that type expressions can use besides Go's predeclared types: the definitions of earlier
/// <see cref="GoTypeParser.Parse"/> calls (<c>type P24 struct{...}</c>) and types added with <see cref="Define"/>
/// (qualified names such as <c>time.Duration</c> included). Like Go's package block, a name defined here hides a
/// predeclared name.
/// </summary>
public sealed class GoTypeScope
{
    private readonly Dictionary<string, GoType> _types = new(StringComparer.Ordinal);

    /// <summary>The names defined so far, in no particular order.</summary>
    public IReadOnlyCollection<string> Names => _types.Keys;

    /// <summary>Defines (or redefines) <paramref name="name"/> as <paramref name="type"/>.</summary>
    /// <param name="name">An identifier, or a qualified identifier <c>pkg.Name</c>.</param>
    /// <param name="type">The type the name stands for (use a <see cref="GoNamedType"/> for a defined type).</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not an identifier or qualified identifier.</exception>
    public void Define(string name, GoType type)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(type);
        var parts = name.Split('.');
        if (parts.Length > 2 || !parts.All(IsIdentifier))
        {
            throw new ArgumentException($"\"{name}\" is not a Go identifier or qualified identifier", nameof(name));
        }

        _types[name] = type;
    }

    /// <summary>Looks up a name defined in this scope (predeclared types are not included).</summary>
    public bool TryLookup(string name, [NotNullWhen(true)] out GoType? type) => _types.TryGetValue(name, out type);

    private static bool IsIdentifier(string s) =>
        s.Length > 0 && (char.IsLetter(s[0]) || s[0] == '_') && s.All(c => char.IsLetterOrDigit(c) || c == '_');
}
