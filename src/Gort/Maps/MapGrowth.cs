using Gort.Versions;

namespace Gort.Maps;

/// <summary>A map starting to grow: the engine allocated a bigger bucket array, table or tables.</summary>
/// <param name="Engine">The engine that grew.</param>
/// <param name="Count">Entries in the map when it started growing.</param>
/// <param name="OldCapacity">Buckets (classic) or slots (Swiss) before.</param>
/// <param name="NewCapacity">Buckets or slots after.</param>
/// <param name="SameSize">A classic same-size grow (too many overflow buckets), or a Swiss rehash in place.</param>
public readonly record struct MapGrowth(MapEngineKind Engine, long Count, long OldCapacity, long NewCapacity, bool SameSize);
