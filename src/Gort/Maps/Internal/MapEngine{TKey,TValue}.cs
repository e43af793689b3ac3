using Gort.Runtime;

namespace Gort.Maps.Internal;

/// <summary>
/// The contract between the public <c>Map&lt;TKey,TValue&gt;</c> value and a map implementation (classic buckets or
/// Swiss tables). The version profile of the creating <see cref="GoRuntime"/> picks the engine
/// (<see cref="MapEngines"/>). Engines own Go's algorithm, its allocation accounting and its concurrent-misuse
/// detection; the facade owns nil-map semantics and formatting.
/// </summary>
internal abstract class MapEngine<TKey, TValue>
{
    /// <summary><c>len(m)</c>.</summary>
    public abstract int Count { get; }

    /// <summary>The runtime the map was made in (its version, heap and random source).</summary>
    public abstract GoRuntime Runtime { get; }

    /// <summary>
    /// <c>mapaccess</c>: a reference to the element stored for <paramref name="key"/>, or a null reference
    /// (<c>Unsafe.IsNullRef</c>) when absent.
    /// </summary>
    public abstract ref TValue FindValue(TKey key);

    /// <summary><c>mapassign</c>: inserts or overwrites (an overwrite also stores the new key, as Go does for +0/−0).</summary>
    public abstract void Assign(TKey key, TValue value);

    /// <summary><c>mapdelete</c>: removes <paramref name="key"/> if present.</summary>
    public abstract void Delete(TKey key);

    /// <summary><c>mapclear</c> (<c>clear(m)</c> and the range-delete idiom).</summary>
    public abstract void Clear();

    /// <summary><c>mapiterinit</c>: a new iterator with Go's random start point.</summary>
    public abstract MapIterator<TKey, TValue> Iterate();

    /// <summary>A snapshot of the engine's internal state (for the lab, tests and pictures).</summary>
    public abstract MapState Inspect();

    /// <summary>
    /// A snapshot with at least the fields of <see cref="MapState.EventRow"/>, cheap enough to take after every
    /// allocating insert (the lab's timeline). Engines may leave out totals that need a walk over all storage
    /// (Swiss: growthLeft and tombstones are <see langword="null"/>); by default the full <see cref="Inspect"/>.
    /// </summary>
    public virtual MapState InspectTimeline() => Inspect();
}
