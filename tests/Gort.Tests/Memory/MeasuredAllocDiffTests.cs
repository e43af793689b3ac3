using System.Globalization;
using Gort.Memory;
using Gort.Versions;

namespace Gort.Tests.Memory;

/// <summary>
/// The allocator model against <c>TestData/measured/allocdiff/go1.NN.txt</c> (real Go 1.22, 1.25, 1.26, 1.27; see
/// PROVENANCE.md there): single allocations of many sizes, with and without pointers, and tiny-allocator sequences.
/// </summary>
public class MeasuredAllocDiffTests
{
    public static TheoryData<int> Minors() => new(
        Directory.GetFiles(Dir, "go1.*.txt").Select(f => int.Parse(Path.GetFileNameWithoutExtension(f)["go1.".Length..], CultureInfo.InvariantCulture)).Order());

    [Theory]
    [MemberData(nameof(Minors))]
    public void SingleAllocations_MatchRealGo(int minor)
    {
        var version = GoVersion.Get(minor);
        var checkedLines = 0;
        foreach (var line in File.ReadLines(Path.Combine(Dir, $"go1.{minor}.txt")))
        {
            var p = line.Split(' ');
            if (p[0] is not ("noscan" or "scan"))
            {
                continue;
            }

            var size = long.Parse(p[1], CultureInfo.InvariantCulture);
            var heap = new GoHeap(version);
            heap.Allocate(size, pointers: p[0] == "scan", GoOperation.MakeSlice);
            Assert.True(
                heap.Mallocs == ulong.Parse(p[2], CultureInfo.InvariantCulture) && heap.TotalAlloc == ulong.Parse(p[3], CultureInfo.InvariantCulture),
                $"go1.{minor} {line}: model mallocs {heap.Mallocs} bytes {heap.TotalAlloc}");
            checkedLines++;
        }

        Assert.True(checkedLines > 1400, $"only {checkedLines} lines checked");
    }

    [Theory]
    [MemberData(nameof(Minors))]
    public void TinySequences_MatchRealGo(int minor)
    {
        var version = GoVersion.Get(minor);
        var checkedLines = 0;
        foreach (var line in File.ReadLines(Path.Combine(Dir, $"go1.{minor}.txt")))
        {
            var p = line.Split(' ');
            int[] sizes;
            if (p[0] == "tiny")
            {
                sizes = [.. Enumerable.Repeat(int.Parse(p[1], CultureInfo.InvariantCulture), int.Parse(p[2][1..], CultureInfo.InvariantCulture))];
                p = [.. p.Skip(1)];
            }
            else if (p[0] == "tiny-mixed")
            {
                sizes = [1, 8, 3, 4, 2, 12, 6, 1, 15, 7];
            }
            else
            {
                continue;
            }

            var heap = new GoHeap(version);
            foreach (var s in sizes)
            {
                heap.Allocate(s, pointers: false, GoOperation.MakeSlice);
            }

            Assert.True(
                heap.Mallocs == ulong.Parse(p[^2], CultureInfo.InvariantCulture) && heap.TotalAlloc == ulong.Parse(p[^1], CultureInfo.InvariantCulture),
                $"go1.{minor} {line}: model mallocs {heap.Mallocs} bytes {heap.TotalAlloc}");
            checkedLines++;
        }

        Assert.Equal(15 * 6 + 1, checkedLines);
    }

    private static string Dir => Path.Combine(AppContext.BaseDirectory, "TestData", "measured", "allocdiff");
}
