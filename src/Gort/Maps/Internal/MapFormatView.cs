using Gort.Types.Formatting;
using Gort.Types.Formatting.Internal;

namespace Gort.Maps.Internal;

/// <summary>A non-nil map's entries as the formatter reads them (a range loop: Go's random order).</summary>
internal sealed class MapFormatView<TKey, TValue>(Map<TKey, TValue> map, object engine) : IGoMap, IGoAddressable
{
    public int Count => map.Len;

    public ulong Address => GoAddresses.OfObject(engine);

    public IEnumerable<KeyValuePair<GoValue, GoValue>> Entries()
    {
        foreach (var (key, value) in map)
        {
            yield return new KeyValuePair<GoValue, GoValue>(ClrGoValues.From(key), ClrGoValues.From(value));
        }
    }
}
