using Gort.Cli.Commands.Tour;

namespace Gort.Tests.Cli;

public sealed class MapTourTests
{
    [Fact]
    public void MapTour_AnswersFromTheModel()
    {
        var sections = MapTour.Sections().ToDictionary(s => s.Id);
        Assert.Equal(["map-make", "map-grow-points", "map-bytes-per-entry", "map-value-kinds", "map-memory-kept", "map-iteration-order"], sections.Keys);
        var make1000 = sections["map-make"].Rows.Single(r => r[0] == "make(map[int]int, 1000)");
        Assert.Equal(["3 / 41,032 B", "3 / 41,032 B", "3 / 41,048 B"], make1000.Skip(1));
        Assert.StartsWith("9 13 25 49", sections["map-grow-points"].Rows[0][1], StringComparison.Ordinal);
        Assert.StartsWith("9 14 27 53", sections["map-grow-points"].Rows[1][1], StringComparison.Ordinal);
        Assert.Equal("8", sections["map-iteration-order"].Rows[0][1]); // 8 keys in one bucket: 8 rotations
    }
}
