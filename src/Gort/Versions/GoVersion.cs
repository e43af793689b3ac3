using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Gort.Versions;

/// <summary>
/// One Go release (1.17 through 1.27) plus the <c>GOEXPERIMENT</c>s that change observable behaviour, and every rule
/// that differs between releases. This type is the only place in Gort where a version difference lives: the allocator,
/// slices, maps, the CLI and the tests all ask a <see cref="GoVersion"/> instead of comparing version numbers.
/// </summary>
/// <remarks>
/// Sources: <c>runtime/slice.go</c>, <c>runtime/msize*.go</c>, <c>runtime/malloc.go</c>, <c>runtime/map.go</c>,
/// <c>internal/runtime/maps</c>, and measurements from real toolchains (see <c>docs/versions.md</c>). Go 1.20 was not
/// measured; it shares 1.21's slice and allocator rules, and its classic map uses 6.5 (the 1.21 integer-truncation bug
/// was introduced in 1.21's <c>internal/abi</c> refactor).
/// </remarks>
public sealed partial class GoVersion : IEquatable<GoVersion>
{
    /// <summary>The oldest minor release modelled.</summary>
    public const int MinMinor = 17;

    /// <summary>The newest minor release modelled (the default).</summary>
    public const int MaxMinor = 27;

    private static readonly FrozenDictionary<int, GoVersion> s_releases =
        Enumerable.Range(MinMinor, MaxMinor - MinMinor + 1).ToFrozenDictionary(m => m, m => new GoVersion(m, GoExperiment.None));

    private GoVersion(int minor, GoExperiment experiments)
    {
        Minor = minor;
        Experiments = experiments;
    }

    /// <summary>The newest modelled release, used when nothing else is asked for.</summary>
    public static GoVersion Latest => s_releases[MaxMinor];

    /// <summary>Every modelled release in ascending order, without experiments.</summary>
    public static IReadOnlyList<GoVersion> All { get; } = [.. Enumerable.Range(MinMinor, MaxMinor - MinMinor + 1).Select(m => s_releases[m])];

    /// <summary>The minor number: 22 for Go 1.22.</summary>
    public int Minor { get; }

    /// <summary>The experiments this profile runs with.</summary>
    public GoExperiment Experiments { get; }

    /// <summary>The release name, such as <c>1.22</c> or <c>1.24+noswissmap</c>.</summary>
    public string Name => Experiments == GoExperiment.None ? $"1.{Minor}" : $"1.{Minor}+{ExperimentNames(Experiments)}";

    // ---- Slices -------------------------------------------------------------------------------------------------

    /// <summary>
    /// Which capacity formula <c>growslice</c> uses (<c>nextslicecap</c> from 1.18). The 1.17 rule doubles while the
    /// old <em>capacity</em> is below 1024 (1.17.13 <c>runtime/slice.go</c> tests <c>old.cap &lt; 1024</c>; much older
    /// releases tested <c>old.len</c>), then grows by a quarter.
    /// </summary>
    public SliceGrowthRule GrowthRule => Minor >= 18 ? SliceGrowthRule.Go118 : SliceGrowthRule.Go117;

    /// <summary>
    /// The text of the panic when <c>growslice</c> cannot represent the new length: 1.19 and earlier passed the
    /// wanted cap and said <c>cap out of range</c>; 1.20 changed the calling convention and the text.
    /// </summary>
    public string GrowsliceOverflowMessage => Minor >= 20 ? "growslice: len out of range" : "growslice: cap out of range";

    /// <summary>
    /// Go 1.25+: the first <c>append</c> to a non-escaping slice of elements of at most 32 bytes may use a 32-byte
    /// stack buffer (cap = 32/size) instead of the heap. Only the lab's <c>escapes: false</c> mode uses it.
    /// </summary>
    public bool StackBufferForFirstAppend => Minor >= 25;

    /// <summary>
    /// Go 1.26+: a slice built locally and escaping only at the end (<c>cmd/compile/internal/slice</c> inserts
    /// <c>move2heap</c> there) lives in a 32-byte stack buffer until it outgrows it: if the code reads <c>cap</c>, it
    /// grows one size class at a time (<c>growsliceBuf</c>) and <c>moveSlice</c> keeps the cap; otherwise the first
    /// append takes the whole buffer and <c>moveSliceNoCap</c> rounds the length to a size class. Verified on
    /// go1.26.10 (differs from 1.25, equal to 1.27: <c>tests/Gort.Tests/TestData/measured/slices/go1.26</c>).
    /// </summary>
    public bool GrowsliceStackBuffer => Minor >= 26;

    /// <summary>
    /// Go 1.22+: a non-escaping <c>[]byte(string)</c> whose result is never mutated is zero-copy (escape analysis turns
    /// it into <c>OSTR2BYTESTMP</c>, <c>cmd/compile/internal/escape</c>): no allocation and cap = the string's length for
    /// every length. Before, such a conversion used the 32-byte stack <c>tmpBuf</c> (cap 32) up to 32 bytes and a
    /// size-class-rounded heap copy above. Measured: oracle <c>conversion_caps</c>, column 5.
    /// </summary>
    public bool ExactNonEscapingStringToBytes => Minor >= 22;

    /// <summary>
    /// Go 1.20+: for element sizes that are not 1 or 8, <c>growslice</c> recomputes the byte size from the rounded
    /// capacity (<c>capmem = newcap * size</c>) before calling <c>mallocgc</c>; 1.17–1.19 pass the rounded size itself.
    /// Both land in the same size class, but the request size matters on the tiny path (its alignment) and in
    /// records. Source: <c>runtime/slice.go</c> of 1.19.8 and 1.21.13 (1.20 assumed as 1.21, see the remarks above).
    /// </summary>
    public bool GrowsliceRecomputesCapmem => Minor >= 20;

    // ---- Allocator ----------------------------------------------------------------------------------------------

    /// <summary>
    /// Go 1.22+ (unless <c>GOEXPERIMENT=noallocheaders</c>, which exists only in 1.22): pointerful objects larger
    /// than 512 bytes carry an 8-byte type header inside their slot.
    /// </summary>
    public bool MallocHeaders => Minor >= 22 && !Experiments.HasFlag(GoExperiment.NoAllocHeaders);

    /// <summary>
    /// The largest size served from a size class: 32768, or 32760 (<c>maxSmallSize - mallocHeaderSize</c>) once
    /// malloc headers exist. The 1.22 limit applies to pointer-free objects too.
    /// </summary>
    public int MaxSmallSize => MallocHeaders ? 32760 : 32768;

    // ---- GC ------------------------------------------------------------------------------------------------------

    /// <summary>
    /// Go 1.18+ (the 2021 pacer redesign, <c>runtime/mgcpacer.go</c>): the heap goal adds the GOGC share of goroutine
    /// stacks and globals to the marked heap, and gctrace prints <c>MB stacks</c> and <c>MB globals</c> fields.
    /// </summary>
    public bool PacerScanTerms => Minor >= 18;

    // ---- Maps ---------------------------------------------------------------------------------------------------

    /// <summary>The map engine: Swiss tables from 1.24 unless <c>noswissmap</c>.</summary>
    public MapEngineKind MapEngine =>
        Minor >= 24 && !Experiments.HasFlag(GoExperiment.NoSwissMap) ? MapEngineKind.Swiss : MapEngineKind.Classic;

    /// <summary>
    /// The numerator of the classic map's load factor over <see cref="ClassicLoadFactorDen"/> (2): 13 gives 6.5.
    /// Go 1.21 computed it as <c>(8*13/16)*2</c> with integer division, which is 12 (load 6.0; golang/go#63438).
    /// </summary>
    public int ClassicLoadFactorNum => Minor == 21 ? 12 : 13;

    /// <summary>The denominator of the classic map's load factor.</summary>
    public int ClassicLoadFactorDen => 2;

    /// <summary>
    /// Go 1.21–1.23: <c>mapclear</c> marks every slot of old and new buckets <c>emptyRest</c> so live iterators see
    /// nothing stale (golang/go#59411). 1.24/1.25 <c>noswissmap</c> (<c>map_noswiss.go</c>) replaced the marking with
    /// <see cref="ClassicClearSeq"/>.
    /// </summary>
    public bool ClassicClearMarksEmptyRest => Minor is >= 21 and < 24;

    /// <summary>
    /// Go 1.24/1.25 <c>noswissmap</c>: the classic <c>hmap</c> has a <c>clearSeq uint64</c> that <c>mapclear</c>
    /// increments; an iterator started before a clear looks every entry up again instead of trusting its bucket
    /// (<c>map_noswiss.go</c>, read at go1.24.4).
    /// </summary>
    public bool ClassicClearSeq => Minor >= 24;

    /// <summary>
    /// The classic <c>hmap</c> header size: 48 bytes, 56 in 1.24/1.25 <c>noswissmap</c> (the added <c>clearSeq</c>),
    /// which the allocator charges as 64 (measured: <c>make(map[int64]int64)</c> = 1 malloc / 64 B).
    /// </summary>
    public int ClassicHmapSize => ClassicClearSeq ? 56 : 48;

    /// <summary>
    /// Go 1.22+: <c>mapiterinit</c> draws a 64-bit <c>rand()</c> for the start bucket and offset; 1.19–1.21 draw a
    /// 32-bit <c>fastrand()</c> unless B &gt; 28 (<c>fastrand64</c>).
    /// </summary>
    public bool ClassicIteratorRand64 => Minor >= 22;

    /// <summary>Go 1.21+: the <c>clear</c> builtin exists (the range-delete idiom compiles to the same call everywhere).</summary>
    public bool HasClearBuiltin => Minor >= 21;

    /// <summary>Go 1.25+: Swiss tables prune tombstones before growing, on the fast paths (<c>pruneTombstones</c>).</summary>
    public bool SwissPrunesTombstones => Minor >= 25;

    /// <summary>Go 1.25+: Swiss <c>clear</c> also runs on an empty map with tombstones, and only zeroes used groups.</summary>
    public bool SwissClear125 => Minor >= 25;

    /// <summary>
    /// Go 1.27+: <c>mapassign_fast32ptr</c>/<c>mapassign_fast64ptr</c> (pointer keys) also prune tombstones before
    /// growing; in 1.25 and 1.26 only <c>fast32</c>, <c>fast64</c> and <c>faststr</c> do (golang/go PR #78685; read in
    /// <c>internal/runtime/maps/runtime_fast64.go</c> of go1.25.12, go1.26.10 and go1.27.3). The generic
    /// <c>runtime_mapassign</c> never prunes.
    /// </summary>
    public bool SwissPrunesTombstonesOnPointerKeys => Minor >= 27;

    /// <summary>
    /// Go 1.24, 1.25 and 1.26: assigning to an existing key of a full 8-entry small Swiss map still converts it to a
    /// table (the capacity check comes before the key search). Go 1.27 searches first and grows only for a new key.
    /// Measured (tools/swiss/overwrite): the overwrite costs 3 mallocs / 328 B for <c>map[int64]int64</c> on go1.24.4,
    /// go1.25.12 and go1.26.10, and 0 on go1.27.3 (where the 9th new key pays instead).
    /// </summary>
    public bool SwissSmallMapOverwriteGrows => Minor is >= 24 and <= 26;

    /// <summary>Experiments this release accepts (<c>--experiment</c>).</summary>
    public GoExperiment SupportedExperiments => Minor switch
    {
        22 => GoExperiment.NoAllocHeaders,
        24 or 25 => GoExperiment.NoSwissMap,
        _ => GoExperiment.None,
    };

    /// <summary>Returns the profile of Go 1.<paramref name="minor"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The release is not modelled.</exception>
    public static GoVersion Get(int minor) =>
        s_releases.TryGetValue(minor, out var v)
            ? v
            : throw new ArgumentOutOfRangeException(nameof(minor), minor, $"Go 1.{minor} is not modelled (1.{MinMinor}..1.{MaxMinor})");

    /// <summary>Returns this release with <paramref name="experiment"/> switched on.</summary>
    /// <exception cref="ArgumentException">The release has no such experiment.</exception>
    public GoVersion WithExperiment(GoExperiment experiment)
    {
        if (experiment == GoExperiment.None)
        {
            return this;
        }

        if ((experiment & ~SupportedExperiments) != 0)
        {
            throw new ArgumentException(
                $"go 1.{Minor} has no GOEXPERIMENT {ExperimentNames(experiment & ~SupportedExperiments)} (supported: {(SupportedExperiments == GoExperiment.None ? "none" : ExperimentNames(SupportedExperiments))})",
                nameof(experiment));
        }

        return new GoVersion(Minor, Experiments | experiment);
    }

    /// <summary>
    /// Parses <c>1.22</c>, <c>go1.22</c>, <c>1.22.5</c> or <c>go1.22rc1</c>, optionally followed by <c>+experiment</c>.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out GoVersion? version, out string? error)
    {
        version = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "empty Go version";
            return false;
        }

        var s = text.Trim();
        string? experiment = null;
        var plus = s.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            experiment = s[(plus + 1)..];
            s = s[..plus];
        }

        if (s.StartsWith("go", StringComparison.OrdinalIgnoreCase))
        {
            s = s[2..];
        }

        var parts = s.Split('.');
        if (parts.Length is < 2 or > 3 || parts[0] != "1")
        {
            error = $"invalid Go version \"{text}\" (expected 1.N, go1.N or 1.N.P)";
            return false;
        }

        var minorText = parts[1];
        var cut = minorText.IndexOfAny(['r', 'b']); // 1.22rc1, 1.22beta1
        if (cut > 0)
        {
            minorText = minorText[..cut];
        }

        if (!int.TryParse(minorText, NumberStyles.None, CultureInfo.InvariantCulture, out var minor) ||
            (parts.Length == 3 && !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            error = $"invalid Go version \"{text}\" (expected 1.N, go1.N or 1.N.P)";
            return false;
        }

        if (minor is < MinMinor or > MaxMinor)
        {
            error = $"Go 1.{minor} is not modelled (supported: 1.{MinMinor} to 1.{MaxMinor})";
            return false;
        }

        version = s_releases[minor];
        if (experiment is not null)
        {
            if (!TryParseExperiment(experiment, out var exp, out error))
            {
                return false;
            }

            try
            {
                version = version.WithExperiment(exp);
            }
            catch (ArgumentException e)
            {
                error = e.Message[..(e.Message.IndexOf(" (Parameter", StringComparison.Ordinal) is var i and >= 0 ? i : e.Message.Length)];
                return false;
            }
        }

        return true;
    }

    /// <summary>Parses a version or throws <see cref="FormatException"/> with a one-line reason.</summary>
    public static GoVersion Parse(string text) => TryParse(text, out var v, out var error) ? v : throw new FormatException(error);

    /// <summary>Parses a <c>GOEXPERIMENT</c> name list such as <c>noswissmap</c> or <c>noswissmap,noallocheaders</c>.</summary>
    public static bool TryParseExperiment(string text, out GoExperiment experiment, [NotNullWhen(false)] out string? error)
    {
        experiment = GoExperiment.None;
        error = null;
        foreach (var raw in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (raw.ToLowerInvariant())
            {
                case "noswissmap":
                    experiment |= GoExperiment.NoSwissMap;
                    break;
                case "noallocheaders":
                    experiment |= GoExperiment.NoAllocHeaders;
                    break;
                default:
                    error = $"unknown GOEXPERIMENT \"{raw}\" (known: noswissmap, noallocheaders)";
                    return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Every modelled <c>GOEXPERIMENT</c> with the releases that accept it, for help texts:
    /// <c>noswissmap (1.24, 1.25) or noallocheaders (1.22)</c>.
    /// </summary>
    public static string DescribeExperiments() => string.Join(" or ", Enum.GetValues<GoExperiment>()
        .Where(e => e != GoExperiment.None)
        .Select(e => $"{ExperimentNames(e)} ({string.Join(", ", All.Where(v => v.SupportedExperiments.HasFlag(e)).Select(v => v.Name))})"));

    private static string ExperimentNames(GoExperiment e)
    {
        var names = new List<string>(2);
        if (e.HasFlag(GoExperiment.NoSwissMap))
        {
            names.Add("noswissmap");
        }

        if (e.HasFlag(GoExperiment.NoAllocHeaders))
        {
            names.Add("noallocheaders");
        }

        return string.Join(",", names);
    }

    /// <inheritdoc/>
    public bool Equals(GoVersion? other) => other is not null && other.Minor == Minor && other.Experiments == Experiments;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GoVersion);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Minor, Experiments);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
