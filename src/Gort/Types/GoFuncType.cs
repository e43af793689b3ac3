namespace Gort.Types;

/// <summary><c>func(params) results</c>: a pointer to a closure.</summary>
public sealed class GoFuncType : GoType
{
    /// <summary>Creates a function type.</summary>
    public GoFuncType(IReadOnlyList<GoType> parameters, IReadOnlyList<GoType> results, bool variadic = false)
        : base(8, 8, true, false)
    {
        Parameters = parameters ?? throw new ArgumentNullException(nameof(parameters));
        Results = results ?? throw new ArgumentNullException(nameof(results));
        Variadic = variadic;
    }

    /// <summary>Parameter types (the last is <c>[]T</c> when <see cref="Variadic"/>).</summary>
    public IReadOnlyList<GoType> Parameters { get; }

    /// <summary>Result types.</summary>
    public IReadOnlyList<GoType> Results { get; }

    /// <summary>Whether the last parameter is <c>...T</c>.</summary>
    public bool Variadic { get; }

    /// <inheritdoc/>
    public override GoKind Kind => GoKind.Func;

    /// <inheritdoc/>
    public override string ToString()
    {
        var ps = Parameters.Select((p, i) => Variadic && i == Parameters.Count - 1 && p is GoSliceType s ? "..." + s.Elem : p.ToString());
        var head = $"func({string.Join(", ", ps)})";
        return Results.Count switch
        {
            0 => head,
            1 => $"{head} {Results[0]}",
            _ => $"{head} ({string.Join(", ", Results)})",
        };
    }
}
