namespace Gort.Types.Formatting;

/// <summary>
/// The address Go would print for a reference (a pointer's target, a slice's first element, a map header, a channel,
/// a function). Optional: without it Gort makes up a stable address per object, ordered by first use.
/// </summary>
public interface IGoAddressable
{
    /// <summary>The address (non-zero).</summary>
    ulong Address { get; }
}
