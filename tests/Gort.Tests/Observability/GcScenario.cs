using Gort.Memory;
using Gort.Runtime;

namespace Gort.Tests.Observability;

/// <summary>
/// The C# twin of tools/gctrace/main.go: the same allocations, in the same order, with the same live rings. Written
/// with direct <see cref="GoHeap.Allocate"/> calls that mirror what Go 1.22 allocates for each statement (the slice
/// and map types were not merged when this was written); each owner is a small .NET object whose reachability
/// mirrors the Go object's.
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

    // One loop body, in a method of its own so that no stale local keeps an owner alive across iterations.
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
