namespace Gort.Lab;

/// <summary>Where a slice built by appends lives, as the compiler's escape analysis decides (a lab scenario input).</summary>
public enum SliceEscape
{
    /// <summary>The backing array escapes at every append (stored, returned, or its address taken): pure <c>growslice</c>.</summary>
    Heap,

    /// <summary>The slice never escapes (a local used only through <c>len</c>, <c>cap</c>, indexing).</summary>
    Local,

    /// <summary>
    /// The slice is built in a loop and escapes once, after it (<c>var s []T; for … { s = append(s, x) }; sink = s</c>).
    /// Go 1.26+ builds it in a stack buffer and moves it to the heap at the escape point; earlier releases treat it as
    /// <see cref="Heap"/>.
    /// </summary>
    AtEnd,
}
