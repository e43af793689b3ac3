using System.IO.Compression;
using System.Text;

namespace Gort.Tests.Cli;

public class ProfileOptionsTests
{
    [Fact]
    public void Map_writes_a_pprof_profile_and_prints_gctrace_lines()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gort-map-{Guid.NewGuid():N}.pb.gz");
        try
        {
            var (exit, _, err) = CliRunner.Run("map", "map[int64]int64", "--insert", "300000", "--go", "1.22", "--pprof", path, "--gctrace", "--gogc", "50");
            Assert.True(exit == 0, err);
            Assert.Matches(@"^gc 1 @0\.000s 0%: 0\+0\+0 ms clock, 0\+0/0/0\+0 ms cpu, \d+->\d+->\d+ MB, 2 MB goal, 0 MB stacks, 0 MB globals, 1 P\n", err);
            Assert.EndsWith("(forced)\n", err, StringComparison.Ordinal);
            using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            var text = Encoding.UTF8.GetString(ReadAll(gzip));
            Assert.Contains("inuse_space", text, StringComparison.Ordinal);
            Assert.Contains("Gort.Cli.Commands.MapLab", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--gogc", "fast", "gort: --gogc: \"fast\" is neither a percentage nor 'off'")]
    [InlineData("--memprofilerate", "10", "gort: --memprofilerate: only meaningful with --pprof FILE")]
    public void Bad_options_are_one_line_and_exit_2(string option, string value, string message)
    {
        var (exit, _, err) = CliRunner.Run("map", "map[int64]int64", "--insert", "10", option, value);
        Assert.Equal(2, exit);
        Assert.Equal(message, err.TrimEnd());
    }

    private static byte[] ReadAll(Stream stream)
    {
        var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
