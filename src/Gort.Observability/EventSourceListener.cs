using System.Diagnostics.Tracing;
using System.Runtime.CompilerServices;
using Gort.Maps;
using Gort.Memory;
using Gort.Versions;

namespace Gort.Observability;

/// <summary>
/// Turns what the core publishes (allocations and GC cycles of a heap, map growth) into <see cref="GortEventSource"/>
/// events. Stateless: one instance listens to every heap. Each hook is one <see cref="EventSource.IsEnabled()"/>
/// check when no session listens.
/// </summary>
internal sealed class EventSourceListener : IAllocationListener, IGcListener
{
    public static readonly EventSourceListener Instance = new();

    private EventSourceListener()
    {
    }

    /// <inheritdoc/>
    public void OnAllocation(in AllocationRecord record)
    {
        if (GortEventSource.Log.IsEnabled())
        {
            EmitAllocationEvents(record);
        }
    }

    /// <inheritdoc/>
    public void OnGcStart(GoHeap heap, in GcCycleStart start)
    {
        if (GortEventSource.Log.IsEnabled())
        {
            GortEventSource.Log.GcStart((int)start.Number, start.HeapLive, start.Goal, start.Forced);
        }
    }

    /// <inheritdoc/>
    public void OnGcEnd(GoHeap heap, in GcCycle cycle)
    {
        if (GortEventSource.Log.IsEnabled())
        {
            GortEventSource.Log.GcEnd((int)cycle.Number, cycle.HeapMarked, cycle.NextGoal, cycle.FreedObjects, cycle.FreedBytes);
        }
    }

    /// <summary>A map started growing (engine names as in the event: <c>classic</c>, <c>swiss</c>).</summary>
    public static void MapGrow(in MapGrowth growth)
    {
        var log = GortEventSource.Log;
        if (log.IsEnabled(EventLevel.Informational, GortEventSource.Keywords.Map))
        {
            var engine = growth.Engine == MapEngineKind.Classic ? "classic" : "swiss";
            log.MapGrow(engine, growth.Count, growth.OldCapacity, growth.NewCapacity, growth.SameSize);
        }
    }

    /// <summary>A classic map evacuated old buckets: <paramref name="evacuated"/> of <paramref name="oldBuckets"/> done.</summary>
    public static void MapEvacuate(long evacuated, long oldBuckets)
    {
        var log = GortEventSource.Log;
        if (log.IsEnabled(EventLevel.Verbose, GortEventSource.Keywords.Map))
        {
            log.MapEvacuate(evacuated, oldBuckets);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void EmitAllocationEvents(in AllocationRecord record)
    {
        var log = GortEventSource.Log;
        if (log.IsEnabled(EventLevel.Verbose, GortEventSource.Keywords.Malloc))
        {
            log.Malloc(record.Size, record.Charged, record.SizeClass, record.Path.ToString(), record.Operation.ToString(), record.TypeName ?? "");
        }

        if (record.Operation == GoOperation.GrowSlice &&
            log.IsEnabled(EventLevel.Informational, GortEventSource.Keywords.Slice))
        {
            log.GrowSlice(record.Size, record.Usable, record.TypeName ?? "");
        }
    }
}
