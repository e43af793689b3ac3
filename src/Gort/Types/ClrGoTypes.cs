using System.Collections.Concurrent;
using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Gort.Types;

/// <summary>
/// Maps CLR types to the Go types they stand for, so <c>Slice&lt;T&gt;</c> and <c>Map&lt;K,V&gt;</c> know their
/// element layout as Go would lay it out on linux/amd64.
/// </summary>
/// <remarks>
/// The rules, first match wins:
/// <list type="bullet">
/// <item>a type with <see cref="GoTypeAttribute"/>: the declared Go type;</item>
/// <item>primitives: <c>bool</c>, <c>sbyte</c>→int8, <c>byte</c>→uint8, <c>short</c>→int16, <c>ushort</c> and
/// <c>char</c>→uint16, <c>int</c>→int32, <c>uint</c>→uint32, <c>long</c>→int64, <c>ulong</c>→uint64,
/// <c>nint</c>→int, <c>nuint</c>→uint, <c>float</c>→float32, <c>double</c>→float64, <c>Complex</c>→complex128,
/// <c>string</c>→string, <c>object</c>→any;</item>
/// <item>enums: their underlying integer type;</item>
/// <item>Gort's own generic types, matched by name: <c>Gort.Slices.Slice`1</c>→<c>[]T</c>,
/// <c>Gort.Maps.Map`2</c>→<c>map[K]V</c> (key comparability checked as Go does);</item>
/// <item>delegates → a func value (one pointer; not comparable, as the key hasher treats them);</item>
/// <item>CLR interfaces → a Go interface (two words), named after the CLR type;</item>
/// <item>any other reference type (classes, arrays) → a pointer;</item>
/// <item>an <see cref="InlineArrayAttribute"/> struct → <c>[N]T</c>;</item>
/// <item>other structs → a defined Go struct named after the CLR type, with its instance fields in declaration order
/// laid out by Go's rules (CLR <c>StructLayout</c> is ignored: only Go's layout matters). A struct may refer to itself
/// through a slice or map (<c>struct S { Slice&lt;S&gt; kids; }</c>), not directly.</item>
/// </list>
/// </remarks>
public static class ClrGoTypes
{
    private static readonly ConcurrentDictionary<Type, GoType> s_cache = new();

    /// <summary>The Go type for <paramref name="type"/>.</summary>
    /// <exception cref="ArgumentException">
    /// The type cannot be mapped (pointers, by-ref types, open generics, a struct containing itself, an invalid
    /// <see cref="GoTypeAttribute"/> expression, a map with a non-comparable key).
    /// </exception>
    public static GoType Map(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return s_cache.TryGetValue(type, out var cached) ? cached : s_cache.GetOrAdd(type, Create(type, [], indirect: false));
    }

    /// <param name="type">The CLR type.</param>
    /// <param name="building">Structs being mapped, with their not-yet-complete Go types.</param>
    /// <param name="indirect">Whether the type is reached through an indirection (slice or map element), where a
    /// struct being mapped may appear again.</param>
    private static GoType Create(Type type, Dictionary<Type, GoNamedType> building, bool indirect)
    {
        if (type.GetCustomAttribute<GoTypeAttribute>(inherit: false) is { } attribute)
        {
            return Declared(type, attribute);
        }

        if (type.IsEnum)
        {
            return Create(Enum.GetUnderlyingType(type), building, indirect);
        }

        if (Primitive(type) is { } primitive)
        {
            return primitive;
        }

        if (type.IsPointer || type.IsByRef || type.IsByRefLike || type.ContainsGenericParameters)
        {
            throw new ArgumentException($"cannot map {type} to a Go type", nameof(type));
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition().FullName is "Gort.Slices.Slice`1" or "Gort.Maps.Map`2" && type.GetGenericArguments() is var args)
        {
            return args.Length == 1
                ? new GoSliceType(Create(args[0], building, indirect: true))
                : MapType(type, Create(args[0], building, indirect: true), Create(args[1], building, indirect: true));
        }

        if (typeof(Delegate).IsAssignableFrom(type))
        {
            return new GoFuncType([], []);
        }

        if (type.IsInterface)
        {
            return new GoInterfaceType(type.Name, isEmpty: false);
        }

        if (!type.IsValueType)
        {
            return new GoPointerType(new GoNamedType(type.Name, GoStructType.Empty));
        }

        if (s_cache.TryGetValue(type, out var cached))
        {
            return cached;
        }

        if (building.TryGetValue(type, out var pending))
        {
            return indirect
                ? pending
                : throw new ArgumentException($"cannot map {type} to a Go type: invalid recursive type {pending.Name}", nameof(type));
        }

        var fields = type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).OrderBy(f => f.MetadataToken).ToList();
        if (type.GetCustomAttribute<InlineArrayAttribute>() is { } inline && fields.Count == 1)
        {
            return new GoArrayType(Create(fields[0].FieldType, building, indirect), inline.Length);
        }

        var named = new GoNamedType(type.Name);
        building.Add(type, named);
        var layout = GoStructType.Create([.. fields.Select(f => (GoName(f.Name), Create(f.FieldType, building, indirect: false), false))]);
        building.Remove(type);
        named.Complete(layout);
        return named;
    }

    private static GoType Declared(Type type, GoTypeAttribute attribute)
    {
        try
        {
            return GoTypeParser.Parse(attribute.Expression ?? "");
        }
        catch (GoTypeParseException e)
        {
            throw new ArgumentException($"[GoType(\"{attribute.Expression}\")] on {type}: {e.Message} (column {e.Column})", nameof(type), e);
        }
    }

    private static GoMapType MapType(Type type, GoType key, GoType value)
    {
        if (!key.IsComparable)
        {
            throw new ArgumentException($"cannot map {type} to a Go type: invalid map key type {key}", nameof(type));
        }

        return new GoMapType(key, value, checkKey: false);
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
