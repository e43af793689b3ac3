using Gort.Versions;

namespace Gort.Tests.Maps.Swiss;

/// <summary>The shared map contract on the Swiss engine, Go 1.24 (no tombstone pruning, overwrite of a full small map grows).</summary>
public sealed class SwissMapPropertyTests124 : MapPropertyTests
{
    protected override GoVersion Version => GoVersion.Get(24);
}

/// <summary>The shared map contract on the Swiss engine, Go 1.25 (pruning on fast paths, 1.25 clear).</summary>
public sealed class SwissMapPropertyTests125 : MapPropertyTests
{
    protected override GoVersion Version => GoVersion.Get(25);
}

/// <summary>The shared map contract on the Swiss engine, Go 1.27 (pointer keys prune too; full small map grows only for a new key).</summary>
public sealed class SwissMapPropertyTests127 : MapPropertyTests
{
    protected override GoVersion Version => GoVersion.Get(27);
}
