using System.Runtime.InteropServices;

namespace Gort.Memory;

/// <summary>
/// The heap objects whose liveness the .NET GC decides: one weak GC handle per object, in a flat array of structs
/// that each cycle compacts (no per-object .NET allocation besides the handle; millions of entries stay cheap).
/// </summary>
/// <remarks>The handles are freed by the sweep that finds their object dead, or by the finalizer when the heap dies.</remarks>
internal sealed class TrackedObjects
{
    private Entry[] _entries = new Entry[64];

    ~TrackedObjects()
    {
        for (var i = 0; i < Count; i++)
        {
            _entries[i].Handle.Free();
        }
    }

    public int Count { get; private set; }

    public void Add(object owner, long charged, SpanSlot slot, HeapProfileSample sample)
    {
        if (Count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        _entries[Count++] = new Entry
        {
            Handle = GCHandle.Alloc(owner, GCHandleType.Weak),
            Charged = charged,
            Slot = slot,
            Sample = sample,
        };
    }

    /// <summary>Mark: flags every object whose owner the .NET GC collected (call right after a full collection).</summary>
    public void MarkDead()
    {
        var entries = _entries.AsSpan(0, Count);
        for (var i = 0; i < entries.Length; i++)
        {
            if (entries[i].Handle.Target is null)
            {
                entries[i].Dead = true;
            }
        }
    }

    /// <summary>Sweep: hands every flagged entry to <paramref name="free"/>, releases its handle and compacts.</summary>
    public void Sweep(FreeAction free)
    {
        var kept = 0;
        for (var i = 0; i < Count; i++)
        {
            ref var entry = ref _entries[i];
            if (entry.Dead)
            {
                free(entry);
                entry.Handle.Free();
                continue;
            }

            _entries[kept++] = entry;
        }

        Array.Clear(_entries, kept, Count - kept);
        Count = kept;
    }

    /// <summary>Frees one dead object in the model.</summary>
    public delegate void FreeAction(in Entry entry);

    /// <summary>One tracked object.</summary>
    internal struct Entry
    {
        public GCHandle Handle;
        public long Charged;
        public SpanSlot Slot;
        public HeapProfileSample Sample;
        public bool Dead;
    }
}
