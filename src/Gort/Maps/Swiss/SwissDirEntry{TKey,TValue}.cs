namespace Gort.Maps.Swiss;

/// <summary>
/// One directory entry. Go's directory holds <c>*table</c> and a lookup then loads the table header to find its
/// groups; here the entry also carries the table's group array and mask, so a lookup goes directory → group with one
/// dependent load fewer (a cache miss fewer in a large map). <see cref="Table"/> is the Go-visible part.
/// </summary>
internal readonly struct SwissDirEntry<TKey, TValue>
{
    public readonly SwissGroup<TKey, TValue>[] Groups;
    public readonly SwissTable<TKey, TValue> Table;
    public readonly int Mask;

    public SwissDirEntry(SwissTable<TKey, TValue> table)
    {
        Groups = table.Groups;
        Mask = table.LengthMask;
        Table = table;
    }
}
