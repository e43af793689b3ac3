using Gort.Versions;

namespace Gort.Tests.Versions;

public class GoVersionTests
{
    [Theory]
    [InlineData("1.22", 22)]
    [InlineData("go1.22", 22)]
    [InlineData("1.22.5", 22)]
    [InlineData("go1.24rc1", 24)]
    [InlineData(" 1.17 ", 17)]
    public void TryParse_AcceptsGoSpellings(string text, int minor)
    {
        Assert.True(GoVersion.TryParse(text, out var v, out var error), error);
        Assert.Equal(minor, v.Minor);
    }

    [Theory]
    [InlineData("", "empty Go version")]
    [InlineData("2.0", "invalid Go version \"2.0\" (expected 1.N, go1.N or 1.N.P)")]
    [InlineData("1.x", "invalid Go version \"1.x\" (expected 1.N, go1.N or 1.N.P)")]
    [InlineData("1.16", "Go 1.16 is not modelled (supported: 1.17 to 1.27)")]
    [InlineData("1.28", "Go 1.28 is not modelled (supported: 1.17 to 1.27)")]
    [InlineData("1.22+noswissmap", "go 1.22 has no GOEXPERIMENT noswissmap (supported: noallocheaders)")]
    [InlineData("1.24+bogus", "unknown GOEXPERIMENT \"bogus\" (known: noswissmap, noallocheaders)")]
    public void TryParse_RejectsWithOneLineReason(string text, string expected)
    {
        Assert.False(GoVersion.TryParse(text, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Experiments_ChangeOnlyTheirRule()
    {
        var swiss = GoVersion.Get(24);
        var classic = swiss.WithExperiment(GoExperiment.NoSwissMap);
        Assert.Equal(MapEngineKind.Swiss, swiss.MapEngine);
        Assert.Equal(MapEngineKind.Classic, classic.MapEngine);
        Assert.True(classic.MallocHeaders);
        Assert.Equal("1.24+noswissmap", classic.Name);
        Assert.Equal(classic, GoVersion.Parse("go1.24+noswissmap"));
        Assert.Throws<ArgumentException>(() => GoVersion.Get(26).WithExperiment(GoExperiment.NoSwissMap));
    }

    [Fact]
    public void Rules_ChangeAtTheReleasesGoChangedThem()
    {
        Assert.Equal(SliceGrowthRule.Go117, GoVersion.Get(17).GrowthRule);
        Assert.Equal(SliceGrowthRule.Go118, GoVersion.Get(18).GrowthRule);
        Assert.False(GoVersion.Get(21).MallocHeaders);
        Assert.True(GoVersion.Get(22).MallocHeaders);
        Assert.Equal(32768, GoVersion.Get(21).MaxSmallSize);
        Assert.Equal(32760, GoVersion.Get(22).MaxSmallSize);
        Assert.Equal(12, GoVersion.Get(21).ClassicLoadFactorNum);
        Assert.Equal(13, GoVersion.Get(20).ClassicLoadFactorNum);
        Assert.Equal(13, GoVersion.Get(22).ClassicLoadFactorNum);
        Assert.Equal(MapEngineKind.Classic, GoVersion.Get(23).MapEngine);
        Assert.Equal(MapEngineKind.Swiss, GoVersion.Get(24).MapEngine);
        Assert.Equal("growslice: cap out of range", GoVersion.Get(19).GrowsliceOverflowMessage);
        Assert.Equal("growslice: len out of range", GoVersion.Get(21).GrowsliceOverflowMessage);
        Assert.Equal(GoVersion.Get(27), GoVersion.Latest);
        Assert.Equal(11, GoVersion.All.Count);
    }
}
