using Gort.Lab.Footprint.Internal;
using Gort.Maps.Classic;
using Gort.Maps.Inspection;
using Gort.Maps.Swiss;
using Gort.Types;
using Gort.Versions;

namespace Gort.Lab.Inspection;

/// <summary>
/// The heap bytes a simulated map keeps reachable right now, from its snapshot — what <c>MemStats.HeapAlloc</c> would
/// attribute to it after a GC. The engines charge every allocation to the heap as Go makes it but never free the
/// garbage (old bucket arrays, replaced tables); this is the reachable part, for comparing with the footprint model.
/// </summary>
internal static class MapLiveBytes
{
    public static long Classic(ClassicSnapshot s, GoMapType type, GoVersion version, bool escapes)
    {
        var ptrs = s.BucketPointers;
        long Bucket(long count) => count == 0 ? 0 : Charge.Bytes(s.BucketSize * count, ptrs, version);
        var bytes = escapes ? Charge.Bytes(version.ClassicHmapSize, true, version) : 0;

        long Array(BucketArraySnapshot? a)
        {
            if (a is null)
            {
                return 0;
            }

            // A non-escaping map's B = 0 bucket is the compiler's stack bucket.
            var main = a.Base == 1 && a.Preallocated == 1 && !escapes ? 0 : Bucket(a.Preallocated);
            return main + (a.Extra * Bucket(1));
        }

        bytes += Array(s.Buckets) + Array(s.OldBuckets);
        if (s.HasExtra)
        {
            bytes += Charge.Bytes(ClassicLayout.MapExtraSize, true, version);
        }

        if (s.HasOverflowList)
        {
            bytes += Charge.Bytes(GoSliceType.HeaderSize, true, version) + Charge.Bytes(8 * s.OverflowListCapacity, true, version);
        }

        if (s.HasOldOverflowList)
        {
            bytes += Charge.Bytes(GoSliceType.HeaderSize, true, version) + Charge.Bytes(8 * s.OldOverflowListCapacity, true, version);
        }

        return bytes + Indirect(s.Count, type, version);
    }

    public static long Swiss(SwissSnapshot s, GoMapType type, GoVersion version, bool escapes)
    {
        var bytes = escapes ? Charge.Bytes(SwissLayout.MapHeaderSize, true, version) : 0;
        if (s.Small is not null && escapes)
        {
            bytes += Charge.Bytes(s.GroupSize, s.GroupPointers, version);
        }

        if (s.Directory.Length > 0)
        {
            bytes += Charge.Bytes(8L * s.Directory.Length, true, version);
        }

        foreach (var t in s.Tables)
        {
            bytes += Charge.Bytes(SwissLayout.TableSize, true, version) + Charge.Bytes(t.Capacity / 8 * s.GroupSize, s.GroupPointers, version);
        }

        return bytes + Indirect(s.Count, type, version);
    }

    private static long Indirect(long count, GoMapType type, GoVersion version)
    {
        long bytes = 0;
        if (type.Key.Size > 128)
        {
            bytes += count * Charge.Bytes(type.Key.Size, type.Key.HasPointers, version);
        }

        if (type.Elem.Size > 128)
        {
            bytes += count * Charge.Bytes(type.Elem.Size, type.Elem.HasPointers, version);
        }

        return bytes;
    }
}
