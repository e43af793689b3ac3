namespace Gort.Versions;

/// <summary>The map implementation a Go release uses.</summary>
public enum MapEngineKind
{
    /// <summary>The bucket hashmap (<c>runtime/map.go</c>): Go 1.23 and earlier, and 1.24/1.25 built with <c>GOEXPERIMENT=noswissmap</c>.</summary>
    Classic,

    /// <summary>Swiss tables (<c>internal/runtime/maps</c>): Go 1.24 and later.</summary>
    Swiss,
}
