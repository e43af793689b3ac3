namespace Gort.Observability;

/// <summary>One stack of an <see cref="AllocationProfile"/> with its raw sampled counts.</summary>
/// <param name="Frames">The C# call stack, leaf first, Gort's frames trimmed.</param>
/// <param name="AllocObjects">Sampled objects allocated.</param>
/// <param name="AllocBytes">Sampled bytes allocated.</param>
/// <param name="InuseObjects">Sampled objects not yet freed.</param>
/// <param name="InuseBytes">Sampled bytes not yet freed.</param>
public readonly record struct AllocationProfileEntry(
    IReadOnlyList<ProfileFrame> Frames,
    long AllocObjects,
    long AllocBytes,
    long InuseObjects,
    long InuseBytes);
