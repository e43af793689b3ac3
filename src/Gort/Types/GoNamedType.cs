namespace Gort.Types;

/// <summary>A defined type (<c>type P24 struct{...}</c>): a name over an underlying type with the same layout.</summary>
public sealed class GoNamedType : GoType
{
    /// <summary>Creates a defined type.</summary>
    public GoNamedType(string name, GoType underlying)
        : base(underlying.Size, underlying.Align, underlying.HasPointers, underlying.IsComparable)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        UnderlyingType = underlying.Underlying;
    }

    /// <summary>The type's name.</summary>
    public string Name { get; }

    private GoType UnderlyingType { get; }

    /// <inheritdoc/>
    public override GoType Underlying => UnderlyingType;

    /// <inheritdoc/>
    public override GoKind Kind => UnderlyingType.Kind;

    /// <inheritdoc/>
    public override string ToString() => Name;
}
