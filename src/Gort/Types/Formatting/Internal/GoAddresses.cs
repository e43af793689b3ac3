using System.Runtime.CompilerServices;

namespace Gort.Types.Formatting.Internal;

/// <summary>
/// The address fmt prints for a reference value: the one the value carries, else the reference's own
/// (<see cref="IGoAddressable"/>), else one made up per object, stable for its lifetime and increasing in order of first
/// use, in the range where Go's heap puts small objects (0xc000010000 and up) so output looks like Go's.
/// </summary>
internal static class GoAddresses
{
    private const ulong Base = 0xc000010000;

    private static readonly ConditionalWeakTable<object, StrongBox<ulong>> s_made = [];
    private static long s_next;

    public static ulong Of(GoValue value)
    {
        if (value.ExplicitAddress != 0)
        {
            return value.ExplicitAddress;
        }

        return value.Reference switch
        {
            null => 0,
            IGoAddressable addressable => addressable.Address,
            var o => OfObject(o),
        };
    }

    /// <summary>The made-up address of <paramref name="o"/>.</summary>
    public static ulong OfObject(object o) =>
        s_made.GetValue(o, static _ => new StrongBox<ulong>(Base + ((ulong)Interlocked.Increment(ref s_next) * 0x20))).Value;
}
