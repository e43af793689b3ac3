using Gort.Cli.Commands.Tour;

namespace Gort.Tests.Cli;

public sealed class MapTourTests
{
    [Fact]
    public void MapTour_AnswersFromTheModel()
    {
        var sections = MapTour.Sections().ToDictionary(s => s.Id);
        Assert.Equal(["map-make", "map-grow-points", "map-bytes-per-entry", "map-value-kinds", "map-struct-values", "map-memory-kept", "map-iteration-order"], sections.Keys);

        // Columns: 1.21, 1.22, 1.24+noswissmap (classic), 1.24, 1.27 (Swiss); values from oracle finding 8.
        var make1000 = sections["map-make"].Rows.Single(r => r[0] == "make(map[int]int, 1000)");
        Assert.Equal(["3 / 41,032 B", "3 / 41,032 B", "3 / 41,048 B", "6 / 36,992 B", "6 / 36,992 B"], make1000.Skip(1));

        // Grow points: oracle findings 6, 7 and 8.
        var grow = sections["map-grow-points"].Rows;
        Assert.StartsWith("9 13 25 49 97 193", grow[0][2], StringComparison.Ordinal);
        Assert.StartsWith("9 14 27 53 105 209", grow[1][2], StringComparison.Ordinal);
        Assert.StartsWith("9 15 29 57 113 225 449 897", grow[3][2], StringComparison.Ordinal);

        // map[int64]struct{}: 16-byte Swiss slots (golang/go#71368), classic buckets of 8 + 64 + 0 + 8 bytes.
        var structRows = sections["map-struct-values"].Rows;
        Assert.Equal(["map[int64]struct {}", "1.22", "-", "80"], structRows[0].Take(4));
        Assert.Equal(["map[int64]struct {}", "1.27", "16", "136"], structRows[1].Take(4));

        Assert.Equal("8", sections["map-iteration-order"].Rows[0][2]); // 8 keys in one bucket: 8 rotations
    }
}
