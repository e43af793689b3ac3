using System.Globalization;
using System.IO.Compression;
using Gort.Observability;
using Gort.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Gort.Tests.Observability;

public sealed class PprofTests(ITestOutputHelper output)
{
    private const string Buffers = "Gort.Tests.Observability.ProfileFixture.MakeBuffers";
    private const string Garbage = "Gort.Tests.Observability.ProfileFixture.MakeGarbage";

    [Fact]
    public void An_exact_profile_has_the_call_sites_and_totals()
    {
        var profile = ProfileFixture.Run();
        var buffers = Assert.Single(profile.Entries, e => e.Frames[0].Function == Buffers);
        var garbage = Assert.Single(profile.Entries, e => e.Frames[0].Function == Garbage);
        Assert.Equal((10, 40960, 10, 40960), (buffers.AllocObjects, buffers.AllocBytes, buffers.InuseObjects, buffers.InuseBytes));
        Assert.Equal((100, 89600, 0, 0), (garbage.AllocObjects, garbage.AllocBytes, garbage.InuseObjects, garbage.InuseBytes));
        Assert.DoesNotContain(profile.Entries.SelectMany(e => e.Frames), f => f.Function.StartsWith("Gort.Runtime", StringComparison.Ordinal) || f.Function.StartsWith("Gort.Memory", StringComparison.Ordinal));
        Assert.Contains(buffers.Frames, f => f.Function == "Gort.Tests.Observability.ProfileFixture.Run");
    }

    [Fact]
    public void The_profile_is_gzipped_protobuf_with_go_heap_sample_types()
    {
        var bytes = Decompress(ProfileFixture.Run());
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        foreach (var s in new[] { "alloc_objects", "alloc_space", "inuse_objects", "inuse_space", "count", "bytes", "space", Buffers, Garbage })
        {
            Assert.Contains(s, text, StringComparison.Ordinal);
        }

        Assert.Equal(0x0A, bytes[0]); // field 1 (sample_type), length-delimited
    }

    [Fact]
    public void Totals_match_the_committed_go_tool_pprof_top_output()
    {
        // TestData/measured/pprof/top-*.txt is `go tool pprof -top` on a profile of ProfileFixture (see PROVENANCE.md).
        var profile = ProfileFixture.Run();
        foreach (var (index, file) in new[] { ("inuse_space", "top-inuse_space.txt"), ("alloc_space", "top-alloc_space.txt"), ("alloc_objects", "top-alloc_objects.txt") })
        {
            var top = ParseTop(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "measured", "pprof", file)));
            foreach (var entry in profile.Entries)
            {
                var ours = index switch
                {
                    "inuse_space" => entry.InuseBytes,
                    "alloc_space" => entry.AllocBytes,
                    _ => entry.AllocObjects,
                };
                var leaf = entry.Frames[0].Function;
                Assert.True(top.GetValueOrDefault(leaf) == ours, $"{index} {leaf}: ours {ours}, pprof {top.GetValueOrDefault(leaf)}");
            }
        }
    }

    [Fact]
    public void Go_tool_pprof_reads_a_fresh_profile()
    {
        if (GoToolchain.Go is null)
        {
            // xunit 2.9 has no dynamic skip: say it loudly in the test output and on stdout instead of skipping silently.
            const string Reason = "SKIPPED LIVE CHECK: no Go toolchain (go on PATH or /work/shared/tools/get-go.sh NN); the committed pprof output is still checked by Totals_match_the_committed_go_tool_pprof_top_output";
            output.WriteLine(Reason);
            Console.WriteLine(Reason);
            return;
        }

        var path = Path.Combine(Path.GetTempPath(), $"gort-{Guid.NewGuid():N}.pb.gz");
        try
        {
            ProfileFixture.Run().WriteTo(path);
            var raw = GoToolchain.Run("tool", "pprof", "-raw", path);
            output.WriteLine(raw.Stdout + raw.Stderr);
            Assert.True(raw.ExitCode == 0, raw.Stderr);
            Assert.Contains("alloc_objects/count alloc_space/bytes inuse_objects/count inuse_space/bytes", raw.Stdout, StringComparison.Ordinal);
            Assert.Matches(@"\n\s+10\s+40960\s+10\s+40960: ", raw.Stdout);
            Assert.Matches(@"\n\s+100\s+89600\s+0\s+0: ", raw.Stdout);

            var top = GoToolchain.Run("tool", "pprof", "-top", "-sample_index=alloc_space", path);
            output.WriteLine(top.Stdout + top.Stderr);
            Assert.True(top.ExitCode == 0, top.Stderr);
            var parsed = ParseTop(top.Stdout);
            Assert.Equal(40960, parsed[Buffers]);
            Assert.Equal(89600, parsed[Garbage]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Sampled_profiles_are_unsampled_with_go_scale_heap_sample()
    {
        // scaleHeapSample(1, 4096, 524288): scale = 1 / (1 - exp(-4096/524288)).
        var (count, bytes) = AllocationProfile.ScaleHeapSample(1, 4096, 512 * 1024);
        var scale = 1 / (1 - Math.Exp(-4096.0 / (512 * 1024)));
        Assert.Equal((long)scale, count);
        Assert.Equal((long)(4096 * scale), bytes);
        Assert.Equal((0L, 0L), AllocationProfile.ScaleHeapSample(0, 0, 512 * 1024));
        Assert.Equal((3L, 300L), AllocationProfile.ScaleHeapSample(3, 300, 1));
    }

    [Fact]
    public void Sampling_at_the_default_rate_estimates_the_allocated_bytes()
    {
        // 20000 allocations of 4096 bytes (78 MiB): the unsampled estimate is within 10% of the truth.
        var profile = new AllocationProfile(AllocationProfile.DefaultSampleRate, seed: 7);
        var heap = new Gort.Memory.GoHeap(Gort.Versions.GoVersion.Get(22), -1);
        heap.AddListener(profile);
        for (var i = 0; i < 20000; i++)
        {
            heap.Allocate(4096, false, Gort.Memory.GoOperation.MakeSlice, "uint8");
        }

        var sampled = profile.Entries.Sum(e => e.AllocBytes);
        var sampledCount = profile.Entries.Sum(e => e.AllocObjects);
        Assert.InRange(sampledCount, 50, 250); // 78 MiB / 512 KiB = 156 expected samples
        var (_, estimate) = AllocationProfile.ScaleHeapSample(sampledCount, sampled, AllocationProfile.DefaultSampleRate);
        Assert.InRange(estimate, 20000 * 4096 * 0.9, 20000 * 4096 * 1.1);
    }

    // `go tool pprof -top` rows: flat flat% sum% cum cum% name; values may carry units (kB, MB) for bytes.
    private static Dictionary<string, long> ParseTop(string text)
    {
        var result = new Dictionary<string, long>();
        foreach (var line in text.Split('\n'))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 6 && fields[1].EndsWith('%') && fields[4].EndsWith('%'))
            {
                result[fields[5]] = ParseValue(fields[0]);
            }
        }

        return result;
    }

    private static long ParseValue(string value)
    {
        var units = new (string Suffix, double Factor)[] { ("GB", 1 << 30), ("MB", 1 << 20), ("kB", 1 << 10), ("B", 1) };
        foreach (var (suffix, factor) in units)
        {
            if (value.EndsWith(suffix, StringComparison.Ordinal))
            {
                return (long)Math.Round(double.Parse(value[..^suffix.Length], CultureInfo.InvariantCulture) * factor);
            }
        }

        return long.Parse(value, CultureInfo.InvariantCulture);
    }

    private static byte[] Decompress(AllocationProfile profile)
    {
        var stream = new MemoryStream();
        profile.WriteTo(stream);
        stream.Position = 0;
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        var result = new MemoryStream();
        gzip.CopyTo(result);
        return result.ToArray();
    }
}
