namespace Gort.Memory;

/// <summary>One entry of <see cref="MemStats.BySize"/>.</summary>
/// <param name="Size">The class's object size.</param>
/// <param name="Mallocs">Objects allocated from the class (tiny blocks count in class 2; tiny sub-allocations do not).</param>
/// <param name="Frees">Objects of the class freed.</param>
public readonly record struct MemStatsBySize(uint Size, ulong Mallocs, ulong Frees);
