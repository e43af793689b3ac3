namespace Gort.Maps.Internal;

/// <summary>
/// One <c>range</c> loop over a map (<c>hiter</c> / <c>maps.Iter</c>): Go's visiting order from a random start,
/// tolerant of deletes and inserts made during the loop.
/// </summary>
internal abstract class MapIterator<TKey, TValue>
{
    /// <summary><c>mapiternext</c>: the next entry, or <see langword="false"/> when the loop is over.</summary>
    public abstract bool Next(out TKey key, out TValue value);
}
