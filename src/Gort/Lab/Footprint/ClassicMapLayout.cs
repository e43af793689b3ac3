using Gort.Types;

namespace Gort.Lab.Footprint;

/// <summary>The classic (hmap/bmap) layout of one map type on linux/amd64.</summary>
/// <param name="BucketSize">Bytes of one <c>bmap</c>: 8 tophash bytes, 8 keys, 8 elems, the overflow pointer.</param>
/// <param name="BucketHasPointers">Whether the bucket is pointerful (its overflow field is a typed pointer).</param>
/// <param name="IndirectKey">Whether keys are stored behind a pointer (key larger than 128 bytes).</param>
/// <param name="IndirectElem">Whether elems are stored behind a pointer (elem larger than 128 bytes).</param>
/// <remarks>Mirrors <c>reflectdata.MapBucketType</c> (cmd/compile) and <c>maxKeySize</c>/<c>maxElemSize</c> = 128.</remarks>
public sealed record ClassicMapLayout(long BucketSize, bool BucketHasPointers, bool IndirectKey, bool IndirectElem)
{
    /// <summary>Slots per bucket (<c>bucketCnt</c>).</summary>
    public const int BucketSlots = 8;

    /// <summary>Bytes of the <c>hmap</c> header.</summary>
    public const int HeaderSize = 48;

    /// <summary>Bytes of <c>mapextra</c> (overflow lists, next preallocated overflow bucket).</summary>
    public const int ExtraSize = 24;

    /// <summary>Keys or elems larger than this are stored indirectly.</summary>
    public const int MaxInlineSize = 128;

    /// <summary>The layout of <paramref name="map"/>'s buckets.</summary>
    public static ClassicMapLayout Of(GoMapType map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var ik = map.Key.Size > MaxInlineSize;
        var ie = map.Elem.Size > MaxInlineSize;
        var k = ik ? 8 : map.Key.Size;
        var e = ie ? 8 : map.Elem.Size;

        // tophash[8] + keys[8] + elems[8] + overflow: every part is a multiple of its alignment (≤ 8), so no padding.
        var size = BucketSlots + (BucketSlots * k) + (BucketSlots * e) + 8;
        var pointers = ik || ie || map.Key.HasPointers || map.Elem.HasPointers;
        return new ClassicMapLayout(size, pointers, ik, ie);
    }
}
