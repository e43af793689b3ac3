using System.Diagnostics.Tracing;
using System.Runtime.CompilerServices;

namespace Gort.Observability;

/// <summary>
/// Hooks the map engines call so the "Gort" EventSource can report growth and evacuation. Each is one inlined
/// <see cref="EventSource.IsEnabled()"/> check when nobody listens.
/// </summary>
internal static class RuntimeEvents
{
    /// <summary>A map starts growing: call where the engine allocates the bigger bucket array / table(s).</summary>
    /// <param name="engine"><c>classic</c> or <c>swiss</c>.</param>
    /// <param name="count">Entries in the map.</param>
    /// <param name="oldCapacity">Buckets (classic) or slots (Swiss) before.</param>
    /// <param name="newCapacity">Buckets or slots after.</param>
    /// <param name="sameSize">A classic same-size grow (too many overflow buckets).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void MapGrow(string engine, long count, long oldCapacity, long newCapacity, bool sameSize = false)
    {
        var log = GortEventSource.Log;
        if (log.IsEnabled(EventLevel.Informational, GortEventSource.Keywords.Map))
        {
            log.MapGrow(engine, count, oldCapacity, newCapacity, sameSize);
        }
    }

    /// <summary>A classic map evacuated old buckets: <paramref name="evacuated"/> of <paramref name="oldBuckets"/> done.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void MapEvacuate(long evacuated, long oldBuckets)
    {
        var log = GortEventSource.Log;
        if (log.IsEnabled(EventLevel.Verbose, GortEventSource.Keywords.Map))
        {
            log.MapEvacuate(evacuated, oldBuckets);
        }
    }
}
