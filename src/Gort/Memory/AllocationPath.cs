namespace Gort.Memory;

/// <summary>The branch of <c>mallocgc</c> an allocation takes.</summary>
public enum AllocationPath
{
    /// <summary>Size 0: the address of <c>zerobase</c>, nothing counted.</summary>
    Zero,

    /// <summary>Pointer-free and smaller than 16 bytes: packed into a 16-byte tiny block.</summary>
    Tiny,

    /// <summary>Served from a size class (with the 1.22+ malloc header for pointerful objects over 512 bytes).</summary>
    Small,

    /// <summary>Above the small limit: whole pages in a span of its own.</summary>
    Large,
}
