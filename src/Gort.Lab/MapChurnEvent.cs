using Gort.Maps;

namespace Gort.Lab;

/// <summary>A structural change during a churn: after which cycle, and the new state.</summary>
/// <param name="Cycle">The 1-based cycle after which the change was seen.</param>
/// <param name="State">The map state then.</param>
public sealed record MapChurnEvent(long Cycle, MapState State);
