using Gort.Memory;
using Gort.Versions;

namespace Gort.Tests.Memory;

public class GoHeapTests
{
    private static readonly GoVersion s_go122 = GoVersion.Get(22);

    [Fact]
    public void Tiny_OddSizesPackWithoutAlignment()
    {
        // 1000 x new([3]byte): 5 per 16-byte block -> 200 blocks (runtime/malloc.go tiny allocator, measured in Go).
        var heap = new GoHeap(s_go122);
        for (var i = 0; i < 1000; i++)
        {
            heap.Allocate(3, false, GoOperation.NewObject);
        }

        Assert.Equal(1000UL, heap.Mallocs);
        Assert.Equal(3200UL, heap.TotalAlloc);
    }

    [Fact]
    public void Tiny_Int32PacksFourPerBlock()
    {
        var heap = new GoHeap(s_go122);
        for (var i = 0; i < 1000; i++)
        {
            heap.Allocate(4, false, GoOperation.NewObject);
        }

        Assert.Equal(1000UL, heap.Mallocs);
        Assert.Equal(4000UL, heap.TotalAlloc);
    }

    [Fact]
    public void Tiny_KeepsTheBlockWithMoreRoomLeft()
    {
        var heap = new GoHeap(s_go122);
        heap.Allocate(2, false, GoOperation.NewObject);  // new block A, offset 2
        heap.Allocate(15, false, GoOperation.NewObject); // does not fit: new block B; 15 >= 2 so A stays current
        var third = heap.Allocate(8, false, GoOperation.NewObject); // fits in A at offset 8
        Assert.Equal(0, third.Charged);
        Assert.Equal(32UL, heap.TotalAlloc);
    }

    [Fact]
    public void ReadMemStats_DropsTheTinyBlock()
    {
        var heap = new GoHeap(s_go122);
        heap.Allocate(1, false, GoOperation.NewObject);
        heap.ReadMemStats();
        var after = heap.Allocate(1, false, GoOperation.NewObject);
        Assert.Equal(16, after.Charged);
    }

    [Fact]
    public void SixteenBytesNoscan_IsNotTiny()
    {
        var record = new GoHeap(s_go122).Allocate(16, false, GoOperation.NewObject);
        Assert.Equal(AllocationPath.Small, record.Path);
        Assert.Equal(2, record.SizeClass);
    }

    [Fact]
    public void ZeroSize_IsNotCounted()
    {
        var heap = new GoHeap(s_go122);
        var record = heap.Allocate(0, true, GoOperation.MakeSlice);
        Assert.Equal(AllocationPath.Zero, record.Path);
        Assert.Equal(0UL, heap.Mallocs);
        Assert.Equal(0UL, heap.TotalAlloc);
    }

    [Theory]
    [InlineData(21, 32768, "Small")]
    [InlineData(22, 32768, "Large")]
    [InlineData(22, 32760, "Small")]
    [InlineData(22, 32761, "Large")]
    public void SmallLimit_MovesTo32760WithMallocHeaders(int minor, long size, string path)
    {
        var record = new GoHeap(GoVersion.Get(minor)).Allocate(size, false, GoOperation.MakeSlice);
        Assert.Equal(path, record.Path.ToString());
        Assert.Equal(32768, record.Charged);
    }

    [Theory]
    [InlineData(21, 1024, 1024)]
    [InlineData(22, 1024, 1152)]
    [InlineData(22, 512, 512)]
    [InlineData(22, 520, 576)]
    public void PointerfulObjectsOver512_GetAMallocHeaderFrom122(int minor, long size, long charged)
    {
        Assert.Equal(charged, new GoHeap(GoVersion.Get(minor)).Allocate(size, true, GoOperation.NewObject).Charged);
    }

    [Fact]
    public void NoAllocHeadersExperiment_RestoresThe121Rules()
    {
        var v = GoVersion.Get(22).WithExperiment(GoExperiment.NoAllocHeaders);
        Assert.False(v.MallocHeaders);
        Assert.Equal(1024, new GoHeap(v).Allocate(1024, true, GoOperation.NewObject).Charged);
        Assert.Equal(1024, Allocator.RoundUpSize(1024, noscan: false, v));
    }

    [Fact]
    public void RoundUpSize_LosesTheHeaderForPointerfulArrays()
    {
        // growslice for []*int from cap 64: 1024 B -> 1152 class - 8 header = 1144 usable -> cap 143.
        Assert.Equal(1144, Allocator.RoundUpSize(1024, noscan: false, GoVersion.Get(22)));
        Assert.Equal(1024, Allocator.RoundUpSize(1024, noscan: true, GoVersion.Get(22)));
        Assert.Equal(1024, Allocator.RoundUpSize(1024, noscan: false, GoVersion.Get(21)));
        Assert.Equal(40960, Allocator.RoundUpSize(33000, noscan: true, GoVersion.Get(19)));
    }

    [Fact]
    public void MemStats_CountsTinySubAllocationsAsMallocsAndFrees()
    {
        var heap = new GoHeap(s_go122);
        heap.Allocate(8, false, GoOperation.NewObject); // new block
        heap.Allocate(8, false, GoOperation.NewObject); // sub-allocation
        var big = heap.Allocate(100, true, GoOperation.NewObject);
        var stats = heap.ReadMemStats();
        Assert.Equal(3UL, stats.Mallocs);
        Assert.Equal(1UL, stats.Frees);          // the sub-allocation, as Go counts tinyAllocs
        Assert.Equal(2UL, stats.HeapObjects);
        Assert.Equal(16UL + 112UL, stats.TotalAlloc);
        Assert.Equal(61, stats.BySize.Count);
        Assert.Equal(1UL, stats.BySize[2].Mallocs);

        heap.Free(big);
        var after = heap.ReadMemStats();
        Assert.Equal(16UL, after.HeapAlloc);
        Assert.Equal(1UL, after.HeapObjects);
    }

    [Fact]
    public void Listeners_SeeEveryCountedAllocation()
    {
        var heap = new GoHeap(s_go122) { KeepRecords = true };
        var seen = new Listener();
        heap.AddListener(seen);
        heap.Allocate(24, false, GoOperation.MakeSlice, "[]int");
        heap.Allocate(40000, false, GoOperation.MakeSlice);
        Assert.Equal(2, seen.Count);
        Assert.Equal(2, heap.Records.Count);
        Assert.Equal("[]int", heap.Records[0].TypeName);
        Assert.Equal(AllocationPath.Large, heap.Records[1].Path);
        Assert.Equal(40960, heap.Records[1].Charged);
    }

    private sealed class Listener : IAllocationListener
    {
        public int Count { get; private set; }

        public void OnAllocation(in AllocationRecord record) => Count++;
    }
}
