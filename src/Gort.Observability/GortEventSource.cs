using System.Diagnostics.Tracing;

namespace Gort.Observability;

/// <summary>
/// The "Gort" <see cref="EventSource"/>: the simulated Go heap's allocations, slice growth, map growth and GC cycles,
/// for <c>dotnet-trace</c> and in-process <see cref="EventListener"/>s. Every call site checks
/// <see cref="EventSource.IsEnabled()"/> first, so nothing is paid when nobody listens.
/// </summary>
[EventSource(Name = SourceName)]
internal sealed class GortEventSource : EventSource
{
    /// <summary>The source name (<c>dotnet-trace collect --providers Gort</c>).</summary>
    public const string SourceName = "Gort";

    /// <summary>Event ids: stable, part of the tool contract (docs/observability.md).</summary>
    public const int MallocId = 1;
    public const int GrowSliceId = 2;
    public const int MapGrowId = 3;
    public const int MapEvacuateId = 4;
    public const int GcStartId = 5;
    public const int GcEndId = 6;

    public static readonly GortEventSource Log = new();

    private GortEventSource()
    {
    }

    /// <summary>Event keywords (filter what is collected).</summary>
    public static class Keywords
    {
        public const EventKeywords Malloc = (EventKeywords)1;
        public const EventKeywords Slice = (EventKeywords)2;
        public const EventKeywords Map = (EventKeywords)4;
        public const EventKeywords GC = (EventKeywords)8;
    }

    /// <summary>One <c>mallocgc</c>: requested and charged bytes, size class, path and operation names.</summary>
    [Event(MallocId, Level = EventLevel.Verbose, Keywords = Keywords.Malloc)]
    public void Malloc(long size, long charged, int sizeClass, string path, string operation, string typeName) =>
        WriteEvent(MallocId, size, charged, sizeClass, path, operation, typeName);

    /// <summary>A <c>growslice</c> allocation: the new backing array's requested and usable bytes.</summary>
    [Event(GrowSliceId, Level = EventLevel.Informational, Keywords = Keywords.Slice)]
    public void GrowSlice(long size, long usable, string typeName) => WriteEvent(GrowSliceId, size, usable, typeName);

    /// <summary>A map started growing (classic: bucket array doubled or same-size; Swiss: table split or grown).</summary>
    [Event(MapGrowId, Level = EventLevel.Informational, Keywords = Keywords.Map)]
    public void MapGrow(string engine, long count, long oldCapacity, long newCapacity, bool sameSize) =>
        WriteEvent(MapGrowId, engine, count, oldCapacity, newCapacity, sameSize);

    /// <summary>Incremental evacuation progress of a classic map (buckets evacuated of the old array).</summary>
    [Event(MapEvacuateId, Level = EventLevel.Verbose, Keywords = Keywords.Map)]
    public void MapEvacuate(long evacuated, long oldBuckets) => WriteEvent(MapEvacuateId, evacuated, oldBuckets);

    /// <summary>A simulated GC cycle started.</summary>
    [Event(GcStartId, Level = EventLevel.Informational, Keywords = Keywords.GC)]
    public void GcStart(int number, long heapLive, long goal, bool forced) =>
        WriteEvent(GcStartId, number, heapLive, goal, forced);

    /// <summary>A simulated GC cycle ended.</summary>
    [Event(GcEndId, Level = EventLevel.Informational, Keywords = Keywords.GC)]
    public void GcEnd(int number, long heapMarked, long nextGoal, long freedObjects, long freedBytes) =>
        WriteEvent(GcEndId, number, heapMarked, nextGoal, freedObjects, freedBytes);
}
