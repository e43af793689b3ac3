using System.Text.Json;
using Gort.Cli.Infrastructure;
using Gort.Maps;
using Gort.Runtime;
using Gort.Types;

namespace Gort.Cli.Commands;

/// <summary>
/// A map of any parsed Go map type, driven by key index, for the lab (<c>gort map</c>, <c>gort make</c>, the tour).
/// The engine is the version's (classic or Swiss) and models <see cref="GoMapType"/>'s layout; the CLR keys only need
/// to hash and compare as the Go keys do: string keys are <c>"k"+i</c>, every other key type is the integer i (for
/// integer keys the value i itself; for arrays, structs, floats … the Go key whose bytes hold i little-endian, which
/// is equal exactly when i is, so the map behaves the same).
/// </summary>
internal sealed class MapLab
{
    private readonly Map<long, long> _ints;
    private readonly Map<string, long> _strings;

    public MapLab(GoRuntime runtime, GoMapType type, long hint, bool escapes)
    {
        Runtime = runtime;
        Type = type;
        if (type.Key.Underlying is GoBasicType { Kind: GoKind.String })
        {
            _strings = Map.Make<string, long>(runtime, hint, type, escapes);
        }
        else
        {
            _ints = Map.Make<long, long>(runtime, hint, type, escapes);
        }
    }

    public GoRuntime Runtime { get; }

    public GoMapType Type { get; }

    public void Insert(long i)
    {
        if (!_strings.IsNil)
        {
            _strings["k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = i;
        }
        else
        {
            _ints[i] = i;
        }
    }

    public void Delete(long i)
    {
        if (!_strings.IsNil)
        {
            _strings.Delete("k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            _ints.Delete(i);
        }
    }

    public void Clear()
    {
        _strings.Clear();
        _ints.Clear();
    }

    /// <summary>Runs one <c>range</c> loop to its end (as <c>for range m {}</c>).</summary>
    public void Range()
    {
        if (!_strings.IsNil)
        {
            foreach (var _ in _strings)
            {
            }
        }
        else
        {
            foreach (var _ in _ints)
            {
            }
        }
    }

    /// <summary>The key a fresh <c>range</c> loop yields first (index i), or −1 when empty.</summary>
    public long FirstKey()
    {
        if (!_strings.IsNil)
        {
            using var s = _strings.GetEnumerator();
            return s.MoveNext() ? long.Parse(s.Current.Key[1..], System.Globalization.CultureInfo.InvariantCulture) : -1;
        }

        using var e = _ints.GetEnumerator();
        return e.MoveNext() ? e.Current.Key : -1;
    }

    /// <summary>Whether a classic map is evacuating (its end is a timeline event that allocates nothing); cheap.</summary>
    public bool Growing => _strings.IsGrowing || _ints.IsGrowing;

    public MapState State => (_strings.IsNil ? _ints.Inspect() : _strings.Inspect())!;

    /// <summary>The fields the timeline needs, without walking every table (<c>Map.InspectTimeline</c>).</summary>
    public MapState TimelineState => (_strings.IsNil ? _ints.InspectTimeline() : _strings.InspectTimeline())!;

    /// <summary>The state's fields as JSON properties (engine-specific names, such as <c>B</c> or <c>dirLen</c>).</summary>
    public static IEnumerable<KeyValuePair<string, JsonElement>> StateFields(MapState state)
    {
        var element = JsonSerializer.SerializeToElement(state, state.GetType(), Json.Options);
        foreach (var p in element.EnumerateObject())
        {
            if (p.Name is not ("engine" or "count"))
            {
                yield return new KeyValuePair<string, JsonElement>(p.Name, p.Value);
            }
        }
    }
}
