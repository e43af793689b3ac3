namespace Gort.Memory;

/// <summary>Observes every allocation a <see cref="GoHeap"/> records.</summary>
public interface IAllocationListener : IHeapListener
{
    /// <summary>Called after <paramref name="record"/> was counted.</summary>
    void OnAllocation(in AllocationRecord record);
}
