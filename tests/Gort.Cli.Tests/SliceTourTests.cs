using Gort.Cli.Commands.Tour;
using Gort.Tests.Slices;

namespace Gort.Tests.Cli;

public class SliceTourTests
{
    [Fact]
    public void CapSequences_AgreeWithTheOracle()
    {
        // Arrange: the tour's cap rows, and the oracle's escaping one-by-one caps for the same types.
        var section = SliceTour.Sections().Single(s => s.Id == "slice-cap-sequence");
        var oracle = SliceVectors.Load(22, "slice_growth.json").GetProperty("one_by_one_growth").GetProperty("types")
            .EnumerateArray().ToDictionary(t => t.GetProperty("elem_type").GetString()!, t => t.GetProperty("caps").EnumerateArray().Select(c => c.GetInt64()).ToList());

        // Act
        var row = section.Rows.Single(r => r[0] == "[]*T" && r[1] == "1.22");
        var caps = row[3].Split(' ').Select(long.Parse).ToList();

        // Assert: the tour stops at 2,000 elements; the oracle goes on.
        Assert.Equal(oracle["*int"].Take(caps.Count), caps);
        var local = section.Rows.Single(r => r[0] == "[]int64" && r[1] == "1.25")[3].Split(' ').Select(long.Parse).ToList();
        var nonEscaping = SliceVectors.Load(25, "slice_growth.json").GetProperty("nonescaping_one_by_one").GetProperty("int64")
            .EnumerateArray().Select(t => t[2].GetInt64());
        Assert.Equal(nonEscaping.Take(local.Count), local);
    }

    [Fact]
    public void MakeRounding_CapIsExact_AndPreallocationAllocatesOnce()
    {
        var make = SliceTour.Sections().Single(s => s.Id == "slice-make-rounding");
        Assert.All(make.Rows, r => Assert.Equal(r[0].Split(", ")[1], r[2].Replace(",", "", StringComparison.Ordinal)));
        var prealloc = SliceTour.Sections().Single(s => s.Id == "slice-prealloc");
        Assert.All(prealloc.Rows.Where(r => r[0].StartsWith("make([]int, 0,", StringComparison.Ordinal)), r => Assert.Equal("1", r[4]));
    }
}
