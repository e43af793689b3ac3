using System.Collections.Concurrent;
using System.Numerics;
using System.Reflection;

namespace Gort.Types;

/// <summary>
/// Maps CLR types to the Go types they stand for, so <c>Slice&lt;T&gt;</c> and <c>Map&lt;K,V&gt;</c> know their
/// element layout: <c>long</c> → <c>int64</c>, <c>int</c> → <c>int32</c>, <c>nint</c> → <c>int</c>, <c>string</c> →
/// <c>string</c>, any other reference type → a pointer, structs → a Go struct laid out from their instance fields.
/// </summary>
public static class ClrGoTypes
{
    private static readonly ConcurrentDictionary<Type, GoType> s_cache = new();

    /// <summary>The Go type for <paramref name="type"/>.</summary>
    /// <exception cref="ArgumentException">The type cannot be mapped (pointers, by-ref types, open generics).</exception>
    public static GoType Map(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return s_cache.TryGetValue(type, out var cached) ? cached : s_cache.GetOrAdd(type, Create(type, []));
    }

    private static GoType Create(Type type, HashSet<Type> visiting)
    {
        if (type.IsEnum)
        {
            return Create(Enum.GetUnderlyingType(type), visiting);
        }

        if (Primitive(type) is { } primitive)
        {
            return primitive;
        }

        if (type.IsPointer || type.IsByRef || type.ContainsGenericParameters)
        {
            throw new ArgumentException($"cannot map {type} to a Go type", nameof(type));
        }

        if (!type.IsValueType)
        {
            return new GoPointerType(new GoNamedType(type.Name, GoStructType.Empty));
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition().FullName == "Gort.Maps.Map`2")
        {
            var args = type.GetGenericArguments();
            return new GoMapType(Create(args[0], visiting), Create(args[1], visiting)); // a Go map is one pointer
        }

        if (s_cache.TryGetValue(type, out var cached))
        {
            return cached;
        }

        if (!visiting.Add(type))
        {
            throw new ArgumentException($"cannot map recursive struct {type} to a Go type", nameof(type));
        }

        var fields = type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .OrderBy(f => f.MetadataToken)
            .Select(f => (GoName(f.Name), Create(f.FieldType, visiting), false));
        var layout = GoStructType.Create([.. fields]);
        visiting.Remove(type);
        return new GoNamedType(type.Name, layout);
    }

    private static string GoName(string clrName) =>
        clrName.StartsWith('<') && clrName.IndexOf('>', StringComparison.Ordinal) is var end and > 1 ? clrName[1..end] : clrName;

    private static GoType? Primitive(Type type) => Type.GetTypeCode(type) switch
    {
        TypeCode.Boolean => GoBasicType.Bool,
        TypeCode.SByte => GoBasicType.Int8,
        TypeCode.Byte => GoBasicType.Uint8,
        TypeCode.Int16 => GoBasicType.Int16,
        TypeCode.UInt16 => GoBasicType.Uint16,
        TypeCode.Char => GoBasicType.Uint16,
        TypeCode.Int32 => GoBasicType.Int32,
        TypeCode.UInt32 => GoBasicType.Uint32,
        TypeCode.Int64 => GoBasicType.Int64,
        TypeCode.UInt64 => GoBasicType.Uint64,
        TypeCode.Single => GoBasicType.Float32,
        TypeCode.Double => GoBasicType.Float64,
        TypeCode.String => GoBasicType.String,
        _ when type == typeof(nint) => GoBasicType.Int,
        _ when type == typeof(nuint) => GoBasicType.Uint,
        _ when type == typeof(Complex) => GoBasicType.Complex128,
        _ when type == typeof(object) => GoInterfaceType.Any,
        _ => null,
    };
}
