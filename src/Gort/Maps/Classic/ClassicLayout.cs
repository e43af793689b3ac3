using Gort.Types;

namespace Gort.Maps.Classic;

/// <summary>
/// The compiler's <c>bmap</c> for one map type (<c>reflectdata.MapBucketType</c>): 8 tophash bytes, 8 keys, 8 elems
/// and an overflow word. Keys or elems larger than 128 bytes are stored as pointers to separately allocated objects.
/// </summary>
/// <remarks>Part of the public inspection API: the classic engine allocates by it, and the lab's footprint model reads it.</remarks>
public sealed class ClassicLayout
{
    /// <summary>Slots per bucket (<c>bucketCnt</c>).</summary>
    public const int BucketCount = 8;

    /// <summary>Keys and elems above this size are stored indirectly (<c>maxKeySize</c>/<c>maxElemSize</c>).</summary>
    public const int MaxInlineSize = 128;

    /// <summary>
    /// <c>runtime.mapextra</c>: three pointers (<c>overflow</c>, <c>oldoverflow</c>, <c>nextOverflow</c>), allocated
    /// when a map whose buckets hold no pointers gets its first overflow bucket or preallocates them.
    /// </summary>
    public const int MapExtraSize = 24;

    /// <summary>
    /// <c>advanceEvacuationMark</c> moves <c>nevacuate</c> past at most this many evacuated old buckets per call
    /// (<c>stop := h.nevacuate + 1024</c>).
    /// </summary>
    public const int EvacuationMarkStride = 1024;

    private string? _bucketTypeName;

    /// <summary>The layout of <paramref name="type"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is null.</exception>
    public ClassicLayout(GoMapType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        Type = type;
        KeySize = type.Key.Size;
        ElemSize = type.Elem.Size;
        IndirectKey = KeySize > MaxInlineSize;
        IndirectElem = ElemSize > MaxInlineSize;
        KeyPointers = type.Key.HasPointers;
        ElemPointers = type.Elem.HasPointers;
        var slotKey = IndirectKey ? 8 : KeySize;
        var slotElem = IndirectElem ? 8 : ElemSize;
        BucketSize = 8 + (BucketCount * slotKey) + (BucketCount * slotElem) + 8;
        BucketPointers = IndirectKey || IndirectElem || KeyPointers || ElemPointers;
    }

    /// <summary>The Go map type.</summary>
    public GoMapType Type { get; }

    /// <summary>The key type's size in bytes.</summary>
    public long KeySize { get; }

    /// <summary>The element type's size in bytes.</summary>
    public long ElemSize { get; }

    /// <summary>Whether a bucket slot holds a pointer to the key (key larger than 128 bytes).</summary>
    public bool IndirectKey { get; }

    /// <summary>Whether a bucket slot holds a pointer to the elem (elem larger than 128 bytes).</summary>
    public bool IndirectElem { get; }

    /// <summary>Whether the key type contains pointers.</summary>
    public bool KeyPointers { get; }

    /// <summary>Whether the element type contains pointers.</summary>
    public bool ElemPointers { get; }

    /// <summary><c>t.BucketSize</c>: 8 + 8·K' + 8·V' + 8, never padded.</summary>
    public long BucketSize { get; }

    /// <summary>Whether the bucket type has pointers (otherwise overflow buckets are kept alive by <c>extra.overflow</c>).</summary>
    public bool BucketPointers { get; }

    /// <summary>The bucket type's name for allocation records (built on first use: only accounting runs need it).</summary>
    public string BucketTypeName => _bucketTypeName ??= $"bucket[{Type.Key}]{Type.Elem}";
}
