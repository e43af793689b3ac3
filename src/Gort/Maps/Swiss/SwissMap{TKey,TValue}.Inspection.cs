using Gort.Maps.Inspection;

namespace Gort.Maps.Swiss;

/// <summary>Read-only access for the inspection API (<see cref="Map{TKey, TValue}.Snapshot"/>); nothing here changes the map.</summary>
internal sealed partial class SwissMap<TKey, TValue>
{
    /// <summary>A copy of the map's internal state.</summary>
    internal SwissSnapshot Snapshot()
    {
        var tables = new List<SwissTableSnapshot>();
        var directory = new int[_dirLen];
        SwissTable<TKey, TValue>? last = null;
        for (var i = 0; i < _dirLen; i++)
        {
            var t = _directory[i].Table;
            if (t != last)
            {
                tables.Add(Copy(t));
                last = t;
            }

            directory[i] = tables.Count - 1;
        }

        return new SwissSnapshot
        {
            Count = _used,
            GlobalDepth = _globalDepth,
            Directory = directory,
            Tables = tables,
            Small = _dirLen == 0 && _small is not null ? Copy(_small) : null,
            GroupSize = _layout.GroupSize,
            GroupPointers = _layout.GroupHasPointers,
        };
    }

    private static SwissTableSnapshot Copy(SwissTable<TKey, TValue> t)
    {
        var ctrl = new ulong[t.Groups.Length];
        for (var g = 0; g < ctrl.Length; g++)
        {
            ctrl[g] = t.Groups[g].Ctrl;
        }

        return new SwissTableSnapshot(t.Capacity, t.Used, t.GrowthLeft, t.LocalDepth, t.Index, ctrl);
    }
}
