using Gort.Diagnostics;
using Gort.Maps;
using Gort.Runtime;
using Gort.Versions;

namespace Gort.Tests.Maps;

/// <summary>
/// Engine-agnostic contract of <see cref="Map{TKey,TValue}"/>: random operation sequences checked against a
/// <see cref="Dictionary{TKey,TValue}"/> reference at every step (count, contents, Go's range guarantees), plus Go's
/// key semantics, nil maps, formatting and concurrent-misuse detection. Each engine/version derives a subclass.
/// </summary>
public abstract class MapPropertyTests
{
    /// <summary>Operations per (key type, seed) run; 8 seeds × 4 key types × 32,000 ≈ 10^6 per version.</summary>
    protected const int OpsPerRun = 32_000;

    /// <summary>The Go version (and so the engine) under test.</summary>
    protected abstract GoVersion Version { get; }

    private GoRuntime Runtime(int seed) => GoRuntime.ForVersion(Version, accounting: seed % 2 == 0, seed: (ulong)seed);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void RandomOps_LongKeys_MatchReference(int seed) =>
        new PropertyRun<long>(Runtime(seed), seed, r => r.NextInt64(0, 3000)).Run(OpsPerRun);

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(18)]
    public void RandomOps_StringKeys_MatchReference(int seed) =>
        new PropertyRun<string>(Runtime(seed), seed, r => "s" + r.Next(0, 2000)).Run(OpsPerRun);

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(23)]
    [InlineData(24)]
    [InlineData(25)]
    [InlineData(26)]
    [InlineData(27)]
    [InlineData(28)]
    public void RandomOps_DoubleKeysWithNaNAndSignedZero_MatchReference(int seed) =>
        new PropertyRun<double>(Runtime(seed), seed, r => r.Next(50) switch
        {
            0 => double.NaN,
            1 => 0.0,
            2 => -0.0,
            _ => r.Next(0, 1500) / 4.0,
        }).Run(OpsPerRun);

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(34)]
    [InlineData(35)]
    [InlineData(36)]
    [InlineData(37)]
    [InlineData(38)]
    public void RandomOps_SmallIntKeysHeavyChurn_MatchReference(int seed) =>
        new PropertyRun<int>(Runtime(seed), seed, r => r.Next(0, 64)).Run(OpsPerRun);

    [Fact]
    public void NilMap_ReadsZero_DeleteAndClearAreNoOps_WritePanics()
    {
        Map<string, int> nil = default;
        Assert.True(nil.IsNil);
        Assert.Equal(0, nil.Len);
        Assert.Equal(0, nil["x"]);
        Assert.False(nil.TryGet("x", out _));
        nil.Delete("x");
        nil.Clear();
        Assert.Empty(nil);
        Assert.Equal("map[]", nil.ToString());
        var e = Assert.Throws<GoPanicException>(() => nil["x"] = 1);
        Assert.Equal("assignment to entry in nil map", e.Message);
        Assert.True(e.IsRuntimeError);
    }

    [Fact]
    public void NegativeHint_DoesNotPanic()
    {
        var rt = GoRuntime.ForVersion(Version, seed: 1);
        var m = Map.Make<long, long>(rt, -5);
        m[1] = 2;
        Assert.Equal(1, m.Len);
    }

    [Fact]
    public void NaNKeys_EachInsertAddsAnEntry_NeverFound_RangeYieldsThem()
    {
        var m = Map.Make<double, int>(GoRuntime.ForVersion(Version, seed: 1), 0);
        m[double.NaN] = 1;
        m[double.NaN] = 2;
        Assert.Equal(2, m.Len);
        Assert.False(m.TryGet(double.NaN, out _));
        m.Delete(double.NaN);
        Assert.Equal(2, m.Len);
        Assert.Equal([1, 2], m.Select(kv => kv.Value).Order());
        Assert.Equal("map[NaN:1 NaN:2]", m.ToString().Replace("NaN:2 NaN:1", "NaN:1 NaN:2", StringComparison.Ordinal));
    }

    [Fact]
    public void SignedZero_IsOneKey_AndOverwriteStoresTheNewKey()
    {
        var m = Map.Make<double, int>(GoRuntime.ForVersion(Version, seed: 1), 0);
        m[0.0] = 1;
        m[-0.0] = 2;
        Assert.Equal(1, m.Len);
        Assert.Equal(2, m[0.0]);
        var key = m.Single().Key;
        Assert.True(double.IsNegative(key)); // Go updates the stored key on overwrite
        Assert.Equal("map[-0:2]", m.ToString());
    }

    [Fact]
    public void UnhashableInterfaceKey_Panics()
    {
        var m = Map.Make<object, int>(GoRuntime.ForVersion(Version, seed: 1), 0);
        var slice = Map.Make<int, int>(GoRuntime.ForVersion(Version, seed: 1), 0);
        var e = Assert.Throws<GoPanicException>(() => m[slice] = 1);
        Assert.Equal("runtime error: hash of unhashable type map[int32]int32", e.Message);
        Assert.Throws<GoPanicException>(() => m[slice]);
    }

    [Fact]
    public void ToString_SortsKeysAsFmt()
    {
        var rt = GoRuntime.ForVersion(Version, seed: 1);
        var s = Map.Make<string, int>(rt, 0);
        s["b"] = 2;
        s["a"] = 1;
        s["B"] = 3;
        Assert.Equal("map[B:3 a:1 b:2]", s.ToString());
        var d = Map.Make<double, double>(rt, 0);
        d[10] = 1e6;
        d[-1.5] = 0.1;
        d[double.NaN] = 1e-5;
        d[2] = 123456789;
        Assert.Equal("map[NaN:1e-05 -1.5:0.1 2:1.23456789e+08 10:1e+06]", d.ToString());
        var b = Map.Make<bool, long>(rt, 0);
        b[true] = 1;
        b[false] = 0;
        Assert.Equal("map[false:0 true:1]", b.ToString());
    }

    [Fact]
    public void ReentrantWriteDuringWrite_IsFatalConcurrentMapWrites()
    {
        var m = Map.Make<Reentrant, int>(GoRuntime.ForVersion(Version, seed: 1), 0);
        m[new Reentrant(1, null)] = 1;
        var e = Assert.Throws<GoFatalException>(() => m[new Reentrant(1, () => m[new Reentrant(2, null)] = 2)] = 3);
        Assert.Equal("concurrent map writes", e.Message);
    }

    [Fact]
    public void ReadDuringWrite_IsFatalConcurrentMapReadAndMapWrite()
    {
        var m = Map.Make<Reentrant, int>(GoRuntime.ForVersion(Version, seed: 1), 0);
        m[new Reentrant(1, null)] = 1;
        var e = Assert.Throws<GoFatalException>(() => m[new Reentrant(1, () => _ = m[new Reentrant(1, null)])] = 3);
        Assert.Equal("concurrent map read and map write", e.Message);
    }

    [Fact]
    public void IterationDuringWrite_IsFatalConcurrentMapIterationAndMapWrite()
    {
        var m = Map.Make<Reentrant, int>(GoRuntime.ForVersion(Version, seed: 1), 0);
        m[new Reentrant(1, null)] = 1;
        m[new Reentrant(2, null)] = 2;
        var e = Assert.Throws<GoFatalException>(() =>
        {
            using var it = m.GetEnumerator();
            it.MoveNext();
            m[new Reentrant(1, () => it.MoveNext())] = 3;
        });
        Assert.Equal("concurrent map iteration and map write", e.Message);
    }

    [Fact]
    public void TwoThreadsWriting_AreDetected_NeverHang()
    {
        var m = Map.Make<long, long>(GoRuntime.ForVersion(Version, seed: 1), 0);
        var stop = DateTime.UtcNow.AddSeconds(10);
        var detected = 0;
        var other = new List<Exception>();
        void Writer(long offset)
        {
            var i = 0L;
            while (DateTime.UtcNow < stop && Volatile.Read(ref detected) == 0)
            {
                try
                {
                    m[offset + (i++ % 100_000)] = i;
                }
                catch (GoFatalException)
                {
                    Interlocked.Exchange(ref detected, 1);
                }
                catch (Exception e)
                {
                    lock (other)
                    {
                        other.Add(e);
                    }

                    return;
                }
            }
        }

        var t1 = new Thread(() => Writer(0)) { IsBackground = true };
        var t2 = new Thread(() => Writer(1_000_000)) { IsBackground = true };
        t1.Start();
        t2.Start();
        Assert.True(t1.Join(TimeSpan.FromSeconds(30)) && t2.Join(TimeSpan.FromSeconds(30)), "writers hung");
        Assert.Empty(other);
        Assert.Equal(1, detected);
    }

    /// <summary>A key whose equality check runs an action once: a deterministic stand-in for a racing goroutine.</summary>
    public readonly struct Reentrant(int id, Action? onEquals) : IEquatable<Reentrant>
    {
        public int Id { get; } = id;

        public bool Equals(Reentrant other)
        {
            onEquals?.Invoke();
            other.Callback?.Invoke();
            return Id == other.Id;
        }

        private Action? Callback => onEquals;

        public override bool Equals(object? obj) => obj is Reentrant r && Equals(r);

        public override int GetHashCode() => Id;
    }
}
