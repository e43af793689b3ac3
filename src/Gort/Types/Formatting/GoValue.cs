using System.Runtime.CompilerServices;
using System.Text;

namespace Gort.Types.Formatting;

/// <summary>
/// A Go value as the formatter reads it: its Go type plus its content, whatever the CLR representation behind it.
/// </summary>
/// <remarks>
/// <para>
/// Scalars are held inline: integers of every kind in 64 bits (wrapped to the type's width and sign-extended or
/// zero-extended as the kind says), floats as the <see cref="double"/> they convert to exactly (a <c>float32</c> value
/// is first rounded to <see cref="float"/>), complex numbers as two doubles, booleans as 0/1. A Go string is bytes:
/// a <see cref="byte"/> array with an offset and a length, or a .NET string holding one byte per char (chars 0–255,
/// the interpreter's likely representation); <see cref="StringUtf16"/> converts a UTF-16 text to UTF-8 bytes once.
/// </para>
/// <para>
/// Composite and reference kinds carry an object in <see cref="Reference"/> that the formatter reads through a small
/// interface: <see cref="IGoSequence"/> for arrays and slices, <see cref="IGoStruct"/> for structs,
/// <see cref="IGoMap"/> for maps, <see cref="IGoPointer"/> for pointers. A null reference is Go's nil for slices,
/// maps, pointers, channels, funcs and <c>unsafe.Pointer</c>. An address for <c>%p</c>, <c>%v</c> of nested pointers and
/// the order of pointer and channel map keys comes from <see cref="Composite(GoType, object?, ulong)"/>'s
/// <c>address</c>, else from an <see cref="IGoAddressable"/> reference, else Gort makes up a stable one per object.
/// </para>
/// <para>
/// Interface types never appear as a value's <see cref="Type"/>: a slot whose static type is an interface (an element
/// of <c>[]any</c>, a field of type <c>error</c>, an argument of <c>Println</c>) holds its dynamic value, and a nil
/// interface is <see cref="Nil"/> (<see cref="Type"/> null). The formatter knows the slot's static type from the
/// container's type where Go prints it (<c>%#v</c>: <c>interface {}(nil)</c>).
/// </para>
/// <para>
/// For scalar kinds <see cref="Reference"/> is not read by the formatter and may carry anything the host wants back
/// when a method is called on the value (see <see cref="GoFormatHost"/>).
/// </para>
/// </remarks>
public readonly struct GoValue
{
    private const long Latin1String = -1;

    private readonly GoType? _type;
    private readonly object? _ref;
    private readonly long _bits;
    private readonly long _bits2;

    private GoValue(GoType? type, long bits, long bits2, object? reference)
    {
        _type = type;
        _bits = bits;
        _bits2 = bits2;
        _ref = reference;
    }

    /// <summary>The nil interface value (<c>fmt.Println(nil)</c> prints <c>&lt;nil&gt;</c>).</summary>
    public static GoValue Nil => default;

    /// <summary>The value's Go type; null for the nil interface.</summary>
    public GoType? Type => _type;

    /// <summary>Whether this is the nil interface value.</summary>
    public bool IsNilInterface => _type is null;

    /// <summary>The object behind a composite or reference value (null: nil), or the host's tag on a scalar.</summary>
    public object? Reference => _ref;

    /// <summary>A boolean's value.</summary>
    public bool AsBool => _bits != 0;

    /// <summary>A signed integer's value (sign-extended from the type's width).</summary>
    public long AsInt64 => _bits;

    /// <summary>An unsigned integer's value (zero-extended from the type's width).</summary>
    public ulong AsUInt64 => (ulong)_bits;

    /// <summary>A float's value (a <c>float32</c> value is exactly representable as this double).</summary>
    public double AsFloat64 => BitConverter.Int64BitsToDouble(_bits);

    /// <summary>The real part of a complex value.</summary>
    public double Real => BitConverter.Int64BitsToDouble(_bits);

    /// <summary>The imaginary part of a complex value.</summary>
    public double Imag => BitConverter.Int64BitsToDouble(_bits2);

    /// <summary>The explicit address given to <see cref="Composite(GoType, object?, ulong)"/> (0: none).</summary>
    public ulong ExplicitAddress => IsScalarKind ? 0 : (ulong)_bits;

    /// <summary>The number of bytes of a string value.</summary>
    public int StringLength => _ref switch
    {
        null => 0,
        string s => s.Length,
        _ => (int)_bits2,
    };

    private bool IsScalarKind => _type is not null && _type.Underlying.Kind is not (GoKind.Slice or GoKind.Array or GoKind.Struct
        or GoKind.Map or GoKind.Pointer or GoKind.Chan or GoKind.Func or GoKind.UnsafePointer);

    /// <summary>A <c>bool</c>-kind value.</summary>
    public static GoValue Bool(GoType type, bool value, object? tag = null) => new(Check(type, GoKind.Bool), value ? 1 : 0, 0, tag);

    /// <summary>An integer of any kind, wrapped to the type's width as a Go conversion would.</summary>
    /// <exception cref="ArgumentException">The type is not an integer type.</exception>
    public static GoValue Int(GoType type, long value, object? tag = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        var kind = type.Underlying.Kind;
        var bits = kind switch
        {
            GoKind.Int8 => (sbyte)value,
            GoKind.Int16 => (short)value,
            GoKind.Int32 => (int)value,
            GoKind.Int or GoKind.Int64 or GoKind.Uint or GoKind.Uint64 or GoKind.Uintptr => value,
            GoKind.Uint8 => (byte)value,
            GoKind.Uint16 => (ushort)value,
            GoKind.Uint32 => (uint)value,
            _ => throw new ArgumentException($"{type} is not an integer type", nameof(type)),
        };
        return new GoValue(type, bits, 0, tag);
    }

    /// <summary>An unsigned integer (or any integer given by its bits), wrapped to the type's width.</summary>
    public static GoValue Uint(GoType type, ulong value, object? tag = null) => Int(type, (long)value, tag);

    /// <summary>A <c>float32</c> or <c>float64</c> value; for <c>float32</c> the value is rounded to single precision.</summary>
    public static GoValue Float(GoType type, double value, object? tag = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        var kind = type.Underlying.Kind;
        if (kind == GoKind.Float32)
        {
            value = (float)value;
        }
        else if (kind != GoKind.Float64)
        {
            throw new ArgumentException($"{type} is not a float type", nameof(type));
        }

        return new GoValue(type, BitConverter.DoubleToInt64Bits(value), 0, tag);
    }

    /// <summary>A <c>complex64</c> or <c>complex128</c> value (parts rounded to single precision for <c>complex64</c>).</summary>
    public static GoValue Complex(GoType type, double real, double imag, object? tag = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        var kind = type.Underlying.Kind;
        if (kind == GoKind.Complex64)
        {
            real = (float)real;
            imag = (float)imag;
        }
        else if (kind != GoKind.Complex128)
        {
            throw new ArgumentException($"{type} is not a complex type", nameof(type));
        }

        return new GoValue(type, BitConverter.DoubleToInt64Bits(real), BitConverter.DoubleToInt64Bits(imag), tag);
    }

    /// <summary>A string of the bytes <paramref name="bytes"/>[<paramref name="offset"/>..+<paramref name="length"/>) (not copied).</summary>
    public static GoValue String(GoType type, byte[] bytes, int offset, int length)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if ((ulong)(uint)offset + (uint)length > (uint)bytes.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(length), "the string lies outside the array");
        }

        return new GoValue(Check(type, GoKind.String), offset, length, bytes);
    }

    /// <summary>A string of all of <paramref name="bytes"/> (not copied).</summary>
    public static GoValue String(GoType type, byte[] bytes) => String(type, bytes, 0, bytes?.Length ?? 0);

    /// <summary>A string from a UTF-16 text, converted to its UTF-8 bytes (a null text is Go's empty string).</summary>
    public static GoValue StringUtf16(GoType type, string? text) =>
        string.IsNullOrEmpty(text) ? new GoValue(Check(type, GoKind.String), 0, 0, null) : String(type, Encoding.UTF8.GetBytes(text));

    /// <summary>A string whose bytes are the chars of <paramref name="bytesAsChars"/> (each 0–255; not copied).</summary>
    public static GoValue StringLatin1(GoType type, string bytesAsChars)
    {
        ArgumentNullException.ThrowIfNull(bytesAsChars);
        return new GoValue(Check(type, GoKind.String), Latin1String, 0, bytesAsChars);
    }

    /// <summary>
    /// A value of a composite or reference kind: array, slice, struct, map, pointer, chan, func or <c>unsafe.Pointer</c>.
    /// </summary>
    /// <param name="type">The Go type.</param>
    /// <param name="reference">The storage (null: nil), read through the interface its kind needs.</param>
    /// <param name="address">The address Go would print (0: ask the reference, or make one up).</param>
    public static GoValue Composite(GoType type, object? reference, ulong address = 0)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.Underlying.Kind is not (GoKind.Slice or GoKind.Array or GoKind.Struct or GoKind.Map or GoKind.Pointer
            or GoKind.Chan or GoKind.Func or GoKind.UnsafePointer))
        {
            throw new ArgumentException($"{type} is not a composite or reference type", nameof(type));
        }

        return new GoValue(type, (long)address, 0, reference);
    }

    /// <summary>Copies a string value's bytes into <paramref name="destination"/> (at least <see cref="StringLength"/> long).</summary>
    public void CopyStringTo(Span<byte> destination)
    {
        switch (_ref)
        {
            case null:
                return;
            case string s:
                for (var i = 0; i < s.Length; i++)
                {
                    destination[i] = (byte)s[i];
                }

                return;
            case byte[] bytes:
                bytes.AsSpan((int)_bits, (int)_bits2).CopyTo(destination);
                return;
        }
    }

    /// <summary>The bytes of a string value held in a byte array, without copying; false for a Latin-1 string.</summary>
    public bool TryGetStringBytes(out ReadOnlySpan<byte> bytes)
    {
        switch (_ref)
        {
            case null:
                bytes = default;
                return true;
            case byte[] array:
                bytes = array.AsSpan((int)_bits, (int)_bits2);
                return true;
            default:
                bytes = default;
                return false;
        }
    }

    /// <summary>A string value's bytes as a new array.</summary>
    public byte[] GetStringBytes()
    {
        var bytes = new byte[StringLength];
        CopyStringTo(bytes);
        return bytes;
    }

    /// <inheritdoc/>
    public override string ToString() => GoFmt.FormatValue(this);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static GoType Check(GoType type, GoKind kind)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.Underlying.Kind != kind)
        {
            ThrowKind(type, kind);
        }

        return type;
    }

    private static void ThrowKind(GoType type, GoKind kind) =>
        throw new ArgumentException($"{type} is not of kind {kind}", nameof(type));
}
