using System.Runtime.CompilerServices;
using Gort.Memory;
using Gort.Observability;
using Gort.Runtime;
using Gort.Versions;

namespace Gort.Tests.Observability;

/// <summary>
/// A deterministic program to profile: ten 4 KiB buffers kept, a hundred []int of 100 dropped, a GC. The committed
/// profile and its <c>go tool pprof -top</c> output (TestData/measured/pprof) come from <see cref="Run"/>.
/// </summary>
public static class ProfileFixture
{
    public const int Buffers = 10;
    public const int BufferSize = 4096;
    public const int Garbage = 100;

    /// <summary>Runs the program on an exact (rate 1) profile and returns it.</summary>
    public static AllocationProfile Run(int sampleRate = 1)
    {
        var profile = new AllocationProfile(sampleRate);
        var runtime = new GoRuntime(new GoRuntimeOptions { Version = GoVersion.Get(22), Accounting = true, TrackLiveness = true, Listeners = [profile] });
        using (runtime.Enter())
        {
            var kept = MakeBuffers();
            MakeGarbage();
            runtime.GC();
            GC.KeepAlive(kept);
        }

        return profile;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static List<byte[]> MakeBuffers()
    {
        var kept = new List<byte[]>();
        for (var i = 0; i < Buffers; i++)
        {
            var buffer = new byte[BufferSize];
            GoRuntime.Current.Account(BufferSize, false, GoOperation.MakeSlice, "uint8", buffer);
            kept.Add(buffer);
        }

        return kept;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void MakeGarbage()
    {
        for (var i = 0; i < Garbage; i++)
        {
            GoRuntime.Current.Account(800, false, GoOperation.MakeSlice, "int", new long[100]);
        }
    }
}
