namespace Gort.Types;

/// <summary>
/// A Go type with its layout on linux/amd64 exactly as gc computes it (<c>cmd/compile/internal/types/size.go</c>):
/// size, alignment, whether it contains pointers, and whether it is comparable.
/// </summary>
public abstract class GoType
{
    private protected GoType(long size, int align, bool hasPointers, bool comparable)
    {
        Size = size;
        Align = align;
        HasPointers = hasPointers;
        IsComparable = comparable;
    }

    /// <summary>The kind of the type (of its underlying type, for a named type).</summary>
    public abstract GoKind Kind { get; }

    /// <summary><c>unsafe.Sizeof</c>.</summary>
    public long Size { get; private set; }

    /// <summary><c>unsafe.Alignof</c> (also the field alignment on amd64).</summary>
    public int Align { get; private set; }

    /// <summary>Whether a value holds pointers the GC must scan (not <c>noscan</c>).</summary>
    public bool HasPointers { get; private set; }

    /// <summary>
    /// The length of the prefix of a value that can hold pointers (gc's <c>PtrDataSize</c>, the type descriptor's
    /// <c>PtrBytes</c>): the GC scans only those bytes, and a type with 0 is <c>noscan</c>.
    /// </summary>
    public long PointerBytes => !HasPointers ? 0 : Underlying switch
    {
        GoStructType s => s.Fields.Last(f => f.Type.HasPointers) is var last ? last.Offset + last.Type.PointerBytes : 0,
        GoArrayType a => ((a.Length - 1) * a.Elem.Size) + a.Elem.PointerBytes,
        GoInterfaceType => 16,
        _ => 8, // pointers, maps, chans, funcs, unsafe.Pointer; the data word of strings and slices comes first
    };

    /// <summary>Whether values can be compared with <c>==</c> (and so be map keys).</summary>
    public bool IsComparable { get; private set; }

    /// <summary>
    /// Fills in the layout of a type created before its layout was known: a defined type that refers to itself
    /// through a pointer (<c>type Node struct{next *Node}</c>) must exist as an object before its underlying type
    /// can be built.
    /// </summary>
    private protected void SetLayout(GoType from)
    {
        Size = from.Size;
        Align = from.Align;
        HasPointers = from.HasPointers;
        IsComparable = from.IsComparable;
    }

    /// <summary>The type without names: a named type's underlying type, otherwise itself.</summary>
    public virtual GoType Underlying => this;

    /// <summary>The type in Go syntax.</summary>
    public abstract override string ToString();
}
