namespace Gort.Memory;

/// <summary>The Go operation an allocation belongs to (what a Go profile would show as the runtime frame).</summary>
public enum GoOperation
{
    /// <summary>A direct <c>mallocgc</c> (the <c>gort alloc</c> command, tests).</summary>
    Malloc,

    /// <summary><c>new(T)</c> / <c>newobject</c>.</summary>
    NewObject,

    /// <summary><c>make([]T, len, cap)</c> / <c>makeslice</c>.</summary>
    MakeSlice,

    /// <summary>A slice literal's backing array.</summary>
    SliceLiteral,

    /// <summary><c>append</c> that outgrew the capacity / <c>growslice</c>.</summary>
    GrowSlice,

    /// <summary><c>[]byte(s)</c>, <c>[]rune(s)</c> or <c>string(b)</c>.</summary>
    Conversion,

    /// <summary>The map header (<c>hmap</c> or Swiss <c>Map</c>).</summary>
    MapHeader,

    /// <summary>A classic bucket array (with preallocated overflow buckets) from <c>makeBucketArray</c>.</summary>
    MapBuckets,

    /// <summary>One classic overflow bucket from <c>newoverflow</c>.</summary>
    MapOverflowBucket,

    /// <summary>The classic <c>mapextra</c> or the <c>[]*bmap</c> overflow list.</summary>
    MapExtra,

    /// <summary>A Swiss small-map group or group array.</summary>
    MapGroups,

    /// <summary>A Swiss <c>table</c>.</summary>
    MapTable,

    /// <summary>A Swiss directory (<c>[]*table</c>).</summary>
    MapDirectory,

    /// <summary>A key or element stored indirectly (larger than 128 bytes).</summary>
    MapIndirect,

    /// <summary>The allocations of a range loop (the iterator of a pointer-free classic map).</summary>
    MapIterator,
}
