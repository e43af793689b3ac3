using Gort.Memory;
using Gort.Runtime;
using Gort.Slices;
using Gort.Versions;

namespace Gort.Tests.Slices;

/// <summary>Go slice semantics: nil vs empty, aliasing, append within cap, copy, clear, range, fmt.</summary>
public sealed class SliceSemanticsTests
{
    [Fact]
    public void NilAndEmpty_AreDifferent_ButPrintTheSame()
    {
        Assert.True(Slice<int>.Nil.IsNil);
        Assert.False(Slice.Make<int>(0).IsNil);
        Assert.False(Slice.Of<int>().IsNil);
        Assert.True(Slice<int>.Nil.Reslice(0, 0).IsNil);
        Assert.True(Slice<int>.Nil.Append(ReadOnlySpan<int>.Empty).IsNil);
        Assert.Equal("[]", Slice<int>.Nil.ToString());
        Assert.Equal("[]", Slice.Make<int>(0).ToString());
    }

    [Fact]
    public void SubSlices_ShareTheArray_AndAppendWithinCapWritesIntoIt()
    {
        // Arrange: a := make([]int, 3, 8); b := a[1:5]
        var a = Slice.Make<int>(3, 8);
        var b = a.Reslice(1, 5);

        // Act: b[0] = 9; c := append(b, 42) fits in cap (7), so it writes a's array at index 5.
        b[0] = 9;
        var c = b.Append(42);

        // Assert
        Assert.Equal(9, a[1]);
        Assert.Equal((5, 7), (c.Len, c.Cap));
        Assert.Equal(42, a.Reslice(0, 6)[5]);
        c[0] = 1;
        Assert.Equal(1, a[1]);
    }

    [Fact]
    public void AppendBeyondCap_Reallocates_AndStopsAliasing()
    {
        var a = Slice.Of(1, 2, 3);
        var b = a.Append(4);
        b[0] = 100;
        Assert.Equal(1, a[0]);
        Assert.Equal((4, 6), (b.Len, b.Cap)); // int32: nextslicecap(4, 3) = 6 → 24 B, a size class: cap 6
    }

    [Fact]
    public void ThreeIndexSlice_LimitsCap_SoAppendCopies()
    {
        var a = Slice.Of(1, 2, 3, 4);
        var b = a.Reslice(0, 2, 2);
        var c = b.Append(9);
        Assert.Equal(3, a[2]);
        Assert.Equal("[1 2 9]", c.ToString());
    }

    [Fact]
    public void AppendSelf_OverlappingSource_IsLikeMemmove()
    {
        var s = Slice.Make<int>(0, 10).Append(1, 2, 3);
        var t = s.Reslice(0, 1).AppendSlice(s); // append(s[:1], s...) writes over s[1:] while reading s
        Assert.Equal("[1 1 2 3]", t.ToString());
    }

    [Fact]
    public void Copy_HandlesOverlapAndNil()
    {
        var s = Slice.Of(1, 2, 3, 4, 5);
        Assert.Equal(4, Slice.Copy(s.Reslice(1), s));
        Assert.Equal("[1 1 2 3 4]", s.ToString());
        Assert.Equal(0, Slice.Copy(Slice<int>.Nil, s));
        Assert.Equal(0, Slice.Copy(s, Slice<int>.Nil));
        var b = Slice.Make<byte>(3);
        Assert.Equal(3, Slice.Copy(b, "héllo"));
        Assert.Equal("[104 195 169]", b.ToString());
    }

    [Fact]
    public void Clear_ZeroesOnlyTheLength()
    {
        var s = Slice.Of(1, 2, 3, 4);
        s.Reslice(0, 2).Clear();
        Assert.Equal("[0 0 3 4]", s.ToString());
    }

    [Fact]
    public void Grow_KeepsLengthAndTail_LikeSlicesGrow()
    {
        var s = Slice.Make<long>(2, 3);
        s.Reslice(0, 3)[2] = 7; // element beyond len, inside cap
        var g = s.Grow(5);
        Assert.Equal(2, g.Len);
        Assert.True(g.Cap >= 7);
        Assert.Equal(7, g.Reslice(0, 3)[2]); // slices.Grow copies s[:cap(s)]
        Assert.Equal(s.Cap, s.Grow(1).Cap); // enough room: unchanged
    }

    [Fact]
    public void Range_ReadsLengthOnce_AndValuesLive()
    {
        var s = Slice.Make<int>(3, 10);
        var seen = new List<(int, int)>();
        var t = s;
        foreach (var (i, v) in s.Indexed())
        {
            if (i == 0)
            {
                s[2] = 5;           // visible: read when its iteration begins
                t = t.Append(99);   // not visible: the loop read len once
            }

            seen.Add((i, v));
        }

        Assert.Equal([(0, 0), (1, 0), (2, 5)], seen);
        var sum = 0;
        foreach (var v in t)
        {
            sum += v;
        }

        Assert.Equal(104, sum);
    }

    [Fact]
    public void ToString_FormatsLikeFmt()
    {
        Assert.Equal("[true false]", Slice.Of(true, false).ToString());
        Assert.Equal("[a b]", Slice.Of("a", "b").ToString());
        Assert.Equal("[1e+06 123456 0.0001 1e-05 3.14 -0 NaN +Inf 1.234567e+06]", Slice.Of(1e6, 123456.0, 0.0001, 0.00001, 3.14, -0.0, double.NaN, double.PositiveInfinity, 1234567.0).ToString());
        Assert.Equal("[[1 2] []]", Slice.Of(Slice.Of(1, 2), Slice<int>.Nil).ToString());
        // A null CLR string is Go's zero string "" (what Slice.Make<string>(n) holds), which fmt prints as nothing.
        Assert.Equal("[ a]", Slice.Of<string?>(null, "a").ToString());
        Assert.Equal("[  ]", Slice.Make<string>(3).ToString());
    }

    [Fact]
    public void Conversions_AreUtf8()
    {
        Assert.Equal("[104 195 169]", Slice.FromString("hé").ToString());
        Assert.Equal("[104 233 128512]", Slice.RunesFromString("hé😀").ToString());
        Assert.Equal("hé", Slice.ToGoString(Slice.FromString("hé")));
        Assert.Equal("[120 104 195 169]", Slice.Of((byte)'x').Append("hé").ToString());
    }

    [Fact]
    public void ZeroSizeElements_CapFollowsLength_AndNothingIsAllocated()
    {
        var runtime = GoRuntime.ForVersion(GoVersion.Get(22));
        using (runtime.Enter())
        {
            var s = Slice<Empty>.Nil;
            var caps = new List<int>();
            for (var i = 0; i < 2000; i++)
            {
                s = s.Append(default(Empty));
                caps.Add(s.Cap);
            }

            Assert.Equal(Enumerable.Range(1, 2000), caps);
            _ = Slice.Make<Empty>(100);
        }

        Assert.Equal(0UL, runtime.Heap.Mallocs);
    }

    [Fact]
    public void Accounting_RecordsMakeLiteralGrowthAndConversion()
    {
        var runtime = new GoRuntime(new GoRuntimeOptions { Version = GoVersion.Get(22), Accounting = true, KeepRecords = true });
        using (runtime.Enter())
        {
            var s = Slice.Make<long>(0, 64);        // 512 B noscan → class 512
            _ = Slice.Of<string>("a", "b");         // 32 B pointerful → class 32
            _ = Slice.Make<string>(40).Append("x"); // make 640 B, growslice 40 → 80 strings: 1280+8 → class 1408 → 87
            _ = Slice.FromString("hello");          // rawbyteslice: roundupsize(5) = 8 → tiny
            _ = s;
        }

        var ops = runtime.Heap.Records.Select(r => (r.Operation, r.Size, r.Charged)).ToList();
        Assert.Equal(
            [
                (GoOperation.MakeSlice, 512L, 512L),
                (GoOperation.SliceLiteral, 32L, 32L),
                (GoOperation.MakeSlice, 640L, 704L),
                (GoOperation.GrowSlice, 1392L, 1408L),
                (GoOperation.Conversion, 8L, 16L),
            ],
            ops);
    }

    [Fact]
    public void OutsideAccounting_NothingIsRecorded_AndTheDefaultVersionIsUsed()
    {
        var before = GoRuntime.Default.Heap.Mallocs;
        var s = Slice<string>.Nil;
        for (var i = 0; i < 100; i++)
        {
            s = s.Append("x");
        }

        Assert.Equal(before, GoRuntime.Default.Heap.Mallocs);
        
        // The default runtime is the newest Go: 64 strings → 128 × 16 B + 8 B header → class 2304 → cap 143.
        Assert.Equal(143, Slice.Make<string>(64).Append("x").Cap);
    }

    [Fact]
    public void AppendWithinCap_IndexingAndRange_AllocateNothing()
    {
        var s = Slice.Make<long>(0, 4096);
        var t = Slice.Make<string>(0, 4096);
        long sum = 0;
        for (var warm = 0; warm < 2; warm++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var u = s;
            var v = t;
            for (var i = 0; i < 4096; i++)
            {
                u = u.Append(i);
                v = v.Append("x");
            }

            for (var i = 0; i < u.Len; i++)
            {
                sum += u[i] + v[i].Length;
            }

            foreach (var x in u)
            {
                sum += x;
            }

            if (warm == 1)
            {
                Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
            }
        }

        Assert.True(sum > 0);
    }

    internal readonly struct Empty;
}
