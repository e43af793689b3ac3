using System.Text.Json;
using Gort.Diagnostics;
using Gort.Runtime;
using Gort.Slices;
using Gort.Versions;

namespace Gort.Tests.Slices;

/// <summary>Every panic text measured with real Go (tools/slices/panics) is reproduced exactly.</summary>
public sealed class SlicePanicTests
{
    public static TheoryData<int> Measured() => new(19, 26);

    [Theory]
    [MemberData(nameof(Measured))]
    public void PanicTexts_MatchRealGo(int minor)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "measured", "slices", $"panics.go1.{minor}.json");
        var doc = JsonDocument.Parse(File.ReadAllBytes(path)).RootElement;
        var version = GoVersion.Get(minor);
        using var scope = GoRuntime.ForVersion(version).Enter();
        var s = Slice.Make<long>(3, 4);
        var cases = new Dictionary<string, Action>
        {
            ["s[5] len3"] = () => _ = s[5],
            ["s[-1] len3"] = () => _ = s[-1],
            ["s[3] len3 cap4"] = () => _ = s[3],
            ["s[:5] cap4"] = () => s.Reslice(0, 5),
            ["s[:-1]"] = () => s.Reslice(0, -1),
            ["s[2:1]"] = () => s.Reslice(2, 1),
            ["s[-1:2]"] = () => s.Reslice(-1, 2),
            ["s[-1:5]"] = () => s.Reslice(-1, 5),
            ["s[5:]"] = () => s.Reslice(5),
            ["s[-1:]"] = () => s.Reslice(-1),
            ["s[::7] cap4"] = () => s.Reslice(0, 1, 7),
            ["s[::-1]"] = () => s.Reslice(0, 1, -1),
            ["s[:3:2]"] = () => s.Reslice(0, 3, 2),
            ["s[:-1:2]"] = () => s.Reslice(0, -1, 2),
            ["s[2:1:3]"] = () => s.Reslice(2, 1, 3),
            ["s[-2:1:3]"] = () => s.Reslice(-2, 1, 3),
            ["s[5:1:7]"] = () => s.Reslice(5, 1, 7),
            ["make([]int, -1)"] = () => Slice.Make<long>(-1),
            ["make([]int, 5, 3)"] = () => Slice.Make<long>(5, 3),
            ["make([]byte, 1<<50)"] = () => SliceGrowth.MakeSliceBytes(1L << 50, 1L << 50, 1),
            ["make([]int, 1, 1<<50)"] = () => SliceGrowth.MakeSliceBytes(1, 1L << 50, 8),
            ["make([]int, -1, 3)"] = () => Slice.Make<long>(-1, 3),
            ["append(s, make([]int, -1)...)"] = () => s.AppendSlice(Slice.Make<long>(-1)),
            ["append huge len overflow"] = () => SliceGrowth.Plan(unchecked(long.MaxValue + 1), long.MaxValue, 0, false, version),
            ["append byte slice past maxAlloc"] = () => SliceGrowth.Plan(1 + (1L << 49), 1, 1, false, version),
        };

        var seen = 0;
        foreach (var c in doc.GetProperty("cases").EnumerateArray())
        {
            var name = c.GetProperty("case").GetString()!;
            var e = Assert.Throws<GoPanicException>(cases[name]);
            Assert.Equal(c.GetProperty("panic").GetString(), e.Message);
            Assert.True(e.IsRuntimeError, name);
            seen++;
        }

        Assert.Equal(cases.Count, seen);
    }

    [Fact]
    public void Grow_Negative_IsAPlainPanic()
    {
        var e = Assert.Throws<GoPanicException>(() => Slice.Make<int>(1).Grow(-1));
        Assert.Equal("cannot be negative", e.Message);
        Assert.False(e.IsRuntimeError);
    }

    [Fact]
    public void Ranges_UseGoBounds_AndIndexFromEnd()
    {
        var s = Slice.Make<int>(3, 4);
        Assert.Equal(4, s[..4].Len); // an explicit end may pass len up to cap, as in Go
        Assert.Equal("runtime error: slice bounds out of range [:5] with capacity 4", Assert.Throws<GoPanicException>(() => s[..5]).Message);
        s[^1] = 7;
        Assert.Equal(7, s[2]);
        Assert.Equal("runtime error: index out of range [-1]", Assert.Throws<GoPanicException>(() => Slice<int>.Nil[^1]).Message);
    }
}
