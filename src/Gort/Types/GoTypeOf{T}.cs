namespace Gort.Types;

/// <summary>The Go type of <typeparamref name="T"/>, computed once per instantiation.</summary>
/// <typeparam name="T">A CLR type (see <see cref="ClrGoTypes"/> for the mapping).</typeparam>
public static class GoTypeOf<T>
{
    /// <summary>The mapped Go type.</summary>
    public static GoType Type { get; } = ClrGoTypes.Map(typeof(T));

    /// <summary><c>unsafe.Sizeof</c> of the Go type.</summary>
    public static long Size { get; } = Type.Size;

    /// <summary>Whether the Go type contains pointers.</summary>
    public static bool HasPointers { get; } = Type.HasPointers;
}
