using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Gort.Memory;

/// <summary>
/// Go's 68 allocator size classes on 64-bit platforms (class 0 means "large object"). The tables are identical in
/// every release from 1.17 to 1.27 (<c>runtime/sizeclasses.go</c>; <c>internal/runtime/gc/sizeclasses.go</c> from 1.25).
/// </summary>
public static class SizeClasses
{
    /// <summary>Number of classes including class 0.</summary>
    public const int Count = 68;

    /// <summary>Bytes per page (<c>_PageShift = 13</c>).</summary>
    public const int PageSize = 8192;

    /// <summary>The largest size class (<c>_MaxSmallSize</c>).</summary>
    public const int MaxSmallSize = 32768;

    /// <summary>Tiny allocations are pointer-free and strictly smaller than this (<c>maxTinySize</c>).</summary>
    public const int TinySize = 16;

    /// <summary>The class of the 16-byte tiny blocks (<c>tinySizeClass</c>).</summary>
    public const int TinySizeClass = 2;

    /// <summary>The 1.22+ malloc header (<c>mallocHeaderSize</c>).</summary>
    public const int MallocHeaderSize = 8;

    /// <summary>Pointerful objects strictly larger than this get a malloc header in 1.22+ (<c>minSizeForMallocHeader</c>).</summary>
    public const int MinSizeForMallocHeader = 512;

    /// <summary>The largest allocation the runtime accepts on linux/amd64 (<c>maxAlloc = 1 &lt;&lt; 48</c>).</summary>
    public const long MaxAlloc = 1L << 48;

    private static readonly int[] s_classToSize =
    [
        0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416,
        448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456,
        4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432,
        19072, 20480, 21760, 24576, 27264, 28672, 32768,
    ];

    private static readonly byte[] s_classToPages =
    [
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1,
        2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4,
    ];

    // size_to_class8[ceil(n/8)] for n <= 1024 and size_to_class128[ceil((n-1024)/128)] above, built from the class
    // table so it cannot disagree with it ("the smallest class whose size is >= n").
    private static readonly byte[] s_sizeToClass8 = BuildLookup(8, 0, 1024);
    private static readonly byte[] s_sizeToClass128 = BuildLookup(128, 1024, MaxSmallSize);

    /// <summary>Object size of each class (index 0 unused).</summary>
    public static ReadOnlySpan<int> ClassToSize => s_classToSize;

    /// <summary>Pages per span of each class.</summary>
    public static ReadOnlySpan<byte> ClassToPages => s_classToPages;

    /// <summary>Objects per span of <paramref name="sizeClass"/> (span bytes / object size).</summary>
    public static int ObjectsPerSpan(int sizeClass) => s_classToPages[sizeClass] * PageSize / s_classToSize[sizeClass];

    /// <summary>Bytes left unused at the end of a span of <paramref name="sizeClass"/>.</summary>
    public static int TailWaste(int sizeClass) => s_classToPages[sizeClass] * PageSize % s_classToSize[sizeClass];

    /// <summary>The smallest class whose size is at least <paramref name="size"/> (1..32768).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int SizeToClass(long size)
    {
        Debug.Assert(size is > 0 and <= MaxSmallSize);
        return size <= 1024 - 8
            ? s_sizeToClass8[(int)((size + 7) >> 3)]
            : s_sizeToClass128[(int)((size - 1024 + 127) >> 7)];
    }

    /// <summary>The object size of the class that serves <paramref name="size"/> bytes (1..32768).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ClassSize(long size) => s_classToSize[SizeToClass(size)];

    private static byte[] BuildLookup(int step, int from, int to)
    {
        var table = new byte[((to - from) / step) + 1];
        var cls = 1;
        for (var i = 0; i < table.Length; i++)
        {
            var size = from + (i * step);
            while (cls < Count - 1 && s_classToSize[cls] < size)
            {
                cls++;
            }

            table[i] = (byte)(size == 0 ? 0 : cls);
        }

        return table;
    }
}
