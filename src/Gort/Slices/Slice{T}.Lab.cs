namespace Gort.Slices;

/// <summary>Read-only access for the lab's pictures of slices sharing a backing array.</summary>
public readonly partial struct Slice<T>
{
    /// <summary>The backing array (null for a nil slice); two slices alias iff these are the same object.</summary>
    internal T[]? BackingArray => _array;

    /// <summary>The index of element 0 in <see cref="BackingArray"/>.</summary>
    internal int Offset => _offset;
}
