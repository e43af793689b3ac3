using System.Runtime.CompilerServices;
using Gort.Maps;
using Gort.Memory;
using Gort.Runtime;
using Gort.Slices;

namespace Gort.Tests.Observability;

/// <summary>
/// The C# twin of tools/gctrace/main.go, twice: <see cref="RunWithLibrary"/> runs the same statements through
/// <see cref="Slice{T}"/> and <see cref="Map{TKey,TValue}"/>; <see cref="Run"/> makes the same allocations with direct
/// <see cref="GoHeap.Allocate"/> calls that mirror what Go 1.22 allocates for each statement (each owner a small .NET
/// object whose reachability mirrors the Go object's). A test checks that both produce the same GC cycles.
/// </summary>
internal static class GcScenario
{
    public const int Iterations = 2000;
    public const int BigRing = 64;
    public const int BigSize = 96 << 10;
    public const int SmallRing = 1024;
    public const int SmallLen = 100;
    public const int MapRing = 64;

    /// <summary>Runs the scenario on <paramref name="runtime"/>'s heap.</summary>
    public static void Run(GoRuntime runtime)
    {
        var rings = new Rings();
        for (var i = 0; i < Iterations; i++)
        {
            Iteration(runtime.Heap, rings, i);
        }

        GC.KeepAlive(rings);
    }

    /// <summary>Runs the scenario through the library types inside <paramref name="runtime"/>.</summary>
    public static void RunWithLibrary(GoRuntime runtime)
    {
        var bigs = new Slice<byte>[BigRing];
        var smalls = new Slice<long>[SmallRing];
        var maps = new Map<long, long>[MapRing];
        using (runtime.Enter())
        {
            for (var i = 0; i < Iterations; i++)
            {
                LibraryIteration(bigs, smalls, maps, i);
            }
        }

        GC.KeepAlive(bigs);
        GC.KeepAlive(smalls);
        GC.KeepAlive(maps);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void LibraryIteration(Slice<byte>[] bigs, Slice<long>[] smalls, Map<long, long>[] maps, int i)
    {
        var b = Slice.Make<byte>(BigSize);
        var span = b.AsSpan();
        for (var j = 0; j < span.Length; j++)
        {
            span[j] = (byte)(i + j);
        }

        bigs[i % BigRing] = b;
        smalls[i % SmallRing] = Slice.Make<long>(SmallLen);
        var m = Map.Make<long, long>();
        for (var k = 0; k < 8; k++)
        {
            m[k] = i;
        }

        maps[i % MapRing] = m;
    }

    // One loop body, in a method of its own so that no stale local keeps an owner alive across iterations.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Iteration(GoHeap heap, Rings rings, int i)
    {
        // bigs[i%bigRing] = make([]byte, 96<<10): a large noscan object of 12 pages.
        rings.Bigs[i % BigRing] = Allocate(heap, BigSize, pointers: false, GoOperation.MakeSlice, "uint8");

        // smalls[i%smallRing] = make([]int, 100): 800 bytes, size class 896.
        rings.Smalls[i % SmallRing] = Allocate(heap, SmallLen * 8, pointers: false, GoOperation.MakeSlice, "int");

        // m := make(map[int]int) (makemap_small: the 48-byte hmap), then the first m[k] = i allocates the one-bucket
        // array (an 8-slot bmap of int/int: 144 bytes); eight keys fit without growing.
        var hmap = new object[1];
        heap.Allocate(48, pointers: true, GoOperation.MapHeader, "hmap", hmap);
        hmap[0] = Allocate(heap, 144, pointers: true, GoOperation.MapBuckets, "bmap");
        rings.Maps[i % MapRing] = hmap;
    }

    private static object Allocate(GoHeap heap, long size, bool pointers, GoOperation op, string type)
    {
        var owner = new object();
        heap.Allocate(size, pointers, op, type, owner);
        return owner;
    }

    private sealed class Rings
    {
        public object[] Bigs { get; } = new object[BigRing];

        public object[] Smalls { get; } = new object[SmallRing];

        public object[] Maps { get; } = new object[MapRing];
    }
}
