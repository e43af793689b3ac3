using Gort.Maps.Inspection;

namespace Gort.Maps.Classic;

/// <summary>Read-only access for the inspection API (<see cref="Map{TKey, TValue}.Snapshot"/>); nothing here changes the map.</summary>
internal sealed partial class ClassicMap<TKey, TValue>
{
    // The capacity of the overflow list moved to oldoverflow by the last grow (set in HashGrow), for live-byte counts.
    private long _oldOverflowCap;

    /// <summary>Whether an evacuation is in progress (cheap; <see cref="Inspect"/> allocates a record).</summary>
    internal bool IsGrowing => _oldbuckets is not null;

    /// <summary>A copy of the map's internal state.</summary>
    internal ClassicSnapshot Snapshot() => new()
    {
        Count = _count,
        B = _b,
        BucketSize = _layout.BucketSize,
        BucketPointers = _layout.BucketPointers,
        Buckets = Copy(_buckets),
        OldBuckets = Copy(_oldbuckets),
        NEvacuate = _nevacuate,
        SameSizeGrow = (_flags & FlagSameSizeGrow) != 0,
        NOverflow = _noverflow,
        HasExtra = _hasExtra,
        HasOverflowList = _hasOverflowList,
        OverflowListCapacity = _overflowCap,
        HasOldOverflowList = _hasOldOverflowList,
        OldOverflowListCapacity = _hasOldOverflowList ? _oldOverflowCap : 0,
    };

    private static BucketArraySnapshot? Copy(BucketStore<TKey, TValue>? store) =>
        store is null
            ? null
            : new BucketArraySnapshot(store.Base, store.Preallocated, store.Used, store.Tophash[..(store.Used * ClassicLayout.BucketCount)], store.Overflow[..store.Used]);
}
