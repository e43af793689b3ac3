using System.Globalization;
using Gort.Maps;
using Gort.Maps.Inspection;
using Gort.Runtime;
using Gort.Types;
using Gort.Versions;

namespace Gort.Lab.Rendering;

/// <summary>
/// Builds a simulated map of a Go map type at N keys (keys 0..N−1 inserted in order, hashed as int64 by Gort's hash
/// with a fixed seed; the layout is the Go type's) and draws its internals.
/// </summary>
public static class MapInternals
{
    /// <summary>The picture of <paramref name="type"/>'s internals after <paramref name="n"/> inserts, as SVG.</summary>
    /// <exception cref="ArgumentException">The type is not a map type.</exception>
    public static string Svg(GoType type, GoVersion version, long n, long hint = 0, ulong seed = 1)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(version);
        if (type.Underlying is not GoMapType map)
        {
            throw new ArgumentException($"a map type is needed, not {type}", nameof(type));
        }

        var rt = GoRuntime.ForVersion(version, accounting: false, seed: seed);
        using var scope = rt.Enter();
        var m = Map.Make<long, long>(rt, hint, map);
        for (long i = 0; i < n; i++)
        {
            m[i] = i;
        }

        var title = $"{type} after {n.ToString("N0", CultureInfo.InvariantCulture)} inserts{(hint > 0 ? $" (hint {hint})" : "")} · go {version.Name} ({version.MapEngine.ToString().ToLowerInvariant()})";
        return m.Snapshot() switch
        {
            ClassicSnapshot c => MapPicture.Classic(c, title),
            SwissSnapshot s => MapPicture.Swiss(s, title),
            _ => throw new InvalidOperationException("unknown map engine"),
        };
    }
}
