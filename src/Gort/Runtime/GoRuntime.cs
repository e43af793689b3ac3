using System.Runtime.CompilerServices;
using Gort.Memory;
using Gort.Versions;

namespace Gort.Runtime;

/// <summary>
/// A simulated Go runtime: a version, a heap, and whether slices and maps account their allocations in it.
/// </summary>
/// <remarks>
/// Library code runs against <see cref="Current"/>: the runtime entered on this thread with <see cref="Enter"/>, or
/// the ambient <see cref="Default"/> (newest Go, accounting off, so plain use of <c>Slice&lt;T&gt;</c> and
/// <c>Map&lt;K,V&gt;</c> pays almost nothing). Reading <see cref="Current"/> is one thread-static load; slices and
/// maps only do it on their slow paths (growth, make).
/// </remarks>
public sealed class GoRuntime
{
    // Thread statics are prefixed t_ (dotnet/runtime's convention), which .editorconfig naming rules cannot express.
#pragma warning disable IDE1006
    [ThreadStatic]
    private static GoRuntime? t_current;
#pragma warning restore IDE1006

    private static GoRuntime s_default = new(new GoRuntimeOptions());

    private readonly GoRandom _random;

    /// <summary>Creates a runtime from <paramref name="options"/> (defaults: newest Go, accounting off).</summary>
    public GoRuntime(GoRuntimeOptions? options = null)
    {
        Options = options ?? new GoRuntimeOptions();
        Version = Options.Version;
        Accounting = Options.Accounting;
        Heap = new GoHeap(Version, Options.GcPercent)
        {
            KeepRecords = Options.KeepRecords,
            CaptureCallSites = Options.CaptureCallSites,
            TrackLiveness = Options.TrackLiveness,
        };
        foreach (var listener in Options.Listeners)
        {
            Heap.AddListener(listener);
        }

        _random = new GoRandom(Options.Seed);
    }

    /// <summary>Creates an accounting runtime for <paramref name="version"/>.</summary>
    public static GoRuntime ForVersion(GoVersion version, bool accounting = true, ulong? seed = null) =>
        new(new GoRuntimeOptions { Version = version, Accounting = accounting, Seed = seed });

    /// <summary>The options this runtime was made with.</summary>
    public GoRuntimeOptions Options { get; }

    /// <summary>The Go release whose rules apply.</summary>
    public GoVersion Version { get; }

    /// <summary>Whether slices and maps record their allocations in <see cref="Heap"/>.</summary>
    public bool Accounting { get; }

    /// <summary>The simulated heap.</summary>
    public GoHeap Heap { get; }

    /// <summary>The runtime library code uses on this thread.</summary>
    public static GoRuntime Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => t_current ?? s_default;
    }

    /// <summary>The ambient runtime used when none was entered (newest Go, accounting off unless replaced).</summary>
    public static GoRuntime Default
    {
        get => s_default;
        set => s_default = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Makes this runtime <see cref="Current"/> on this thread until the returned scope is disposed.</summary>
    public Scope Enter()
    {
        var previous = t_current;
        t_current = this;
        return new Scope(this, previous);
    }

    /// <summary>A 64-bit random number from the runtime's source (Go's <c>rand()</c>).</summary>
    public ulong Rand() => _random.Next();

    /// <summary>Records an allocation in <see cref="Heap"/> when accounting is on; otherwise does nothing.</summary>
    /// <param name="size">Bytes requested from <c>mallocgc</c>.</param>
    /// <param name="pointers">Whether the type contains pointers.</param>
    /// <param name="operation">The Go operation.</param>
    /// <param name="typeName">The Go type, for reports.</param>
    /// <param name="owner">
    /// The .NET object that backs the Go object (backing array, bucket or group array, table, directory, indirect
    /// box): the model frees the Go object in the first GC cycle after the owner became unreachable. Null: never freed.
    /// </param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Account(long size, bool pointers, GoOperation operation, string? typeName = null, object? owner = null)
    {
        if (Accounting)
        {
            Heap.Allocate(size, pointers, operation, typeName, owner);
        }
    }

    /// <summary>
    /// <c>runtime.GC()</c>: runs a full simulated cycle now (a forced .NET collection decides which tracked objects
    /// died), blocking until it is done.
    /// </summary>
    public void GC() => Heap.Collect();

    /// <summary><c>runtime.ReadMemStats</c> on <see cref="Heap"/>.</summary>
    public MemStats ReadMemStats() => Heap.ReadMemStats();

    /// <summary><c>debug.SetGCPercent</c>: sets GOGC (negative: off) and returns the previous value.</summary>
    public int SetGCPercent(int percent) => Heap.SetGCPercent(percent);

    /// <summary>Restores the previously current runtime when disposed.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly GoRuntime _runtime;
        private readonly GoRuntime? _previous;

        internal Scope(GoRuntime runtime, GoRuntime? previous)
        {
            _runtime = runtime;
            _previous = previous;
        }

        /// <summary>Leaves the scope.</summary>
        public void Dispose()
        {
            if (t_current == _runtime)
            {
                t_current = _previous;
            }
        }
    }
}
