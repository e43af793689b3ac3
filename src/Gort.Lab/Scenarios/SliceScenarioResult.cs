namespace Gort.Lab.Scenarios;

/// <summary>The outcome of a slice scenario: every variable's slice and the backing arrays they share.</summary>
/// <param name="ElemType">The element type, in Go syntax.</param>
/// <param name="ElemSize">Bytes per element.</param>
/// <param name="Variables">Each variable after the last statement, in order of first assignment.</param>
/// <param name="Arrays">Backing arrays in order of allocation.</param>
public sealed record SliceScenarioResult(string ElemType, long ElemSize, IReadOnlyList<SliceVariable> Variables, IReadOnlyList<BackingArrayInfo> Arrays);

/// <summary>One variable of a scenario.</summary>
/// <param name="Name">The Go variable name.</param>
/// <param name="Source">The expression last assigned to it.</param>
/// <param name="Len">len.</param>
/// <param name="Cap">cap.</param>
/// <param name="Array">Index into <see cref="SliceScenarioResult.Arrays"/>, or −1 for a nil slice.</param>
/// <param name="Offset">Index of its element 0 in that array.</param>
/// <param name="Values">Its elements (len of them), formatted as Go prints them.</param>
public sealed record SliceVariable(string Name, string Source, int Len, int Cap, int Array, int Offset, IReadOnlyList<string> Values);

/// <summary>One backing array.</summary>
/// <param name="Length">Elements (the cap it was allocated with).</param>
/// <param name="Bytes">Bytes the allocator charges for it.</param>
/// <param name="Origin">The statement that allocated it.</param>
/// <param name="Values">Its current contents.</param>
public sealed record BackingArrayInfo(int Length, long Bytes, string Origin, IReadOnlyList<string> Values);
