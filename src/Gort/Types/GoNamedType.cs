namespace Gort.Types;

/// <summary>A defined type (<c>type P24 struct{...}</c>): a name over an underlying type with the same layout.</summary>
public sealed class GoNamedType : GoType
{
    private GoType? _underlying;

    /// <summary>Creates a defined type.</summary>
    public GoNamedType(string name, GoType underlying)
        : this(name, underlying, null)
    {
    }

    /// <summary>Creates a defined type declared in package <paramref name="package"/> (<c>main</c>, <c>errors</c>).</summary>
    public GoNamedType(string name, GoType underlying, string? package)
        : base(underlying?.Size ?? 0, underlying?.Align ?? 1, underlying?.HasPointers ?? false, underlying?.IsComparable ?? false)
    {
        ArgumentNullException.ThrowIfNull(underlying);
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Package = string.IsNullOrEmpty(package) ? null : package;
        _underlying = underlying.Underlying;
    }

    /// <summary>
    /// Creates a defined type whose underlying type is not known yet (the parser's first step for a definition that
    /// may refer to itself through a pointer); <see cref="Complete"/> must be called before the layout is read.
    /// </summary>
    internal GoNamedType(string name, string? package = null)
        : base(0, 1, false, false)
    {
        Name = name;
        Package = string.IsNullOrEmpty(package) ? null : package;
    }

    /// <summary>The type's name.</summary>
    public string Name { get; }

    /// <summary>
    /// The name of the package that declares the type, as <c>reflect</c> and <c>%T</c> print it before the name
    /// (<c>main.T</c>); null for types without one (Gort's CLR-mapped structs, type expressions).
    /// </summary>
    public string? Package { get; }

    /// <summary>Whether the underlying type has been set (always true outside the parser).</summary>
    internal bool IsComplete => _underlying is not null;

    /// <inheritdoc/>
    public override GoType Underlying => _underlying ?? throw new InvalidOperationException($"type {Name} is not complete");

    /// <inheritdoc/>
    public override GoKind Kind => Underlying.Kind;

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <summary>
    /// Sets the layout of a type created with <see cref="GoNamedType(string, string?)"/> before its underlying type exists, so
    /// that types built from it (<c>*[4]Node</c> inside Node) can be laid out.
    /// </summary>
    internal void SetLayoutFrom(GoType layout) => SetLayout(layout);

    /// <summary>Sets the underlying type of a type created with <see cref="GoNamedType(string, string?)"/>.</summary>
    internal void Complete(GoType underlying)
    {
        _underlying = underlying.Underlying;
        SetLayout(underlying);
    }
}
