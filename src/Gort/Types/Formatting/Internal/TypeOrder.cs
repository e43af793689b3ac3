using Gort.Versions;

namespace Gort.Types.Formatting.Internal;

/// <summary>
/// The order of type descriptors in a Go binary, which <c>internal/fmtsort</c> uses for interface map keys of
/// different dynamic types (it compares the descriptors' addresses). A model of the linker's <c>dodataSect</c> sort and
/// of the compiler's emission order, per <see cref="GoVersion.TypeDescriptorOrder"/>.
/// </summary>
/// <remarks>
/// <para>The descriptor size (<c>reflectdata.writeType</c>): a 48-byte <c>abi.Type</c>; plus 8 for a pointer or slice,
/// 24 for an array, 16 for a chan, 8 + 8 per parameter and result for a func, 32 + 24 per field for a struct, 32 for an
/// interface; plus 16 + 16 per method when the type is named or has methods.</para>
/// <para>Ties in size, 1.20 and later (the symbol index): the program's own named types and pointers to them (named
/// first, each by type string), then other packages' named types, then the runtime's predeclared types and pointers
/// to them in the runtime's measured order (<see cref="GoVersion.RuntimeTypeDescriptorOrder"/>), then unnamed types by
/// type string. Through 1.19 ties are broken by symbol name, which is the type string. From 1.27 the typelinked
/// (unnamed pointer, array, chan, func, map, slice and struct) types come first, by type string.</para>
/// <para>Measured exactly on the corpus' keys (predeclared types, the program's named types with and without methods,
/// pointers, arrays, structs) for 1.19 and 1.21–1.27; the order among other packages' types is a model.</para>
/// </remarks>
internal sealed class TypeOrder
{
    private static readonly HashSet<string> s_stdPackages =
    [
        "errors", "fmt", "io", "os", "reflect", "runtime", "sort", "strconv", "strings", "sync", "time", "unicode",
        "unsafe", "math", "bytes", "slices", "maps", "testing", "context", "bufio", "internal",
    ];

    private readonly GoVersion _version;
    private readonly GoFormatHost _host;

    public TypeOrder(GoVersion version, GoFormatHost host)
    {
        _version = version;
        _host = host;
    }

    /// <summary>Negative if <paramref name="a"/>'s descriptor comes first, 0 for the same type.</summary>
    public int Compare(GoType a, GoType b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        var sa = GoTypeStrings.Reflect(a);
        var sb = GoTypeStrings.Reflect(b);
        if (sa == sb && a.Kind == b.Kind)
        {
            return 0;
        }

        var order = _version.TypeDescriptorOrder;
        if (order == TypeDescriptorOrder.TypelinksFirst)
        {
            var la = IsTypelink(a);
            var lb = IsTypelink(b);
            if (la || lb)
            {
                return la && lb ? string.CompareOrdinal(sa, sb) : la ? -1 : 1;
            }
        }

        var size = DescriptorSize(a).CompareTo(DescriptorSize(b));
        if (size != 0)
        {
            return size;
        }

        if (order == TypeDescriptorOrder.SizeThenName)
        {
            return string.CompareOrdinal(sa, sb);
        }

        var (ga, ra) = Rank(a, sa);
        var (gb, rb) = Rank(b, sb);
        if (ga != gb)
        {
            return ga.CompareTo(gb);
        }

        return ra != rb ? ra.CompareTo(rb) : string.CompareOrdinal(sa, sb);
    }

    private static bool IsTypelink(GoType t) =>
        t is not GoNamedType and not GoBasicType && t.Kind is GoKind.Pointer or GoKind.Array or GoKind.Chan or GoKind.Func
            or GoKind.Map or GoKind.Slice or GoKind.Struct;

    private long DescriptorSize(GoType t)
    {
        var size = 48L;
        switch (t.Underlying)
        {
            case GoPointerType or GoSliceType:
                size += 8;
                break;
            case GoArrayType:
                size += 24;
                break;
            case GoChanType:
                size += 16;
                break;
            case GoFuncType f:
                size += 8 + (8L * (f.Parameters.Count + f.Results.Count));
                break;
            case GoStructType s:
                size += 32 + (24L * s.Fields.Count);
                break;
            case GoInterfaceType:
                size += 32;
                break;
            case GoMapType:
                size += _version.MapEngine == MapEngineKind.Swiss ? 64 : 40;
                break;
        }

        var methods = _host.MethodCount(t);
        if (t is GoNamedType or GoBasicType || methods > 0)
        {
            size += 16 + (16L * methods);
        }

        return size;
    }

    // (group, rank within the group) for the symbol-index order; equal ranks fall back to the type string.
    private (int Group, int Rank) Rank(GoType t, string text)
    {
        switch (t)
        {
            case GoNamedType named:
                return IsStd(named.Package) ? (1, 0) : (0, 0);
            case GoBasicType:
                return (2, IndexOrLast(_version.RuntimeTypeDescriptorOrder, text));
            case GoPointerType { Elem: GoNamedType elem }:
                return IsStd(elem.Package) ? (1, 1) : (0, 1);
            case GoPointerType { Elem: GoBasicType or GoInterfaceType }:
                return (2, 100 + IndexOrLast(_version.RuntimePointerDescriptorOrder, text));
            default:
                return (3, 0);
        }
    }

    private static bool IsStd(string? package) => package is not null && s_stdPackages.Contains(package);

    private static int IndexOrLast(IReadOnlyList<string> order, string text)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == text)
            {
                return i;
            }
        }

        return order.Count;
    }
}
