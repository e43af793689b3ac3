namespace Gort.Types;

/// <summary>A predeclared type: booleans, numbers, <c>string</c> and <c>unsafe.Pointer</c>.</summary>
public sealed class GoBasicType : GoType
{
    private readonly string _name;

    private GoBasicType(GoKind kind, string name, long size, int align, bool pointers)
        : base(size, align, pointers, true)
    {
        Kind = kind;
        _name = name;
    }

    /// <inheritdoc/>
    public override GoKind Kind { get; }

    /// <summary><c>bool</c>.</summary>
    public static GoBasicType Bool { get; } = new(GoKind.Bool, "bool", 1, 1, false);

    /// <summary><c>int</c>.</summary>
    public static GoBasicType Int { get; } = new(GoKind.Int, "int", 8, 8, false);

    /// <summary><c>int8</c>.</summary>
    public static GoBasicType Int8 { get; } = new(GoKind.Int8, "int8", 1, 1, false);

    /// <summary><c>int16</c>.</summary>
    public static GoBasicType Int16 { get; } = new(GoKind.Int16, "int16", 2, 2, false);

    /// <summary><c>int32</c>.</summary>
    public static GoBasicType Int32 { get; } = new(GoKind.Int32, "int32", 4, 4, false);

    /// <summary><c>int64</c>.</summary>
    public static GoBasicType Int64 { get; } = new(GoKind.Int64, "int64", 8, 8, false);

    /// <summary><c>uint</c>.</summary>
    public static GoBasicType Uint { get; } = new(GoKind.Uint, "uint", 8, 8, false);

    /// <summary><c>uint8</c>.</summary>
    public static GoBasicType Uint8 { get; } = new(GoKind.Uint8, "uint8", 1, 1, false);

    /// <summary><c>uint16</c>.</summary>
    public static GoBasicType Uint16 { get; } = new(GoKind.Uint16, "uint16", 2, 2, false);

    /// <summary><c>uint32</c>.</summary>
    public static GoBasicType Uint32 { get; } = new(GoKind.Uint32, "uint32", 4, 4, false);

    /// <summary><c>uint64</c>.</summary>
    public static GoBasicType Uint64 { get; } = new(GoKind.Uint64, "uint64", 8, 8, false);

    /// <summary><c>uintptr</c> (an integer: not a pointer to the GC).</summary>
    public static GoBasicType Uintptr { get; } = new(GoKind.Uintptr, "uintptr", 8, 8, false);

    /// <summary><c>float32</c>.</summary>
    public static GoBasicType Float32 { get; } = new(GoKind.Float32, "float32", 4, 4, false);

    /// <summary><c>float64</c>.</summary>
    public static GoBasicType Float64 { get; } = new(GoKind.Float64, "float64", 8, 8, false);

    /// <summary><c>complex64</c>.</summary>
    public static GoBasicType Complex64 { get; } = new(GoKind.Complex64, "complex64", 8, 4, false);

    /// <summary><c>complex128</c>.</summary>
    public static GoBasicType Complex128 { get; } = new(GoKind.Complex128, "complex128", 16, 8, false);

    /// <summary><c>string</c>: a pointer and a length.</summary>
    public static GoBasicType String { get; } = new(GoKind.String, "string", 16, 8, true);

    /// <summary><c>unsafe.Pointer</c>.</summary>
    public static GoBasicType UnsafePointer { get; } = new(GoKind.UnsafePointer, "unsafe.Pointer", 8, 8, true);

    /// <summary>Whether the type is a floating-point or complex type (keys that may be NaN or ±0).</summary>
    public bool IsFloat => Kind is GoKind.Float32 or GoKind.Float64 or GoKind.Complex64 or GoKind.Complex128;

    /// <inheritdoc/>
    public override string ToString() => _name;
}
