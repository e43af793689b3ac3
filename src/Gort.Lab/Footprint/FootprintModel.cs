using Gort.Lab.Footprint.Internal;
using Gort.Types;
using Gort.Versions;

namespace Gort.Lab.Footprint;

/// <summary>
/// The analytic footprint model behind <c>gort footprint</c>: how many bytes a slice or map of any Go type holds at N
/// elements for a Go version — the header, the backing array or the buckets/groups/tables/directory, overflow and
/// indirect objects — with the hash-dependent parts as an expected value and a range. Closed-form (no simulation), so
/// it answers in microseconds even for N = 10^9.
/// </summary>
/// <remarks>
/// Slices: appended one at a time (cap from <c>growslice</c>), or <c>make([]T, 0, hint)</c> first. Maps: N distinct
/// keys inserted into <c>make(map[K]V, hint)</c>, no deletes; classic or Swiss by the version's map
/// engine. Heap parts are charged as the allocator does (slot sizes, page rounding, 1.22+ malloc headers).
/// See <c>docs/lab.md</c> for the method and its accuracy against real Go.
/// </remarks>
public static class FootprintModel
{
    /// <summary>The footprint of <paramref name="type"/> (a slice or map type) built as <paramref name="options"/> says.</summary>
    /// <exception cref="ArgumentException">The type is neither a slice nor a map, or N is negative.</exception>
    public static FootprintResult Compute(GoType type, GoVersion version, FootprintOptions options) => Compute(type, version, options, withCycle: true);

    /// <summary>As <see cref="Compute(GoType, GoVersion, FootprintOptions)"/>; without the growth-cycle scan when <paramref name="withCycle"/> is false (for charts).</summary>
    internal static FootprintResult Compute(GoType type, GoVersion version, FootprintOptions options, bool withCycle)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(options);
        if (options.N < 0)
        {
            throw new ArgumentException($"N must not be negative (got {options.N})", nameof(options));
        }

        return type.Underlying switch
        {
            GoSliceType slice => SliceFootprint.Compute(slice, version, options),
            GoMapType map when version.MapEngine == MapEngineKind.Swiss => SwissFootprint.Compute(map, version, options, withCycle),
            GoMapType map => ClassicFootprint.Compute(map, version, options, withCycle),
            _ => throw new ArgumentException($"footprint needs a slice or map type, not {type}", nameof(type)),
        };
    }
}
