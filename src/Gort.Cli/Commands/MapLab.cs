using System.Text.Json;
using Gort.Cli.Infrastructure;
using Gort.Maps;
using Gort.Maps.Internal;
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
    private readonly MapEngine<long, long>? _ints;
    private readonly MapEngine<string, long>? _strings;

    public MapLab(GoRuntime runtime, GoMapType type, long hint, bool escapes)
    {
        Runtime = runtime;
        Type = type;
        if (type.Key.Underlying is GoBasicType { Kind: GoKind.String })
        {
            _strings = MapEngines.Create<string, long>(runtime, hint, type, escapes);
        }
        else
        {
            _ints = MapEngines.Create<long, long>(runtime, hint, type, escapes);
        }
    }

    public GoRuntime Runtime { get; }

    public GoMapType Type { get; }

    public void Insert(long i)
    {
        if (_strings is not null)
        {
            _strings.Assign("k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), i);
        }
        else
        {
            _ints!.Assign(i, i);
        }
    }

    public void Delete(long i)
    {
        if (_strings is not null)
        {
            _strings.Delete("k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            _ints!.Delete(i);
        }
    }

    public void Clear()
    {
        _strings?.Clear();
        _ints?.Clear();
    }

    /// <summary>Runs one <c>range</c> loop to its end (as <c>for range m {}</c>).</summary>
    public void Range()
    {
        if (_strings is not null)
        {
            var it = _strings.Iterate();
            while (it.Next(out _, out _))
            {
            }
        }
        else
        {
            var it = _ints!.Iterate();
            while (it.Next(out _, out _))
            {
            }
        }
    }

    /// <summary>The key a fresh <c>range</c> loop yields first (index i), or −1 when empty.</summary>
    public long FirstKey()
    {
        if (_strings is not null)
        {
            return _strings.Iterate().Next(out var k, out _) ? long.Parse(k[1..], System.Globalization.CultureInfo.InvariantCulture) : -1;
        }

        return _ints!.Iterate().Next(out var key, out _) ? key : -1;
    }

    /// <summary>Whether a classic map is evacuating (its end is a timeline event that allocates nothing); cheap.</summary>
    public bool Growing => (_ints as Maps.Classic.ClassicMap<long, long>)?.IsGrowing ?? (_strings as Maps.Classic.ClassicMap<string, long>)?.IsGrowing ?? false;

    public MapState State => _strings is not null ? _strings.Inspect() : _ints!.Inspect();

    /// <summary>The fields the timeline needs, without walking every table (<c>MapEngine.InspectTimeline</c>).</summary>
    public MapState TimelineState => _strings is not null ? _strings.InspectTimeline() : _ints!.InspectTimeline();

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
