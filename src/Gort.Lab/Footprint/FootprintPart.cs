namespace Gort.Lab.Footprint;

/// <summary>One component of a footprint, such as the bucket array or the indirect keys.</summary>
/// <param name="What">What it is, in Go's vocabulary (<c>buckets</c>, <c>groups of 1024-slot tables</c>, …).</param>
/// <param name="Count">How many objects (an expected value where the count is hash-dependent).</param>
/// <param name="Bytes">Bytes they hold (charged slot sizes on the heap; exact sizes on the stack). Expected value.</param>
/// <param name="OnHeap">False for parts the compiler keeps on the stack or in the variable itself.</param>
/// <param name="HashDependent">Whether the count depends on the hash seed (then <see cref="Bytes"/> is an expectation).</param>
public sealed record FootprintPart(string What, double Count, long Bytes, bool OnHeap = true, bool HashDependent = false);
