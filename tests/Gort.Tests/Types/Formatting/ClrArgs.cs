using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Gort.Maps;
using Gort.Slices;
using Gort.Types;

namespace Gort.Tests.Types.Formatting;

/// <summary>
/// Builds the CLR value a library user would write for a corpus argument, where CLR types can express it: predeclared
/// types (<c>int</c> is <see cref="nint"/>, <c>int32</c> is <see cref="int"/>, ...), <see cref="Slice{T}"/> for unnamed
/// slices, <see cref="Map{TKey,TValue}"/> for unnamed maps, <see cref="object"/> for <c>any</c>.
/// </summary>
public static class ClrArgs
{
    public static bool TryBuild(FmtCorpus corpus, JsonElement node, out object? value)
    {
        value = null;
        if (!node.TryGetProperty("t", out var tid))
        {
            return true; // nil interface
        }

        var type = corpus.Type(tid.GetInt32());
        return ClrType(type) is not null && TryBuild(corpus, type, node, out value);
    }

    /// <summary>The CLR type for a Go type, or null when the library has none.</summary>
    public static Type? ClrType(GoType type)
    {
        switch (type)
        {
            case GoBasicType b:
                return b.Kind switch
                {
                    GoKind.Bool => typeof(bool),
                    GoKind.Int => typeof(nint),
                    GoKind.Int8 => typeof(sbyte),
                    GoKind.Int16 => typeof(short),
                    GoKind.Int32 => typeof(int),
                    GoKind.Int64 => typeof(long),
                    GoKind.Uint => typeof(nuint),
                    GoKind.Uint8 => typeof(byte),
                    GoKind.Uint16 => typeof(ushort),
                    GoKind.Uint32 => typeof(uint),
                    GoKind.Uint64 => typeof(ulong),
                    GoKind.Float32 => typeof(float),
                    GoKind.Float64 => typeof(double),
                    GoKind.Complex128 => typeof(Complex),
                    GoKind.String => typeof(string),
                    _ => null,
                };
            case GoInterfaceType { IsEmpty: true }:
                return typeof(object);
            case GoSliceType s:
                return ClrType(s.Elem) is { } e ? typeof(Slice<>).MakeGenericType(e) : null;
            case GoMapType m:
                return ClrType(m.Key) is { } k && ClrType(m.Elem) is { } v ? typeof(Map<,>).MakeGenericType(k, v) : null;
            default:
                return null;
        }
    }

    private static bool TryBuild(FmtCorpus corpus, GoType type, JsonElement node, out object? value)
    {
        value = null;
        var clr = ClrType(type)!;
        var isNil = node.TryGetProperty("nil", out _);
        switch (type)
        {
            case GoBasicType { Kind: GoKind.String }:
                var bytes = FmtCorpus.Bytes(node.GetProperty("v"));
                if (!Gort.Types.Formatting.Internal.GoUtf8.Valid(bytes))
                {
                    return false; // a .NET string cannot hold invalid UTF-8
                }

                value = Encoding.UTF8.GetString(bytes);
                return true;
            case GoBasicType { Kind: GoKind.Float32 }:
                value = BitConverter.UInt32BitsToSingle(uint.Parse(node.GetProperty("v").GetString()!.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                return true;
            case GoBasicType { Kind: GoKind.Float64 }:
                value = BitConverter.UInt64BitsToDouble(ulong.Parse(node.GetProperty("v").GetString()!.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                return true;
            case GoBasicType { Kind: GoKind.Complex128 }:
                value = new Complex(
                    BitConverter.UInt64BitsToDouble(ulong.Parse(node.GetProperty("re").GetString()!.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)),
                    BitConverter.UInt64BitsToDouble(ulong.Parse(node.GetProperty("im").GetString()!.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                return true;
            case GoBasicType { Kind: GoKind.Bool }:
                value = node.GetProperty("v").GetBoolean();
                return true;
            case GoBasicType b:
                var text = node.GetProperty("v").GetString()!;
                value = b.Kind switch
                {
                    GoKind.Int => (object)(nint)long.Parse(text, CultureInfo.InvariantCulture),
                    GoKind.Int8 => sbyte.Parse(text, CultureInfo.InvariantCulture),
                    GoKind.Int16 => short.Parse(text, CultureInfo.InvariantCulture),
                    GoKind.Int32 => int.Parse(text, CultureInfo.InvariantCulture),
                    GoKind.Int64 => long.Parse(text, CultureInfo.InvariantCulture),
                    GoKind.Uint => (nuint)ulong.Parse(text, CultureInfo.InvariantCulture),
                    GoKind.Uint8 => byte.Parse(text, CultureInfo.InvariantCulture),
                    GoKind.Uint16 => ushort.Parse(text, CultureInfo.InvariantCulture),
                    GoKind.Uint32 => uint.Parse(text, CultureInfo.InvariantCulture),
                    _ => ulong.Parse(text, CultureInfo.InvariantCulture),
                };
                return true;
            case GoSliceType s:
                if (isNil)
                {
                    value = Activator.CreateInstance(clr); // default: the nil slice
                    return true;
                }

                var elemClr = ClrType(s.Elem)!;
                var elems = node.GetProperty("elems").EnumerateArray().ToArray();
                var array = Array.CreateInstance(elemClr, elems.Length);
                for (var i = 0; i < elems.Length; i++)
                {
                    if (!TryBuildSlot(corpus, s.Elem, elems[i], out var e))
                    {
                        return false;
                    }

                    array.SetValue(e, i);
                }

                // Slice.Make(n) then copy: a non-nil slice even when empty.
                var make = typeof(Slice).GetMethod(nameof(Slice.Make), [typeof(int)])!.MakeGenericMethod(elemClr);
                value = make.Invoke(null, [elems.Length]);
                var span = clr.GetMethod(nameof(Slice<int>.AsSpan))!;
                var setItem = typeof(ClrArgs).GetMethod(nameof(Fill), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(elemClr);
                setItem.Invoke(null, [value, array]);
                return true;
            case GoMapType m:
                if (isNil)
                {
                    value = Activator.CreateInstance(clr);
                    return true;
                }

                var kClr = ClrType(m.Key)!;
                var vClr = ClrType(m.Elem)!;
                var map = typeof(Map).GetMethod(nameof(Map.Make), Type.EmptyTypes)!.MakeGenericMethod(kClr, vClr).Invoke(null, null)!;
                var indexer = clr.GetProperty("Item")!;
                foreach (var entry in node.GetProperty("entries").EnumerateArray())
                {
                    if (!TryBuildSlot(corpus, m.Key, entry[0], out var k) || !TryBuildSlot(corpus, m.Elem, entry[1], out var v))
                    {
                        return false;
                    }

                    indexer.SetValue(map, v, [k]);
                }

                value = map;
                return true;
            default:
                return false;
        }
    }

    private static bool TryBuildSlot(FmtCorpus corpus, GoType slot, JsonElement node, out object? value)
    {
        if (slot is GoInterfaceType)
        {
            return TryBuild(corpus, node, out value); // dynamic value
        }

        return TryBuild(corpus, slot, node, out value);
    }

    private static void Fill<T>(Slice<T> slice, Array items)
    {
        for (var i = 0; i < items.Length; i++)
        {
            slice[i] = (T)items.GetValue(i)!;
        }
    }
}
