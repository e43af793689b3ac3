namespace Gort.Types;

/// <summary><c>[N]T</c>.</summary>
public sealed class GoArrayType : GoType
{
    /// <summary>Creates <c>[<paramref name="length"/>]<paramref name="elem"/></c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The length is negative or the array is larger than the address space.</exception>
    public GoArrayType(GoType elem, long length)
        : base(CheckedSize(elem, length), elem.Align, length > 0 && elem.HasPointers, elem.IsComparable)
    {
        Elem = elem;
        Length = length;
    }

    /// <summary>The element type.</summary>
    public GoType Elem { get; }

    /// <summary>The number of elements.</summary>
    public long Length { get; }

    /// <inheritdoc/>
    public override GoKind Kind => GoKind.Array;

    /// <inheritdoc/>
    public override string ToString() => $"[{Length}]{Elem}";

    private static long CheckedSize(GoType elem, long length)
    {
        ArgumentNullException.ThrowIfNull(elem);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (!GoTypeLimits.ArrayFits(elem.Size, length))
        {
            throw new ArgumentOutOfRangeException(nameof(length), $"type [{length}]{elem} larger than address space");
        }

        return elem.Size * length;
    }
}
