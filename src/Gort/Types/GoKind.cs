namespace Gort.Types;

/// <summary>The kind of a Go type, as <c>reflect.Kind</c> names them.</summary>
public enum GoKind
{
    /// <summary><c>bool</c>.</summary>
    Bool,
    /// <summary><c>int</c> (64-bit).</summary>
    Int,
    /// <summary><c>int8</c>.</summary>
    Int8,
    /// <summary><c>int16</c>.</summary>
    Int16,
    /// <summary><c>int32</c> (and <c>rune</c>).</summary>
    Int32,
    /// <summary><c>int64</c>.</summary>
    Int64,
    /// <summary><c>uint</c> (64-bit).</summary>
    Uint,
    /// <summary><c>uint8</c> (and <c>byte</c>).</summary>
    Uint8,
    /// <summary><c>uint16</c>.</summary>
    Uint16,
    /// <summary><c>uint32</c>.</summary>
    Uint32,
    /// <summary><c>uint64</c>.</summary>
    Uint64,
    /// <summary><c>uintptr</c>.</summary>
    Uintptr,
    /// <summary><c>float32</c>.</summary>
    Float32,
    /// <summary><c>float64</c>.</summary>
    Float64,
    /// <summary><c>complex64</c>.</summary>
    Complex64,
    /// <summary><c>complex128</c>.</summary>
    Complex128,
    /// <summary><c>string</c>.</summary>
    String,
    /// <summary><c>unsafe.Pointer</c>.</summary>
    UnsafePointer,
    /// <summary><c>*T</c>.</summary>
    Pointer,
    /// <summary><c>[]T</c>.</summary>
    Slice,
    /// <summary><c>[N]T</c>.</summary>
    Array,
    /// <summary><c>map[K]V</c>.</summary>
    Map,
    /// <summary><c>chan T</c>.</summary>
    Chan,
    /// <summary><c>func(...)</c>.</summary>
    Func,
    /// <summary><c>interface{...}</c>, <c>any</c>, <c>error</c>.</summary>
    Interface,
    /// <summary><c>struct{...}</c>.</summary>
    Struct,
}
