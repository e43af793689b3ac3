namespace Gort.Slices;

/// <summary>The inspection API: where a slice's elements live, for pictures of slices sharing a backing array.</summary>
public readonly partial struct Slice<T>
{
    /// <summary>
    /// The backing array (null for a nil slice), as <see cref="ArraySegment{T}.Array"/>: two slices alias iff these are
    /// the same object. Writing through it is writing through the slice.
    /// </summary>
#pragma warning disable CA1819 // The array's identity is the point: it is what Go slices share.
    public T[]? BackingArray => _array;
#pragma warning restore CA1819

    /// <summary>The index of element 0 in <see cref="BackingArray"/> (0 for a nil slice).</summary>
    public int Offset => _offset;
}
