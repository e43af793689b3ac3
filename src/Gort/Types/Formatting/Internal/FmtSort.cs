using Gort.Versions;

namespace Gort.Types.Formatting.Internal;

/// <summary>
/// <c>internal/fmtsort</c>: the order fmt prints map entries in. Numbers and strings by value (NaN first), false before
/// true, complex by real then imaginary part, pointers and channels by address, structs and arrays field by field,
/// interface keys by dynamic type (the type descriptor's address, <see cref="TypeOrder"/>) then value, nil first.
/// </summary>
/// <remarks>
/// Go sorts stably over the map's iteration order, so keys fmtsort cannot tell apart keep that (random) order: several
/// NaN keys, and before 1.23 struct or array keys that differ only after a NaN (<see cref="GoVersion.FmtSortNaNsEqual"/>).
/// Those compare as "unordered" here and keep the order the map gave, which is one of the orders Go can print.
/// </remarks>
internal sealed class FmtSort
{
    // Result of a comparison Go's pre-1.23 floatCompare answers arbitrarily (NaN against NaN): stop and keep input order.
    private const int Unordered = int.MinValue;

    private readonly GoVersion _version;
    private readonly TypeOrder _types;

    public FmtSort(GoVersion version, GoFormatHost host)
    {
        _version = version;
        _types = new TypeOrder(version, host);
    }

    public KeyValuePair<GoValue, GoValue>[] Sort(IGoMap map, GoMapType type)
    {
        var entries = map.Entries().ToArray();
        if (entries.Length < 2)
        {
            return entries;
        }

        var order = new int[entries.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var keyType = type.Key;
        Array.Sort(order, (x, y) =>
        {
            var c = Compare(entries[x].Key, entries[y].Key, keyType);
            return c is 0 or Unordered ? x.CompareTo(y) : c;
        });

        var sorted = new KeyValuePair<GoValue, GoValue>[entries.Length];
        for (var i = 0; i < order.Length; i++)
        {
            sorted[i] = entries[order[i]];
        }

        return sorted;
    }

    /// <summary>fmtsort's <c>compare</c> of two values of static type <paramref name="type"/>.</summary>
    private int Compare(GoValue a, GoValue b, GoType type)
    {
        var under = type.Underlying;
        switch (under.Kind)
        {
            case GoKind.Int or GoKind.Int8 or GoKind.Int16 or GoKind.Int32 or GoKind.Int64:
                return a.AsInt64.CompareTo(b.AsInt64);
            case GoKind.Uint or GoKind.Uint8 or GoKind.Uint16 or GoKind.Uint32 or GoKind.Uint64 or GoKind.Uintptr:
                return a.AsUInt64.CompareTo(b.AsUInt64);
            case GoKind.String:
                return CompareStrings(a, b);
            case GoKind.Float32 or GoKind.Float64:
                return CompareFloats(a.AsFloat64, b.AsFloat64);
            case GoKind.Complex64 or GoKind.Complex128:
                var c = CompareFloats(a.Real, b.Real);
                return c != 0 ? c : CompareFloats(a.Imag, b.Imag);
            case GoKind.Bool:
                return a.AsBool == b.AsBool ? 0 : a.AsBool ? 1 : -1;
            case GoKind.Pointer or GoKind.UnsafePointer or GoKind.Chan:
                return GoAddresses.Of(a).CompareTo(GoAddresses.Of(b));
            case GoKind.Struct:
                var st = (GoStructType)under;
                var sa = (IGoStruct)a.Reference!;
                var sb = (IGoStruct)b.Reference!;
                for (var i = 0; i < st.Fields.Count; i++)
                {
                    var f = Compare(sa.Field(i), sb.Field(i), st.Fields[i].Type);
                    if (f != 0)
                    {
                        return f;
                    }
                }

                return 0;
            case GoKind.Array:
                var at = (GoArrayType)under;
                var qa = (IGoSequence)a.Reference!;
                var qb = (IGoSequence)b.Reference!;
                for (var i = 0; i < qa.Length; i++)
                {
                    var e = Compare(qa.Element(i), qb.Element(i), at.Elem);
                    if (e != 0)
                    {
                        return e;
                    }
                }

                return 0;
            case GoKind.Interface:
                if (a.IsNilInterface || b.IsNilInterface)
                {
                    return a.IsNilInterface ? (b.IsNilInterface ? 0 : -1) : 1;
                }

                var t = _types.Compare(a.Type!, b.Type!);
                return t != 0 ? t : Compare(a, b, a.Type!);
            default:
                throw new InvalidOperationException("bad type in compare: " + GoTypeStrings.Reflect(type));
        }
    }

    private int CompareFloats(double a, double b)
    {
        if (double.IsNaN(a) || double.IsNaN(b))
        {
            if (double.IsNaN(a) && double.IsNaN(b))
            {
                return _version.FmtSortNaNsEqual ? 0 : Unordered;
            }

            return double.IsNaN(a) ? -1 : 1;
        }

        return a < b ? -1 : a > b ? 1 : 0;
    }

    private static int CompareStrings(GoValue a, GoValue b)
    {
        if (a.TryGetStringBytes(out var x) && b.TryGetStringBytes(out var y))
        {
            return Math.Sign(x.SequenceCompareTo(y));
        }

        return Math.Sign(a.GetStringBytes().AsSpan().SequenceCompareTo(b.GetStringBytes()));
    }
}
