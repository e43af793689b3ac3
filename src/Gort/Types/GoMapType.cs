namespace Gort.Types;

/// <summary><c>map[K]V</c>: a pointer to the runtime's map header.</summary>
public sealed class GoMapType : GoType
{
    /// <summary>Creates <c>map[<paramref name="key"/>]<paramref name="elem"/></c>.</summary>
    /// <exception cref="ArgumentException">The key type is not comparable (Go: <c>invalid map key type K</c>).</exception>
    public GoMapType(GoType key, GoType elem)
        : this(key, elem, checkKey: true)
    {
    }

    /// <summary>
    /// Creates a map type, optionally without the key check: the parser checks keys only after every definition is
    /// complete, because <c>type K struct{m map[K]int}</c> names K before K's layout exists.
    /// </summary>
    internal GoMapType(GoType key, GoType elem, bool checkKey)
        : base(8, 8, true, false)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(elem);
        if (checkKey && !key.IsComparable)
        {
            throw new ArgumentException($"invalid map key type {key}", nameof(key));
        }

        Key = key;
        Elem = elem;
    }

    /// <summary>The key type.</summary>
    public GoType Key { get; }

    /// <summary>The element (value) type.</summary>
    public GoType Elem { get; }

    /// <inheritdoc/>
    public override GoKind Kind => GoKind.Map;

    /// <inheritdoc/>
    public override string ToString() => $"map[{Key}]{Elem}";
}
