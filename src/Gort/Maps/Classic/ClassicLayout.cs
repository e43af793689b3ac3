using Gort.Types;

namespace Gort.Maps.Classic;

/// <summary>
/// The compiler's <c>bmap</c> for one map type (<c>reflectdata.MapBucketType</c>): 8 tophash bytes, 8 keys, 8 elems
/// and an overflow word. Keys or elems larger than 128 bytes are stored as pointers to separately allocated objects.
/// </summary>
internal sealed class ClassicLayout
{
    /// <summary>Slots per bucket (<c>bucketCnt</c>).</summary>
    public const int BucketCount = 8;

    /// <summary>Keys and elems above this size are stored indirectly (<c>maxKeySize</c>/<c>maxElemSize</c>).</summary>
    public const int MaxInlineSize = 128;

    public ClassicLayout(GoMapType type)
    {
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
        BucketTypeName = $"bucket[{type.Key}]{type.Elem}";
    }

    public GoMapType Type { get; }

    public long KeySize { get; }

    public long ElemSize { get; }

    public bool IndirectKey { get; }

    public bool IndirectElem { get; }

    public bool KeyPointers { get; }

    public bool ElemPointers { get; }

    /// <summary><c>t.BucketSize</c>: 8 + 8·K' + 8·V' + 8, never padded.</summary>
    public long BucketSize { get; }

    /// <summary>Whether the bucket type has pointers (otherwise overflow buckets are kept alive by <c>extra.overflow</c>).</summary>
    public bool BucketPointers { get; }

    public string BucketTypeName { get; }
}
