namespace Gort.Versions;

/// <summary>
/// How the linker orders type descriptors in the binary (<c>cmd/link/internal/ld/data.go</c>, <c>dodataSect</c>).
/// <c>internal/fmtsort</c> orders interface map keys of different dynamic types by descriptor address, so this decides
/// where <c>1</c>, <c>"a"</c> and <c>true</c> land in <c>map[any]int</c>'s printed form.
/// </summary>
public enum TypeDescriptorOrder
{
    /// <summary>By symbol size, then by symbol name (<c>type.int</c> &lt; <c>type.main.T</c> &lt; <c>type.string</c>).</summary>
    SizeThenName,

    /// <summary>
    /// By symbol size, then by symbol index: the package-defined symbols of each package in load order (the program's
    /// own named types first, the runtime's predeclared types last), then the de-duplicated ones (unnamed types).
    /// </summary>
    SizeThenSymbolIndex,

    /// <summary>
    /// Types the runtime may look up by string (unnamed pointer, array, chan, func, map, slice and struct types) first,
    /// sorted by type string; then the rest as <see cref="SizeThenSymbolIndex"/>.
    /// </summary>
    TypelinksFirst,
}
