namespace Gort.Versions;

/// <summary>The <c>GOEXPERIMENT</c> settings that change what Gort models.</summary>
[Flags]
public enum GoExperiment
{
    /// <summary>The release's defaults.</summary>
    None = 0,

    /// <summary><c>noswissmap</c> (1.24, 1.25): use the classic bucket hashmap instead of Swiss tables.</summary>
    NoSwissMap = 1,

    /// <summary><c>noallocheaders</c> (1.22 only): no 8-byte malloc header in pointerful objects.</summary>
    NoAllocHeaders = 2,
}
