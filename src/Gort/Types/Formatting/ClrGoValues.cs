using System.Collections.Concurrent;
using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;
using Gort.Types.Formatting.Internal;

namespace Gort.Types.Formatting;

/// <summary>
/// The Go values CLR values stand for, as the formatter sees them: the library's front door to <see cref="GoFormatter"/>.
/// </summary>
/// <remarks>
/// <para>Types follow <see cref="ClrGoTypes"/> (<c>long</c> is <c>int64</c>, <c>char</c> is <c>uint16</c>,
/// <c>object</c> is <c>any</c>, a struct is a defined struct type named after it with its instance fields in
/// declaration order) with three differences that make the content printable: a CLR array is the Go slice of its
/// elements (<c>long[]</c> prints as <c>[1 2]</c>); a class instance is a pointer to a struct of its fields (so
/// <c>%v</c> shows <c>&amp;{...}</c> at top level and an address below, as Go does for pointers); and a type with
/// <see cref="GoTypeAttribute"/> is read through its CLR fields, since its declared Go layout has no CLR values.</para>
/// <para>A null string is Go's empty string, a null array or <c>Slice</c> a nil slice, a null class reference a nil
/// pointer, a null <c>object</c> (or <c>T?</c>, which is shown as an <c>any</c> holding its value) the nil interface.
/// Objects implementing <see cref="IGoValue"/> (<c>Slice&lt;T&gt;</c>,
/// <c>Map&lt;K,V&gt;</c>) describe themselves.</para>
/// </remarks>
public static class ClrGoValues
{
    private static readonly ConcurrentDictionary<Type, GoType> s_types = new();
    private static readonly ConcurrentDictionary<Type, FieldInfo[]> s_fields = new();

    /// <summary>The Go type the formatter gives values of CLR type <paramref name="type"/>.</summary>
    /// <exception cref="ArgumentException">The type cannot be mapped (pointers, by-ref types, open generics).</exception>
    public static GoType TypeOf(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return s_types.TryGetValue(type, out var t) ? t : s_types.GetOrAdd(type, Create(type, []));
    }

    /// <summary>
    /// The Go value of <paramref name="value"/> with static type <typeparamref name="T"/> (for <c>object</c> and CLR
    /// interfaces: the dynamic value, or <see cref="GoValue.Nil"/>).
    /// </summary>
    public static GoValue From<T>(T value)
    {
        // Primitives without boxing: the JIT keeps only the matching branch for each value-type instantiation.
        if (typeof(T) == typeof(long))
        {
            return GoValue.Int(GoBasicType.Int64, Unsafe.As<T, long>(ref value));
        }

        if (typeof(T) == typeof(int))
        {
            return GoValue.Int(GoBasicType.Int32, Unsafe.As<T, int>(ref value));
        }

        if (typeof(T) == typeof(double))
        {
            return GoValue.Float(GoBasicType.Float64, Unsafe.As<T, double>(ref value));
        }

        if (typeof(T) == typeof(bool))
        {
            return GoValue.Bool(GoBasicType.Bool, Unsafe.As<T, bool>(ref value));
        }

        if (typeof(T) == typeof(byte))
        {
            return GoValue.Int(GoBasicType.Uint8, Unsafe.As<T, byte>(ref value));
        }

        if (typeof(T) == typeof(string))
        {
            return GoValue.StringUtf16(GoBasicType.String, Unsafe.As<T, string?>(ref value));
        }

        if (typeof(T).IsValueType)
        {
            return Read(typeof(T), value);
        }

        var staticType = TypeOf(typeof(T));
        if (staticType.Kind == GoKind.Interface)
        {
            return FromObject(value);
        }

        return Read(typeof(T), value);
    }

    /// <summary>The Go value of <paramref name="value"/> as an interface (<c>any</c>) holds it: its dynamic value.</summary>
    public static GoValue FromObject(object? value) => value is null ? GoValue.Nil : Read(value.GetType(), value);

    /// <summary>The value of CLR type <paramref name="type"/> (never an interface type: slots unwrap them).</summary>
    private static GoValue Read(Type type, object? value)
    {
        if (value is IGoValue self)
        {
            return self.ToGoValue();
        }

        var goType = TypeOf(type);
        switch (goType.Underlying.Kind)
        {
            case GoKind.Interface:
                return FromObject(value);
            case GoKind.Bool:
                return GoValue.Bool(goType, (bool)value!);
            case GoKind.Int or GoKind.Int8 or GoKind.Int16 or GoKind.Int32 or GoKind.Int64
                or GoKind.Uint or GoKind.Uint8 or GoKind.Uint16 or GoKind.Uint32 or GoKind.Uint64 or GoKind.Uintptr:
                return GoValue.Int(goType, IntegerBits(type.IsEnum ? Convert.ChangeType(value!, Enum.GetUnderlyingType(type), System.Globalization.CultureInfo.InvariantCulture) : value!));
            case GoKind.Float32:
                return GoValue.Float(goType, (float)value!);
            case GoKind.Float64:
                return GoValue.Float(goType, (double)value!);
            case GoKind.Complex128:
                var c128 = (Complex)value!;
                return GoValue.Complex(goType, c128.Real, c128.Imaginary);
            case GoKind.String:
                return GoValue.StringUtf16(goType, (string?)value);
            case GoKind.Slice when type.IsArray:
                return GoValue.Composite(goType, value is null ? null : new ArrayView((Array)value, type.GetElementType()!));
            case GoKind.Struct:
                return GoValue.Composite(goType, new StructView(value ?? RuntimeHelpers.GetUninitializedObject(type), Fields(type)));
            case GoKind.Pointer:
                return GoValue.Composite(goType, value is null ? null : new ClassPointer(value, Fields(type)));
            default:
                // Funcs (delegates) and anything else without readable content: an address, or nil.
                return GoValue.Composite(goType, value);
        }
    }

    // The two's-complement bits of a boxed CLR integer; GoValue.Int wraps them to the Go type's width and sign.
    private static long IntegerBits(object value) => value switch
    {
        sbyte v => v,
        short v => v,
        int v => v,
        long v => v,
        nint v => v,
        byte v => v,
        ushort v => v,
        char v => v,
        uint v => v,
        ulong v => (long)v,
        nuint v => (long)v,
        _ => throw new ArgumentException($"{value.GetType()} is not an integer type", nameof(value)),
    };

    private static FieldInfo[] Fields(Type type) =>
        s_fields.GetOrAdd(type, static t => [.. t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).OrderBy(f => f.MetadataToken)]);

    private static GoType Create(Type type, Dictionary<Type, GoNamedType> building)
    {
        if (type.IsEnum)
        {
            return TypeOf(Enum.GetUnderlyingType(type));
        }

        if (type.IsArray)
        {
            return new GoSliceType(Element(type.GetElementType()!, building));
        }

        if (Nullable.GetUnderlyingType(type) is not null)
        {
            // Go has no nullable value type: T? prints as an interface holding the value, or <nil>.
            return GoInterfaceType.Any;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition().FullName is "Gort.Slices.Slice`1" or "Gort.Maps.Map`2")
        {
            var args = type.GetGenericArguments();
            return args.Length == 1
                ? new GoSliceType(Element(args[0], building))
                : new GoMapType(Element(args[0], building), Element(args[1], building), checkKey: false);
        }

        if (type.IsPrimitive || type == typeof(string) || type == typeof(object) || type == typeof(Complex))
        {
            return ClrGoTypes.Map(type);
        }

        if (typeof(Delegate).IsAssignableFrom(type))
        {
            return new GoFuncType([], []);
        }

        if (type.IsInterface)
        {
            return new GoInterfaceType(type.Name, isEmpty: false);
        }

        if (building.TryGetValue(type, out var pending))
        {
            return type.IsValueType ? pending : new GoPointerType(pending);
        }

        var named = new GoNamedType(type.Name);
        building.Add(type, named);
        var fields = Fields(type).Select(f => (GoName(f.Name), Element(f.FieldType, building), false));
        named.Complete(GoStructType.Create(fields));
        building.Remove(type);
        return type.IsValueType ? named : new GoPointerType(named);
    }

    private static GoType Element(Type type, Dictionary<Type, GoNamedType> building) =>
        s_types.TryGetValue(type, out var t) ? t : Create(type, building);

    private static string GoName(string clrName) =>
        clrName.StartsWith('<') && clrName.IndexOf('>', StringComparison.Ordinal) is var end and > 1 ? clrName[1..end] : clrName;

    private sealed class ArrayView(Array array, Type elementType) : IGoSequence, IGoAddressable
    {
        public int Length => array.Length;

        public ulong Address => GoAddresses.OfObject(array);

        public GoValue Element(int index) => Slot(elementType, array.GetValue(index));
    }

    private sealed class StructView(object boxed, FieldInfo[] fields) : IGoStruct
    {
        public GoValue Field(int index) => Slot(fields[index].FieldType, fields[index].GetValue(boxed));
    }

    private sealed class ClassPointer(object target, FieldInfo[] fields) : IGoPointer, IGoAddressable
    {
        public ulong Address => GoAddresses.OfObject(target);

        public GoValue Load() => GoValue.Composite(((GoPointerType)TypeOf(target.GetType())).Elem, new StructView(target, fields));
    }

    // A value read from a field or element of static CLR type `type`: an interface slot holds the dynamic value.
    private static GoValue Slot(Type type, object? value) =>
        TypeOf(type).Kind == GoKind.Interface ? FromObject(value) : Read(type, value);
}
