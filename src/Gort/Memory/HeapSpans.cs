namespace Gort.Memory;

/// <summary>
/// Which spans of the simulated heap hold objects, for <c>MemStats.HeapInuse</c>: small objects take slots in spans of
/// their size class (<see cref="SizeClasses.ObjectsPerSpan"/> slots, <see cref="SizeClasses.ClassToPages"/> pages),
/// large objects own their pages.
/// </summary>
/// <remarks>
/// A simplification of <c>mcache</c>/<c>mcentral</c>: one current span per class (one P); a slot is taken at the
/// span's free index; a full span is replaced by a partially used one from the last sweep, or a new one. Freed slots
/// become reusable only after a sweep (a GC cycle), as in Go; a span whose last object dies is released at once
/// (Go returns it to the page heap during the sweep). Go's real address order, partial-span choice and scavenging
/// are not modelled.
/// </remarks>
internal sealed class HeapSpans
{
    private readonly Span?[] _current = new Span?[SizeClasses.Count];
    private readonly Stack<Span>?[] _partial = new Stack<Span>?[SizeClasses.Count];
    private readonly List<Span> _all = [];

    /// <summary>Bytes of spans holding at least one object (live or not yet swept).</summary>
    public long InuseBytes { get; private set; }

    /// <summary>Takes a slot in a span of <paramref name="sizeClass"/>.</summary>
    public SpanSlot AllocateSmall(int sizeClass)
    {
        var span = _current[sizeClass];
        if (span is null || !span.TryTake(out var slot))
        {
            span = NextSpan(sizeClass);
            span.TryTake(out slot);
            _current[sizeClass] = span;
        }

        return new SpanSlot(span, slot);
    }

    /// <summary>Counts a large object's pages.</summary>
    public void AllocateLarge(long bytes) => InuseBytes += bytes;

    /// <summary>Releases a large object's pages.</summary>
    public void FreeLarge(long bytes) => InuseBytes -= bytes;

    /// <summary>Frees a small object's slot (during a sweep); releases its span when it was the last object.</summary>
    public void FreeSmall(SpanSlot slot)
    {
        var span = slot.Span;
        span.Used[slot.Index] = false;
        if (--span.Live == 0)
        {
            span.Released = true;
            InuseBytes -= span.Bytes;
        }
    }

    /// <summary>After a sweep: flushes the current spans (as <c>mcache.releaseAll</c>) and queues partial spans for reuse.</summary>
    public void Swept()
    {
        Array.Clear(_current);
        Array.Clear(_partial);
        var kept = 0;
        for (var i = 0; i < _all.Count; i++)
        {
            var span = _all[i];
            if (span.Released)
            {
                continue;
            }

            _all[kept++] = span;
            span.FreeIndex = 0;
            if (span.Live < span.Used.Length)
            {
                (_partial[span.SizeClass] ??= new Stack<Span>()).Push(span);
            }
        }

        _all.RemoveRange(kept, _all.Count - kept);
    }

    private Span NextSpan(int sizeClass)
    {
        var partial = _partial[sizeClass];
        while (partial is { Count: > 0 })
        {
            var candidate = partial.Pop();
            if (!candidate.Released && candidate.Live < candidate.Used.Length)
            {
                return candidate;
            }
        }

        var span = new Span(sizeClass);
        _all.Add(span);
        InuseBytes += span.Bytes;
        return span;
    }

    /// <summary>One span of a size class.</summary>
    internal sealed class Span(int sizeClass)
    {
        public int SizeClass { get; } = sizeClass;

        public bool[] Used { get; } = new bool[SizeClasses.ObjectsPerSpan(sizeClass)];

        public long Bytes { get; } = (long)SizeClasses.ClassToPages[sizeClass] * SizeClasses.PageSize;

        public int FreeIndex { get; set; }

        public int Live { get; set; }

        public bool Released { get; set; }

        public bool TryTake(out int slot)
        {
            var used = Used;
            var i = FreeIndex;
            while (i < used.Length && used[i])
            {
                i++;
            }

            if (i == used.Length)
            {
                FreeIndex = i;
                slot = -1;
                return false;
            }

            used[i] = true;
            FreeIndex = i + 1;
            Live++;
            slot = i;
            return true;
        }
    }
}

/// <summary>A slot in a span (small objects only).</summary>
internal readonly record struct SpanSlot(HeapSpans.Span Span, int Index);
