using System.Runtime.CompilerServices;
using Gort.Maps;
using Gort.Memory;
using Gort.Versions;

namespace Gort.Runtime;

/// <summary>
/// The process-wide <see cref="IRuntimeObserver"/>s. The model publishes here and never names an observer: with none
/// added, every hook is one static load and a length check.
/// </summary>
public static class RuntimeObservers
{
    private static readonly Lock s_lock = new();

    // Copy-on-write: the hot paths read the array without a lock.
    private static IRuntimeObserver[] s_observers = [];

    /// <summary>Adds <paramref name="observer"/>; it sees heaps created and maps grown from now on.</summary>
    public static void Add(IRuntimeObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        lock (s_lock)
        {
            s_observers = [.. s_observers, observer];
        }
    }

    /// <summary>Removes an observer added with <see cref="Add"/>; false if it was not there.</summary>
    public static bool Remove(IRuntimeObserver observer)
    {
        lock (s_lock)
        {
            var index = Array.IndexOf(s_observers, observer);
            if (index < 0)
            {
                return false;
            }

            s_observers = [.. s_observers[..index], .. s_observers[(index + 1)..]];
            return true;
        }
    }

    /// <summary>Whether <paramref name="observer"/> was added and not removed.</summary>
    public static bool Contains(IRuntimeObserver observer) => Array.IndexOf(Volatile.Read(ref s_observers), observer) >= 0;

    /// <summary>Publishes a new heap.</summary>
    internal static void HeapCreated(GoHeap heap)
    {
        foreach (var observer in Volatile.Read(ref s_observers))
        {
            observer.OnHeapCreated(heap);
        }
    }

    /// <summary>A map starts growing: call where the engine allocates the bigger bucket array / table(s).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void MapGrow(MapEngineKind engine, long count, long oldCapacity, long newCapacity, bool sameSize = false)
    {
        if (Volatile.Read(ref s_observers).Length != 0)
        {
            PublishMapGrow(new MapGrowth(engine, count, oldCapacity, newCapacity, sameSize));
        }
    }

    /// <summary>A classic map evacuated old buckets: <paramref name="evacuated"/> of <paramref name="oldBuckets"/> done.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void MapEvacuate(long evacuated, long oldBuckets)
    {
        if (Volatile.Read(ref s_observers).Length != 0)
        {
            PublishMapEvacuate(evacuated, oldBuckets);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void PublishMapGrow(in MapGrowth growth)
    {
        foreach (var observer in Volatile.Read(ref s_observers))
        {
            observer.OnMapGrow(growth);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void PublishMapEvacuate(long evacuated, long oldBuckets)
    {
        foreach (var observer in Volatile.Read(ref s_observers))
        {
            observer.OnMapEvacuate(evacuated, oldBuckets);
        }
    }
}
