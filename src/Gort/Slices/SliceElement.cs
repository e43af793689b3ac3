using Gort.Types;

namespace Gort.Slices;

/// <summary>The Go layout facts of <typeparamref name="T"/> that slice growth and accounting need, read once.</summary>
internal static class SliceElement<T>
{
    public static readonly long Size = GoTypeOf<T>.Size;

    public static readonly bool HasPointers = GoTypeOf<T>.HasPointers;

    public static readonly string TypeName = GoTypeOf<T>.Type.ToString();
}
