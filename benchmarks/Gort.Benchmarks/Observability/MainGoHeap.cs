using System.Diagnostics;
using Gort.Versions;

using Gort.Memory;

namespace Gort.Benchmarks.Observability;

/// <summary>
/// A verbatim copy of GoHeap as it was on main before the observability layer (only renamed, with its copy of the
/// internal <c>CallSites</c> walker: benchmarks use Gort's public API only), the benchmark baseline.
/// The simulated Go heap of one <see cref="Runtime.GoRuntime"/>: it runs <c>mallocgc</c>'s rules for a version, keeps the
/// current tiny block (one P's <c>mcache.tiny</c>), and counts as <c>runtime.MemStats</c> counts.
/// </summary>
/// <remarks>
/// Go keeps one tiny block per P; Gort models a single P (the oracle ran with <c>GOMAXPROCS=1</c>). A heap is not
/// thread-safe, like an mcache: use one runtime per thread, or synchronize.
/// </remarks>
public sealed class MainGoHeap
{
    private readonly ulong[] _smallAllocCount = new ulong[SizeClasses.Count];
    private readonly ulong[] _smallFreeCount = new ulong[SizeClasses.Count];
    private readonly List<IAllocationListener> _listeners = [];
    private List<AllocationRecord>? _records;
    private ulong _tinyAllocCount;
    private ulong _largeAllocCount;
    private ulong _largeAllocBytes;
    private ulong _largeFreeCount;
    private ulong _largeFreeBytes;
    private long _nextId;
    private int _tinyOffset;
    private bool _hasTinyBlock;

    /// <summary>Creates an empty heap for <paramref name="version"/>.</summary>
    public MainGoHeap(GoVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        Version = version;
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

    /// <summary>Adds a listener that sees every allocation.</summary>
    public void AddListener(IAllocationListener listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        _listeners.Add(listener);
    }

    /// <summary>Removes a listener added with <see cref="AddListener"/>.</summary>
    public void RemoveListener(IAllocationListener listener) => _listeners.Remove(listener);

    /// <summary>
    /// Allocates <paramref name="size"/> bytes as <c>mallocgc(size, typ, needzero)</c> does, and counts it.
    /// A zero size is returned with <see cref="AllocationPath.Zero"/> and counted nowhere.
    /// </summary>
    /// <param name="size">Bytes requested.</param>
    /// <param name="pointers">Whether the type contains pointers (a <c>noscan</c> allocation otherwise).</param>
    /// <param name="operation">The Go operation, for reports and profiles.</param>
    /// <param name="typeName">The Go type, for reports.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is negative.</exception>
    public AllocationRecord Allocate(long size, bool pointers, GoOperation operation, string? typeName = null)
    {
        var plan = Allocator.Plan(size, pointers, Version);
        long charged;
        switch (plan.Path)
        {
            case AllocationPath.Zero:
                return new AllocationRecord(0, 0, 0, 0, 0, AllocationPath.Zero, pointers, operation, typeName, null);
            case AllocationPath.Tiny:
                charged = AllocateTiny((int)size);
                break;
            case AllocationPath.Small:
                _smallAllocCount[plan.SizeClass]++;
                charged = plan.SlotBytes;
                break;
            default:
                _largeAllocCount++;
                _largeAllocBytes += (ulong)plan.SlotBytes;
                charged = plan.SlotBytes;
                break;
        }

        var record = new AllocationRecord(
            ++_nextId, size, charged, plan.Usable, plan.SizeClass, plan.Path, pointers, operation, typeName,
            CaptureCallSites ? FirstOutsideGort() : null);
        _records?.Add(record);
        foreach (var listener in _listeners)
        {
            listener.OnAllocation(record);
        }

        return record;
    }

    /// <summary>
    /// Counts <paramref name="record"/> as freed (the GC found it dead). Tiny sub-allocations are never freed
    /// individually: Go counts them as freed when they are made.
    /// </summary>
    public void Free(in AllocationRecord record)
    {
        switch (record.Path)
        {
            case AllocationPath.Small:
            case AllocationPath.Tiny when record.NewTinyBlock:
                _smallFreeCount[record.SizeClass]++;
                break;
            case AllocationPath.Large:
                _largeFreeCount++;
                _largeFreeBytes += (ulong)record.Charged;
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
            HeapInuse = HeapAlloc,
            BySize = bySize,
        };
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

    // Gort.Memory.CallSites.FirstOutsideGort as it was (internal to Gort): the first frame outside the Gort assembly.
    private static string? FirstOutsideGort()
    {
        var gort = typeof(GoHeap).Assembly;
        var trace = new StackTrace(2, fNeedFileInfo: true);
        foreach (var frame in trace.GetFrames())
        {
            var method = frame.GetMethod();
            if (method?.DeclaringType is not { } type || type.Assembly == gort)
            {
                continue;
            }

            var file = frame.GetFileName();
            var name = $"{type.FullName}.{method.Name}";
            return file is null ? name : $"{name} ({Path.GetFileName(file)}:{frame.GetFileLineNumber()})";
        }

        return null;
    }
}
