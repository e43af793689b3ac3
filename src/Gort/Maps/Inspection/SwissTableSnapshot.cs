namespace Gort.Maps.Inspection;

/// <summary>One Swiss table (or the small map's single group): capacity, fill and every control word.</summary>
/// <param name="Capacity">Slots (8 for a small map's group).</param>
/// <param name="Used">Full slots.</param>
/// <param name="GrowthLeft">Inserts left before a rehash.</param>
/// <param name="LocalDepth">Hash bits this table owns.</param>
/// <param name="Index">Its first directory index (−1 once replaced).</param>
/// <param name="Ctrl">One control word per group (byte i = slot i: 0x80 empty, 0xFE deleted, else h2).</param>
public sealed record SwissTableSnapshot(int Capacity, int Used, int GrowthLeft, int LocalDepth, int Index, ulong[] Ctrl);
