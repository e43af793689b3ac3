using System.Text.Json;
using Gort.Memory;
using Gort.Tests.Infrastructure;

namespace Gort.Tests.Memory;

/// <summary>The allocator model against real Go's MemStats deltas (oracle slice_allocs.json), for every measured version.</summary>
public class AllocatorOracleTests
{
    [Theory]
    [MemberData(nameof(OracleData.MinorsData), MemberType = typeof(OracleData))]
    public void SizeClasses_NoscanRuns_ChargeExactlyAsGo(int minor)
    {
        var version = OracleData.Version(minor);
        var runs = OracleData.Load(minor, "slice_allocs.json").GetProperty("size_classes").GetProperty("noscan_bytes");
        var checkedSizes = 0;
        foreach (var run in runs.EnumerateArray())
        {
            var (from, to, charged) = (run[0].GetInt64(), run[1].GetInt64(), run[2].GetInt64());
            for (var n = from; n <= to; n++)
            {
                // One make([]byte, n) right after ReadMemStats: a fresh heap has no tiny block either.
                var record = new GoHeap(version).Allocate(n, pointers: false, GoOperation.MakeSlice);
                Assert.True(charged == record.Charged, $"go1.{minor}: make([]byte, {n}) charged {record.Charged}, Go {charged}");
                checkedSizes++;
            }
        }

        Assert.True(checkedSizes >= 32000, $"only {checkedSizes} sizes checked");
    }

    [Theory]
    [MemberData(nameof(OracleData.MinorsData), MemberType = typeof(OracleData))]
    public void SizeClasses_PointerSliceRuns_ChargeExactlyAsGo(int minor)
    {
        var version = OracleData.Version(minor);
        var runs = OracleData.Load(minor, "slice_allocs.json").GetProperty("size_classes").GetProperty("scan_ptr_slices");
        var checkedSizes = 0;
        foreach (var run in runs.EnumerateArray())
        {
            var (from, to, charged) = (run[0].GetInt64(), run[1].GetInt64(), run[2].GetInt64());
            for (var n = from; n <= to; n += 8)
            {
                var record = new GoHeap(version).Allocate(n, pointers: true, GoOperation.MakeSlice);
                Assert.True(charged == record.Charged, $"go1.{minor}: make([]*int, {n / 8}) ({n} B) charged {record.Charged}, Go {charged}");
                checkedSizes++;
            }
        }

        Assert.True(checkedSizes >= 4000, $"only {checkedSizes} sizes checked");
    }

    [Theory]
    [MemberData(nameof(OracleData.MinorsData), MemberType = typeof(OracleData))]
    public void LargeObjects_ArePageRounded_AsGo(int minor)
    {
        var version = OracleData.Version(minor);
        var sc = OracleData.Load(minor, "slice_allocs.json").GetProperty("size_classes");
        var rows = sc.GetProperty("large").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var n = row[0].GetInt64();
            var noscan = new GoHeap(version);
            var record = noscan.Allocate(n, pointers: false, GoOperation.MakeSlice);
            Assert.Equal(row[1].GetInt64(), (long)noscan.Mallocs);
            Assert.True(row[2].GetInt64() == record.Charged, $"go1.{minor}: make([]byte, {n}) charged {record.Charged}, Go {row[2]}");

            // The scan column allocates make([]*int, (n+7)/8).
            var scanBytes = (n + 7) / 8 * 8;
            var scan = new GoHeap(version).Allocate(scanBytes, pointers: true, GoOperation.MakeSlice);
            Assert.True(row[3].GetInt64() == scan.Charged, $"go1.{minor}: make([]*int, {scanBytes / 8}) charged {scan.Charged}, Go {row[3]}");
        }
    }

    [Theory]
    [MemberData(nameof(OracleData.MinorsData), MemberType = typeof(OracleData))]
    public void TinyAllocator_PacksLikeGo(int minor)
    {
        var version = OracleData.Version(minor);
        var tiny = OracleData.Load(minor, "slice_allocs.json").GetProperty("tiny_make_bytes");
        foreach (var row in tiny.GetProperty("rows").EnumerateArray())
        {
            var n = row.GetProperty("n").GetInt64();
            var single = new GoHeap(version);
            single.Allocate(n, false, GoOperation.MakeSlice);
            Assert.Equal(row.GetProperty("single_mallocs").GetInt64(), (long)single.Mallocs);
            Assert.Equal(row.GetProperty("single_bytes").GetInt64(), (long)single.TotalAlloc);

            var many = new GoHeap(version);
            for (var i = 0; i < 64; i++)
            {
                many.Allocate(n, false, GoOperation.MakeSlice);
            }

            Assert.True(row.GetProperty("x64_mallocs").GetInt64() == (long)many.Mallocs, $"go1.{minor} n={n}: mallocs");
            Assert.True(row.GetProperty("x64_bytes").GetInt64() == (long)many.TotalAlloc, $"go1.{minor} 64 x make([]byte, {n}): {many.TotalAlloc} B, Go {row.GetProperty("x64_bytes")}");
        }

        AssertX64(tiny.GetProperty("make_int_1_x64"), version, 8, pointers: false);
        AssertX64(tiny.GetProperty("make_ptr_1_x64"), version, 8, pointers: true);
    }

    [Theory]
    [MemberData(nameof(OracleData.MinorsData), MemberType = typeof(OracleData))]
    public void MakeInt_SingleAndPerOp_MatchGo(int minor)
    {
        var version = OracleData.Version(minor);
        foreach (var row in OracleData.Load(minor, "slice_allocs.json").GetProperty("make_int").GetProperty("rows").EnumerateArray())
        {
            var n = row.GetProperty("n").GetInt64();
            var reps = row.GetProperty("reps").GetInt64();

            var single = new GoHeap(version);
            single.ReadMemStats();
            single.Allocate(n * 8, false, GoOperation.MakeSlice);
            Assert.Equal(row.GetProperty("single_mallocs").GetInt64(), (long)single.Mallocs);
            Assert.Equal(row.GetProperty("single_bytes").GetInt64(), (long)single.TotalAlloc);

            var repeated = new GoHeap(version);
            for (var i = 0; i < reps; i++)
            {
                repeated.Allocate(n * 8, false, GoOperation.MakeSlice);
            }

            Assert.True(row.GetProperty("mallocs_per_op").GetInt64() == (long)repeated.Mallocs / reps, $"go1.{minor} make([]int, {n}) mallocs/op");
            Assert.True(row.GetProperty("bytes_per_op").GetInt64() == (long)repeated.TotalAlloc / reps, $"go1.{minor} make([]int, {n}) bytes/op {repeated.TotalAlloc / (ulong)reps}");
        }
    }

    private static void AssertX64(JsonElement expected, Gort.Versions.GoVersion version, long size, bool pointers)
    {
        var heap = new GoHeap(version);
        for (var i = 0; i < 64; i++)
        {
            heap.Allocate(size, pointers, GoOperation.MakeSlice);
        }

        Assert.Equal(expected.GetProperty("mallocs").GetInt64(), (long)heap.Mallocs);
        Assert.Equal(expected.GetProperty("bytes").GetInt64(), (long)heap.TotalAlloc);
    }
}
