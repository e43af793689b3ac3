namespace Gort.Maps.Swiss;

/// <summary>One slot: a key and its element, next to each other as in Go's interleaved group layout.</summary>
internal struct SwissSlot<TKey, TValue>
{
    public TKey Key;
    public TValue Value;
}
