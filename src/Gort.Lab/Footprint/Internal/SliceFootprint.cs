using System.Globalization;
using Gort.Slices;
using Gort.Types;
using Gort.Versions;

namespace Gort.Lab.Footprint.Internal;

/// <summary>Footprint of <c>[]T</c> after N elements were appended one at a time (to nil, or to <c>make([]T, 0, hint)</c>).</summary>
internal static class SliceFootprint
{
    // A non-escaping make with a constant size stays on the stack up to this many bytes (MaxImplicitStackVarSize).
    private const long MaxImplicitStackVarSize = 65536;

    // The 1.25+ stack buffer of a non-escaping slice's first append.
    private const long StackBufferBytes = SliceGrowth.StackBufferBytes;

    public static FootprintResult Compute(GoSliceType type, GoVersion version, FootprintOptions options)
    {
        var elem = type.Elem;
        var size = elem.Size;
        var n = options.N;
        var hint = Math.Max(0, options.Hint);
        var notes = new List<string>();
        var parts = new List<FootprintPart>
        {
            new("slice header {ptr, len, cap} (in the variable, not a heap object)", 1, GoSliceType.HeaderSize, OnHeap: false),
        };

        var cap = Capacity(elem, version, options, out var stackBuffer, out var makeOnStack);
        if (size == 0)
        {
            notes.Add("zero-size elements: the backing pointer is &zerobase and nothing is allocated; cap grows with len.");
        }
        else if (cap > 0)
        {
            if (stackBuffer)
            {
                parts.Add(new FootprintPart($"backing array in the 32-byte stack buffer (cap {cap})", 1, StackBufferBytes, OnHeap: false));
                notes.Add($"go {version.Name}: the first append of a non-escaping slice uses a 32-byte stack buffer (cap 32/{size} = {cap}).");
            }
            else if (makeOnStack)
            {
                parts.Add(new FootprintPart($"backing array of make (cap {cap}) on the stack", 1, cap * size, OnHeap: false));
                notes.Add($"a non-escaping make of constant size up to {MaxImplicitStackVarSize} bytes is a stack array.");
            }
            else
            {
                var charged = Charge.Bytes(cap * size, elem.HasPointers, version);
                parts.Add(new FootprintPart($"backing array (cap {cap.ToString("N0", CultureInfo.InvariantCulture)} × {size} B)", 1, charged));
            }
        }

        notes.Add(hint >= n && hint > 0
            ? $"make([]{elem}, 0, {hint}) never rounds cap; only the allocation is rounded to its size class."
            : $"cap after appending one at a time: growslice grows {SliceGrowth.Describe(version.GrowthRule)}, then rounds the bytes up to a size class{(version.MallocHeaders && elem.HasPointers ? " (minus the 8-byte malloc header above 512 B)" : "")}.");
        if (hint < n && size > 0)
        {
            var exact = Charge.Bytes(n * size, elem.HasPointers, version);
            notes.Add($"make([]{elem}, {n.ToString(CultureInfo.InvariantCulture)}) instead holds {exact.ToString("N0", CultureInfo.InvariantCulture)} B of backing array (cap exactly {n.ToString(CultureInfo.InvariantCulture)}).");
        }

        var total = parts.Sum(p => p.Bytes);
        return new FootprintResult
        {
            Version = version,
            Type = type,
            N = n,
            Options = options,
            Bytes = total,
            PayloadBytes = n * size,
            RangeLow = total,
            RangeHigh = total,
            Parts = parts,
            Capacity = cap,
            Notes = notes,
        };
    }

    /// <summary>The cap after the appends, and where the backing array lives.</summary>
    public static long Capacity(GoType elem, GoVersion version, FootprintOptions options, out bool stackBuffer, out bool makeOnStack)
    {
        var size = elem.Size;
        var n = options.N;
        var hint = Math.Max(0, options.Hint);
        stackBuffer = false;
        makeOnStack = !options.Escapes && hint > 0 && hint * size <= MaxImplicitStackVarSize;
        if (n <= hint)
        {
            return hint;
        }

        if (size == 0)
        {
            return n; // growslice returns cap = newLen for zero-size elements
        }

        long cap = hint;
        if (hint == 0 && !options.Escapes && version.StackBufferForFirstAppend && SliceGrowth.StackBufferCapacity(size) > 0)
        {
            cap = SliceGrowth.StackBufferCapacity(size);
            stackBuffer = n <= cap;
        }

        while (cap < n)
        {
            cap = SliceGrowth.Plan(cap + 1, cap, size, elem.HasPointers, version).NewCapacity;
            makeOnStack = false;
        }

        return cap;
    }
}
