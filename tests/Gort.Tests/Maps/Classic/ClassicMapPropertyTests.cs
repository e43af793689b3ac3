using Gort.Versions;

namespace Gort.Tests.Maps.Classic;

/// <summary>The map contract on the classic engine, Go 1.19 (load factor 6.5, pre-1.21 mapclear).</summary>
public sealed class ClassicMapPropertyTests119 : MapPropertyTests
{
    protected override GoVersion Version => GoVersion.Get(19);
}

/// <summary>The map contract on the classic engine, Go 1.21 (load factor 6.0, mapclear marks emptyRest).</summary>
public sealed class ClassicMapPropertyTests121 : MapPropertyTests
{
    protected override GoVersion Version => GoVersion.Get(21);
}

/// <summary>The map contract on the classic engine, Go 1.22.</summary>
public sealed class ClassicMapPropertyTests122 : MapPropertyTests
{
    protected override GoVersion Version => GoVersion.Get(22);
}

/// <summary>The map contract on the classic engine, Go 1.24 with noswissmap (clearSeq iterators).</summary>
public sealed class ClassicMapPropertyTests124NoSwiss : MapPropertyTests
{
    protected override GoVersion Version => GoVersion.Get(24).WithExperiment(GoExperiment.NoSwissMap);
}
