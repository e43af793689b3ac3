using System.Runtime.CompilerServices;

namespace Gort.Maps.Swiss;

/// <summary>Eight slots stored inline, so a group is one contiguous struct.</summary>
[InlineArray(SwissCtrl.GroupSlots)]
internal struct SwissSlots8<TKey, TValue>
{
    private SwissSlot<TKey, TValue> _slot0;
}
