using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Gort.Runtime;
using Gort.Versions;

namespace Gort.Memory;

/// <summary>
/// The simulated Go heap of one <see cref="Runtime.GoRuntime"/>: it runs <c>mallocgc</c>'s rules for a version, keeps the
/// current tiny block (one P's <c>mcache.tiny</c>), and counts as <c>runtime.MemStats</c> counts.
/// </summary>
/// <remarks>
/// <para>
/// Go keeps one tiny block per P; Gort models a single P (the oracle ran with <c>GOMAXPROCS=1</c>). A heap is not
/// thread-safe, like an mcache: use one runtime per thread, or synchronize.
/// </para>
/// <para>
/// Liveness (with <see cref="TrackLiveness"/>): an allocation made with an <c>owner</c> (the .NET object that backs
/// the Go object) is tracked by a weak GC handle; a simulated GC cycle forces a .NET collection and frees, in the
/// model, every tracked object whose owner was collected. Allocations without an owner (the lab's direct
/// <c>mallocgc</c> calls) stay live for the heap's lifetime. See docs/observability.md for the pacer and what is simplified.
/// </para>
/// <para>
/// Subscribers (<see cref="AddListener"/>: allocation and GC listeners, one heap profiler; process-wide
/// <see cref="IRuntimeObserver"/>s learn of each new heap) are reached through those interfaces only: the heap does not
/// know the profile, gctrace writer, EventSource or Meter that may be listening.
/// </para>
/// </remarks>
public sealed class GoHeap
{
    private readonly ulong[] _smallAllocCount = new ulong[SizeClasses.Count];
    private readonly ulong[] _smallFreeCount = new ulong[SizeClasses.Count];
    private readonly List<IAllocationListener> _listeners = [];
    private readonly List<IGcListener> _gcListeners = [];
    private List<AllocationRecord>? _records;
    private ulong _tinyAllocCount;
    private ulong _largeAllocCount;
    private ulong _largeAllocBytes;
    private ulong _largeFreeCount;
    private ulong _largeFreeBytes;
    private long _nextId;
    private int _tinyOffset;
    private bool _hasTinyBlock;

    // Liveness and the GC model.
    private readonly HeapSpans _spans = new();
    private readonly GcPacer _pacer;
    private readonly TrackedObjects _tracked = new();
    private long _heapLive;
    private long _gcThreshold;
    private bool _marking;
    private bool _inCycle;
    private long _heapAtStart;
    private long _goalAtStart;
    private uint _numGC;
    private uint _numForcedGC;
    private ulong _lastGC;
    private IHeapProfiler? _profiler;

    /// <summary>Creates an empty heap for <paramref name="version"/> with GOGC=100.</summary>
    public GoHeap(GoVersion version)
        : this(version, 100)
    {
    }

    /// <summary>Creates an empty heap for <paramref name="version"/> with GOGC=<paramref name="gcPercent"/> (negative: off).</summary>
    public GoHeap(GoVersion version, int gcPercent)
    {
        ArgumentNullException.ThrowIfNull(version);
        Version = version;
        _pacer = new GcPacer(version, gcPercent);
        _gcThreshold = _pacer.Trigger;
        RuntimeObservers.HeapCreated(this);
    }

    /// <summary>
    /// Whether allocations made with an owner are tracked for liveness (a weak GC handle each) and GC cycles force a
    /// .NET collection to free the dead ones. Off by default: a full .NET collection per simulated cycle is too
    /// expensive to impose on every accounting run; without it owners are ignored and nothing is ever freed.
    /// </summary>
    public bool TrackLiveness { get; set; }

    /// <summary>
    /// The profiler that samples this heap's allocations, or null (added with <see cref="AddListener"/>). Allocations
    /// made before it was added are not in it.
    /// </summary>
    public IHeapProfiler? Profiler => _profiler;

    /// <summary>GOGC: the percentage of the marked heap allowed as new allocation before the next cycle; negative is <c>off</c>.</summary>
    public int GcPercent => _pacer.GcPercent;

    /// <summary>Completed GC cycles (<c>MemStats.NumGC</c>).</summary>
    public uint NumGC => _numGC;

    /// <summary>The current heap goal (<c>MemStats.NextGC</c>); <see cref="ulong.MaxValue"/> when GOGC is off.</summary>
    public ulong NextGC => _pacer.Goal == long.MaxValue ? ulong.MaxValue : (ulong)_pacer.Goal;

    /// <summary>Whether a simulated cycle is marking (it started at the trigger and ends when the heap reaches the goal).</summary>
    public bool GcRunning => _marking;

    /// <summary>Allocations currently tracked for liveness (made with an owner and not yet found dead).</summary>
    public int TrackedObjects => _tracked.Count;

    /// <summary>Called at the end of every simulated GC cycle.</summary>
    public event Action<GcCycle>? GcCompleted;

    /// <summary><c>debug.SetGCPercent</c>: sets GOGC (negative: off), recomputes the goal and returns the previous value.</summary>
    public int SetGCPercent(int percent)
    {
        var previous = _pacer.SetGcPercent(percent);
        _gcThreshold = _marking ? _pacer.Goal : _pacer.Trigger;
        return previous;
    }

    /// <summary>The version whose allocator rules apply.</summary>
    public GoVersion Version { get; }

    /// <summary>Whether every <see cref="AllocationRecord"/> is kept in <see cref="Records"/>.</summary>
    public bool KeepRecords
    {
        get => _records is not null;
        set => _records = value ? _records ?? [] : null;
    }

    /// <summary>Whether <see cref="Allocate"/> captures the first caller outside Gort (slow: a stack walk each).</summary>
    public bool CaptureCallSites { get; set; }

    /// <summary>The allocations recorded since <see cref="KeepRecords"/> was switched on.</summary>
    public IReadOnlyList<AllocationRecord> Records => _records ?? (IReadOnlyList<AllocationRecord>)[];

    /// <summary>Cumulative objects allocated (<c>MemStats.Mallocs</c>); exact at any time, no flush needed.</summary>
    public ulong Mallocs => _largeAllocCount + SumSmall(_smallAllocCount) + _tinyAllocCount;

    /// <summary>Cumulative bytes charged (<c>MemStats.TotalAlloc</c>).</summary>
    public ulong TotalAlloc => _largeAllocBytes + WeightedSmall(_smallAllocCount);

    /// <summary>Cumulative objects freed (<c>MemStats.Frees</c>, tiny sub-allocations included).</summary>
    public ulong Frees => _largeFreeCount + SumSmall(_smallFreeCount) + _tinyAllocCount;

    /// <summary>Bytes of live objects (<c>MemStats.HeapAlloc</c>).</summary>
    public ulong HeapAlloc => TotalAlloc - _largeFreeBytes - WeightedSmall(_smallFreeCount);

    /// <summary>
    /// Subscribes <paramref name="listener"/> as every kind it implements: an <see cref="IAllocationListener"/> sees
    /// every allocation, an <see cref="IGcListener"/> every GC cycle, an <see cref="IHeapProfiler"/> samples
    /// allocations and their frees. Listeners are called in the order they were added.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// <paramref name="listener"/> is an <see cref="IHeapProfiler"/> and the heap already has a different one.
    /// </exception>
    public void AddListener(IHeapListener listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        if (listener is IHeapProfiler profiler)
        {
            if (_profiler is not null && !ReferenceEquals(_profiler, profiler))
            {
                throw new InvalidOperationException("the heap already has a profiler (a Go process has one MemProfileRate)");
            }

            _profiler = profiler;
        }

        if (listener is IAllocationListener allocations)
        {
            _listeners.Add(allocations);
        }

        if (listener is IGcListener cycles)
        {
            _gcListeners.Add(cycles);
        }
    }

    /// <summary>Unsubscribes a listener added with <see cref="AddListener"/> (a profiler then hears no more frees).</summary>
    public void RemoveListener(IHeapListener listener)
    {
        if (ReferenceEquals(listener, _profiler))
        {
            _profiler = null;
        }

        if (listener is IAllocationListener allocations)
        {
            _listeners.Remove(allocations);
        }

        if (listener is IGcListener cycles)
        {
            _gcListeners.Remove(cycles);
        }
    }

    /// <summary>
    /// Allocates <paramref name="size"/> bytes as <c>mallocgc(size, typ, needzero)</c> does, and counts it.
    /// A zero size is returned with <see cref="AllocationPath.Zero"/> and counted nowhere.
    /// </summary>
    /// <param name="size">Bytes requested.</param>
    /// <param name="pointers">Whether the type contains pointers (a <c>noscan</c> allocation otherwise).</param>
    /// <param name="operation">The Go operation, for reports and profiles.</param>
    /// <param name="typeName">The Go type, for reports.</param>
    /// <param name="owner">
    /// The .NET object backing the Go object (a backing array, a bucket array, a table...): with
    /// <see cref="TrackLiveness"/>, the object is freed in the model by the first GC cycle after
    /// <paramref name="owner"/> became unreachable. Null (or liveness off): never freed.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is negative.</exception>
    public AllocationRecord Allocate(long size, bool pointers, GoOperation operation, string? typeName = null, object? owner = null)
    {
        var plan = Allocator.Plan(size, pointers, Version);
        long charged;
        SpanSlot slot = default;
        switch (plan.Path)
        {
            case AllocationPath.Zero:
                return new AllocationRecord(0, 0, 0, 0, 0, AllocationPath.Zero, pointers, operation, typeName, null);
            case AllocationPath.Tiny:
                charged = AllocateTiny((int)size);
                if (charged != 0)
                {
                    slot = _spans.AllocateSmall(SizeClasses.TinySizeClass);
                }

                break;
            case AllocationPath.Small:
                _smallAllocCount[plan.SizeClass]++;
                charged = plan.SlotBytes;
                slot = _spans.AllocateSmall(plan.SizeClass);
                break;
            default:
                _largeAllocCount++;
                _largeAllocBytes += (ulong)plan.SlotBytes;
                charged = plan.SlotBytes;
                _spans.AllocateLarge(charged);
                break;
        }

        _heapLive += charged;
        var record = new AllocationRecord(
            ++_nextId, size, charged, plan.Usable, plan.SizeClass, plan.Path, pointers, operation, typeName,
            CaptureCallSites ? CallSites.FirstOutsideGort() : null);
        var sample = _profiler is { } profiler ? profiler.OnAllocation(record) : HeapProfileSample.None;
        if (owner is not null && charged != 0 && TrackLiveness)
        {
            // A tiny sub-allocation (charged 0) shares the block opened by an earlier object: the block lives as long
            // as the owner of the object that opened it (a documented simplification).
            _tracked.Add(owner, charged, slot, sample);
        }

        _records?.Add(record);
        foreach (var listener in _listeners)
        {
            listener.OnAllocation(record);
        }

        if (_heapLive >= _gcThreshold)
        {
            OnGcThreshold();
        }

        return record;
    }

    /// <summary>
    /// <c>runtime.GC()</c>: finishes a cycle in progress, then runs a full cycle (forcing a .NET collection to learn
    /// which tracked objects died) and sweeps.
    /// </summary>
    public void Collect()
    {
        if (_marking)
        {
            EndCycle(forced: false);
        }

        StartCycle(forced: true);
        EndCycle(forced: true);
    }

    /// <summary>
    /// Counts <paramref name="record"/> as freed in the counters (for allocations made without an owner). Tiny
    /// sub-allocations are never freed individually: Go counts them as freed when they are made. Span occupancy
    /// (<c>HeapInuse</c>) is not changed: only the GC's own sweep knows an object's span.
    /// </summary>
    public void Free(in AllocationRecord record)
    {
        switch (record.Path)
        {
            case AllocationPath.Small:
            case AllocationPath.Tiny when record.NewTinyBlock:
                _smallFreeCount[record.SizeClass]++;
                _heapLive -= record.Charged;
                break;
            case AllocationPath.Large:
                _largeFreeCount++;
                _largeFreeBytes += (ulong)record.Charged;
                _heapLive -= record.Charged;
                break;
        }
    }

    /// <summary>Drops the current tiny block, as a GC cycle or <c>ReadMemStats</c> (via <c>flushallmcaches</c>) does.</summary>
    public void FlushTinyBlock()
    {
        _hasTinyBlock = false;
        _tinyOffset = 0;
    }

    /// <summary><c>runtime.ReadMemStats</c>: flushes the tiny block, then returns the counters.</summary>
    public MemStats ReadMemStats()
    {
        FlushTinyBlock();
        var bySize = new MemStatsBySize[61];
        for (var i = 0; i < bySize.Length; i++)
        {
            bySize[i] = new MemStatsBySize((uint)SizeClasses.ClassToSize[i], _smallAllocCount[i], _smallFreeCount[i]);
        }

        return new MemStats
        {
            Alloc = HeapAlloc,
            TotalAlloc = TotalAlloc,
            Mallocs = Mallocs,
            Frees = Frees,
            HeapInuse = (ulong)_spans.InuseBytes,
            NumGC = _numGC,
            NumForcedGC = _numForcedGC,
            NextGC = NextGC,
            LastGC = _lastGC,
            BySize = bySize,
        };
    }

    // The live heap crossed the trigger (start marking) or, while marking, the goal (end the cycle).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void OnGcThreshold()
    {
        if (_inCycle)
        {
            return;
        }

        if (!_marking)
        {
            StartCycle(forced: false);
            if (_heapLive < _pacer.Goal)
            {
                return;
            }
        }

        EndCycle(forced: false);
    }

    // Mark start. The .NET GC answers which tracked objects are unreachable now; they are freed at mark termination.
    // Objects allocated while marking are allocated black (live for this cycle), as in Go.
    private void StartCycle(bool forced)
    {
        _inCycle = true;
        try
        {
            _marking = true;
            _heapAtStart = _heapLive;
            _goalAtStart = _pacer.Goal;
            if (_gcListeners.Count != 0)
            {
                var start = new GcCycleStart(_numGC + 1, _heapLive, _pacer.Goal, forced);
                foreach (var listener in _gcListeners)
                {
                    listener.OnGcStart(this, start);
                }
            }

            if (_tracked.Count != 0)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                _tracked.MarkDead();
            }

            _gcThreshold = _pacer.Goal;
        }
        finally
        {
            _inCycle = false;
        }
    }

    // Mark termination and an eager sweep: free the objects found dead, flush the mcache (tiny block, current spans),
    // and let the pacer compute the next goal from the marked heap.
    private void EndCycle(bool forced)
    {
        _inCycle = true;
        try
        {
            var heapAtMarkEnd = _heapLive;
            long freedObjects = 0;
            long freedBytes = 0;
            _tracked.Sweep((in TrackedObjects.Entry entry) =>
            {
                FreeTracked(entry);
                freedObjects++;
                freedBytes += entry.Charged;
            });
            FlushTinyBlock();
            _spans.Swept();
            _marking = false;
            _numGC++;
            if (forced)
            {
                _numForcedGC++;
            }

            _lastGC = (ulong)(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1_000_000);
            var goal = _goalAtStart == long.MaxValue ? _pacer.Goal : _goalAtStart;
            _pacer.EndCycle(_heapLive);
            _gcThreshold = _pacer.Trigger;
            var cycle = new GcCycle(_numGC, _heapAtStart, heapAtMarkEnd, _heapLive, goal, _pacer.Goal, freedObjects, freedBytes, forced);
            foreach (var listener in _gcListeners)
            {
                listener.OnGcEnd(this, cycle);
            }

            GcCompleted?.Invoke(cycle);
        }
        finally
        {
            _inCycle = false;
        }
    }

    private void FreeTracked(in TrackedObjects.Entry entry)
    {
        _heapLive -= entry.Charged;
        if (entry.Slot.Span is { } span)
        {
            _smallFreeCount[span.SizeClass]++;
            _spans.FreeSmall(entry.Slot);
        }
        else
        {
            _largeFreeCount++;
            _largeFreeBytes += (ulong)entry.Charged;
            _spans.FreeLarge(entry.Charged);
        }

        if (entry.Sample.IsSampled)
        {
            _profiler?.OnFree(entry.Sample);
        }
    }

    // mallocgc's tiny path (runtime/malloc.go): align the offset by the size's power-of-two factor, use the current
    // block if the object fits, otherwise take a fresh 16-byte block and keep whichever block has more room left.
    private long AllocateTiny(int size)
    {
        Debug.Assert(size is > 0 and < SizeClasses.TinySize);
        var off = _tinyOffset;
        if ((size & 7) == 0)
        {
            off = (off + 7) & ~7;
        }
        else if ((size & 3) == 0)
        {
            off = (off + 3) & ~3;
        }
        else if ((size & 1) == 0)
        {
            off = (off + 1) & ~1;
        }

        if (_hasTinyBlock && off + size <= SizeClasses.TinySize)
        {
            _tinyOffset = off + size;
            _tinyAllocCount++;
            return 0;
        }

        _smallAllocCount[SizeClasses.TinySizeClass]++;
        if (!_hasTinyBlock || size < _tinyOffset)
        {
            _hasTinyBlock = true;
            _tinyOffset = size;
        }

        return SizeClasses.TinySize;
    }

    private static ulong SumSmall(ulong[] counts)
    {
        ulong sum = 0;
        foreach (var c in counts)
        {
            sum += c;
        }

        return sum;
    }

    private static ulong WeightedSmall(ulong[] counts)
    {
        ulong sum = 0;
        var sizes = SizeClasses.ClassToSize;
        for (var i = 1; i < counts.Length; i++)
        {
            sum += counts[i] * (ulong)sizes[i];
        }

        return sum;
    }
}
