namespace Gort.Types;

/// <summary>
/// <c>struct{...}</c>, laid out as gc lays it out: each field at the next multiple of its alignment, the struct
/// aligned to its most aligned field, and one byte of padding after a zero-size last field of a non-empty struct so
/// that a pointer to that field cannot point at the next object (golang/go#9401).
/// </summary>
public sealed class GoStructType : GoType
{
    private GoStructType(IReadOnlyList<GoField> fields, long size, int align, bool pointers, bool comparable)
        : base(size, align, pointers, comparable)
    {
        Fields = fields;
    }

    /// <summary><c>struct{}</c>.</summary>
    public static GoStructType Empty { get; } = Create([]);

    /// <summary>The fields with their offsets.</summary>
    public IReadOnlyList<GoField> Fields { get; }

    /// <inheritdoc/>
    public override GoKind Kind => GoKind.Struct;

    /// <summary>Lays out a struct from (name, type, embedded) in declaration order.</summary>
    /// <exception cref="ArgumentException">The struct is larger than the address space.</exception>
    public static GoStructType Create(IEnumerable<(string Name, GoType Type, bool Embedded)> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var laidOut = new List<GoField>();
        long offset = 0;
        var align = 1;
        var pointers = false;
        var comparable = true;
        foreach (var (name, type, embedded) in fields)
        {
            offset = AlignUp(offset, type.Align);
            laidOut.Add(new GoField(name, type, offset, embedded));
            offset += type.Size;
            if (offset >= GoTypeLimits.MaxSize)
            {
                throw new ArgumentException("type struct{...} too large", nameof(fields));
            }

            align = Math.Max(align, type.Align);
            pointers |= type.HasPointers;
            comparable &= type.IsComparable;
        }

        if (offset > 0 && laidOut[^1].Type.Size == 0)
        {
            offset++;
        }

        return new GoStructType(laidOut, AlignUp(offset, align), align, pointers, comparable);
    }

    /// <summary>
    /// The same fields in the order that needs the least padding: zero-size fields first (so none is last and
    /// costs the extra byte), then by decreasing alignment (each size is a multiple of its alignment, so no field then
    /// needs padding before it; only the tail padding to the struct's alignment remains).
    /// </summary>
    public GoStructType WithOptimalFieldOrder() =>
        Create(Fields.Select((f, i) => (f, i))
            .OrderBy(x => x.f.Type.Size == 0 ? 0 : 1)
            .ThenByDescending(x => x.f.Type.Align)
            .ThenBy(x => x.i)
            .Select(x => (x.f.Name, x.f.Type, x.f.Embedded)));

    /// <inheritdoc/>
    public override string ToString()
    {
        if (Fields.Count == 0)
        {
            return "struct {}";
        }

        return "struct { " + string.Join("; ", Fields.Select(f => f.Embedded ? f.Type.ToString() : $"{f.Name} {f.Type}")) + " }";
    }

    private static long AlignUp(long n, int a) => (n + a - 1) & ~(long)(a - 1);
}
