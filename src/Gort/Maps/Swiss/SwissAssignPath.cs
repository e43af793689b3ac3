namespace Gort.Maps.Swiss;

/// <summary>
/// Which <c>mapassign</c> variant the gc compiler calls for a map type (<c>cmd/compile/internal/walk.mapfast</c>). The
/// variants differ observably in two ways: where an insert lands when the probe meets a group holding both a tombstone
/// and an empty slot, and (from Go 1.25) whether the table prunes tombstones before growing.
/// </summary>
internal enum SwissAssignPath
{
    /// <summary><c>runtime_mapassign</c>: any key not covered below, or an elem larger than 128 bytes.</summary>
    Generic,

    /// <summary><c>mapassign_fast32</c>: 4-byte memory-comparable keys without pointers.</summary>
    Fast32,

    /// <summary><c>mapassign_fast64</c>: 8-byte memory-comparable keys without pointers.</summary>
    Fast64,

    /// <summary><c>mapassign_fast64ptr</c>: 8-byte memory-comparable keys that are (or hold) a pointer.</summary>
    Fast64Ptr,

    /// <summary><c>mapassign_faststr</c>: <c>string</c> keys.</summary>
    FastStr,
}
