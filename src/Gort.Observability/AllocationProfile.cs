using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;
using Gort.Memory;

namespace Gort.Observability;

/// <summary>
/// A heap allocation profile like Go's <c>pprof.WriteHeapProfile</c>: per C# call stack, objects and bytes allocated
/// and still in use, written as a gzipped pprof protobuf (<see cref="WriteTo(Stream)"/>) that <c>go tool pprof</c>
/// reads. Attach it with <see cref="GoHeap.AddListener"/> or <see cref="Runtime.GoRuntimeOptions.Listeners"/>: it is the
/// heap's <see cref="IHeapProfiler"/>, which the heap reaches through that interface only.
/// </summary>
/// <remarks>
/// Each sampled allocation captures a real <see cref="StackTrace"/>; Gort's own frames (Slice, Map, the runtime, this
/// profile, and any assembly added with <see cref="HideFramesOf"/>) are trimmed, so the leaf is the user code that
/// allocated. With a <see cref="SampleRate"/> of 1 every allocation is
/// recorded; above 1 sampling follows Go's <c>MemProfileRate</c> (exponentially distributed byte distances with that
/// mean, <c>mallocgc</c>'s <c>nextSample</c>) and the written values are unsampled with Go's <c>scaleHeapSample</c>.
/// The sample size is the object's charged size, or the requested size for a tiny sub-allocation, as
/// <c>profilealloc</c> receives it. Not thread-safe (as its heap).
/// </remarks>
public sealed class AllocationProfile : IHeapProfiler
{
    /// <summary>Go's default <c>runtime.MemProfileRate</c>: one sample per 512 KiB on average.</summary>
    public const int DefaultSampleRate = 512 * 1024;

    private readonly HashSet<Assembly> _hidden = [typeof(GoHeap).Assembly, typeof(AllocationProfile).Assembly];
    private readonly Dictionary<string, int> _bucketByStack = [];
    private readonly List<Bucket> _buckets = [];
    private readonly Random _random;
    private long _nextSample;

    /// <summary>Creates a profile sampling with <paramref name="sampleRate"/> (1: every allocation).</summary>
    /// <param name="sampleRate">Mean bytes between samples; 1 records every allocation.</param>
    /// <param name="seed">Seed of the sampling distances, for reproducible sampled profiles.</param>
    public AllocationProfile(int sampleRate = 1, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, 1);
        SampleRate = sampleRate;
        _random = new Random(seed);
        _nextSample = NextSample();
    }

    /// <summary>Mean bytes between samples (<c>MemProfileRate</c>); 1 records every allocation.</summary>
    public int SampleRate { get; }

    /// <summary>The recorded stacks with their raw (not unsampled) counts, leaf frame first.</summary>
    public IReadOnlyList<AllocationProfileEntry> Entries =>
        [.. _buckets.Select(b => new AllocationProfileEntry(b.Frames, b.AllocObjects, b.AllocBytes, b.AllocObjects - b.FreeObjects, b.AllocBytes - b.FreeBytes))];

    /// <summary>
    /// Trims the frames of <paramref name="assembly"/> too, as Gort's own: for a tool built on Gort (the lab) whose
    /// frames should not be the profile's leaves. Call it before the allocations to profile.
    /// </summary>
    public void HideFramesOf(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        _hidden.Add(assembly);
    }

    /// <summary>The size <c>profilealloc</c> sees for <paramref name="record"/>.</summary>
    internal static long SampleSize(in AllocationRecord record) =>
        record.Path == AllocationPath.Tiny ? record.Size : record.Charged;

    /// <summary>Records <paramref name="record"/> if sampled; returns its bucket and counted size, or none.</summary>
    HeapProfileSample IHeapProfiler.OnAllocation(in AllocationRecord record)
    {
        var size = SampleSize(record);
        if (SampleRate != 1 && size < _nextSample)
        {
            _nextSample -= size;
            return HeapProfileSample.None;
        }

        _nextSample = NextSample();
        var frames = CaptureStack();
        var key = string.Join('\n', frames.Select(f => $"{f.Function}|{f.File}|{f.Line}"));
        if (!_bucketByStack.TryGetValue(key, out var id))
        {
            id = _buckets.Count;
            _buckets.Add(new Bucket(frames));
            _bucketByStack.Add(key, id);
        }

        var bucket = _buckets[id];
        bucket.AllocObjects++;
        bucket.AllocBytes += size;
        return new HeapProfileSample(id, size);
    }

    /// <summary>A sampled object was freed: counted out of its bucket's in-use totals.</summary>
    void IHeapProfiler.OnFree(in HeapProfileSample sample)
    {
        if ((uint)sample.Bucket < (uint)_buckets.Count)
        {
            var bucket = _buckets[sample.Bucket];
            bucket.FreeObjects++;
            bucket.FreeBytes += sample.Size;
        }
    }

    /// <summary>Writes the profile as gzipped pprof protobuf (what <c>go tool pprof</c> reads).</summary>
    public void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.Optimal, leaveOpen: true);
        var bytes = PprofEncoder.Encode(this);
        gzip.Write(bytes);
    }

    /// <summary>Writes the profile to <paramref name="path"/>.</summary>
    public void WriteTo(string path)
    {
        using var file = File.Create(path);
        WriteTo(file);
    }

    /// <summary>Go's <c>scaleHeapSample</c>: estimates the unsampled count and bytes from sampled ones.</summary>
    public static (long Count, long Bytes) ScaleHeapSample(long count, long size, long rate)
    {
        if (count == 0 || size == 0)
        {
            return (0, 0);
        }

        if (rate <= 1)
        {
            return (count, size);
        }

        var avgSize = (double)size / count;
        var scale = 1 / (1 - Math.Exp(-avgSize / rate));
        return ((long)(count * scale), (long)(size * scale));
    }

    internal IEnumerable<(IReadOnlyList<ProfileFrame> Frames, long[] Values)> Samples()
    {
        foreach (var b in _buckets)
        {
            var (allocObjects, allocBytes) = ScaleHeapSample(b.AllocObjects, b.AllocBytes, SampleRate);
            var (inuseObjects, inuseBytes) = ScaleHeapSample(b.AllocObjects - b.FreeObjects, b.AllocBytes - b.FreeBytes, SampleRate);
            yield return (b.Frames, [allocObjects, allocBytes, inuseObjects, inuseBytes]);
        }
    }

    // mallocgc's nextSample: an exponential distance with mean MemProfileRate (fastexprand).
    private long NextSample()
    {
        if (SampleRate == 1)
        {
            return 0;
        }

        var u = 1 - _random.NextDouble();
        return (long)(-Math.Log(u) * SampleRate) + 1;
    }

    private ProfileFrame[] CaptureStack()
    {
        var trace = new StackTrace(2, fNeedFileInfo: true);
        var frames = new List<ProfileFrame>();
        foreach (var frame in trace.GetFrames())
        {
            var method = frame.GetMethod();
            if (method?.DeclaringType is not { } type || _hidden.Contains(type.Assembly))
            {
                continue;
            }

            frames.Add(new ProfileFrame($"{type.FullName}.{method.Name}", frame.GetFileName() ?? "", frame.GetFileLineNumber()));
        }

        return [.. frames];
    }

    private sealed class Bucket(ProfileFrame[] frames)
    {
        public ProfileFrame[] Frames { get; } = frames;

        public long AllocObjects { get; set; }

        public long AllocBytes { get; set; }

        public long FreeObjects { get; set; }

        public long FreeBytes { get; set; }
    }
}
