using Gort.Diagnostics;
using Gort.Maps;
using Gort.Runtime;
using Gort.Versions;

namespace Gort.Tests.Maps.Swiss;

/// <summary>
/// Random operation sequences on <see cref="Map{TKey,TValue}"/> over the Swiss engine against a reference model
/// (<see cref="Dictionary{TKey,TValue}"/>), for every Swiss version, with fixed seeds: 1.2 million operations in all.
/// Each failure names the version, seed, step and operation so it can be replayed.
/// </summary>
public class SwissPropertyTests
{
    private const int OpsPerRun = 100_000;

    public static TheoryData<int, int> Runs()
    {
        var data = new TheoryData<int, int>();
        foreach (var minor in new[] { 24, 25, 26, 27 })
        {
            data.Add(minor, 1000 + minor);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void LongKeys_RandomOps_MatchDictionary(int minor, int seed) =>
        Run(minor, seed, r => (long)r.Next(0, 3000), (r, _) => r.NextInt64());

    [Theory]
    [MemberData(nameof(Runs))]
    public void StringKeys_RandomOps_MatchDictionary(int minor, int seed) =>
        Run(minor, seed, r => "k" + r.Next(0, 2000).ToString(System.Globalization.CultureInfo.InvariantCulture), (r, _) => r.NextInt64());

    /// <summary>Float keys: NaN adds a new entry each time and is never found; +0 and −0 are one key.</summary>
    [Theory]
    [MemberData(nameof(Runs))]
    public void DoubleKeys_WithNaNAndSignedZero_MatchModel(int minor, int seed)
    {
        var random = new Random(seed);
        var rt = GoRuntime.ForVersion(GoVersion.Get(minor), accounting: true, seed: (ulong)seed);
        var map = Map.Make<double, long>(rt, 0);
        var model = new Dictionary<double, long>();
        var nans = 0;
        for (var step = 0; step < OpsPerRun; step++)
        {
            var op = random.Next(100);
            var key = random.Next(20) == 0 ? double.NaN : random.Next(8) == 0 ? (random.Next(2) == 0 ? 0.0 : -0.0) : random.Next(500) * 0.5;
            var where = $"go1.{minor} seed {seed} step {step} op {op} key {key}";
            if (op < 50)
            {
                map[key] = step;
                if (double.IsNaN(key))
                {
                    nans++;
                }
                else
                {
                    model[key == 0 ? 0.0 : key] = step;
                }
            }
            else if (op < 80)
            {
                map.Delete(key);
                if (!double.IsNaN(key))
                {
                    model.Remove(key == 0 ? 0.0 : key);
                }
            }
            else if (op < 99)
            {
                var found = map.TryGet(key, out var v);
                var expected = !double.IsNaN(key) && model.TryGetValue(key == 0 ? 0.0 : key, out var ev) ? ev : (long?)null;
                Assert.True(expected == (found ? v : null), where);
            }
            else if (random.Next(20) == 0)
            {
                map.Clear();
                model.Clear();
                nans = 0;
            }

            Assert.True(map.Len == model.Count + nans, $"{where}: len {map.Len}, model {model.Count} + {nans} NaN");
            if (step % 5000 == 0)
            {
                var seenNaN = 0;
                var seen = new HashSet<double>();
                foreach (var kv in map)
                {
                    if (double.IsNaN(kv.Key))
                    {
                        seenNaN++;
                    }
                    else
                    {
                        Assert.True(seen.Add(kv.Key), $"{where}: {kv.Key} twice");
                        Assert.Equal(model[kv.Key], kv.Value);
                    }
                }

                Assert.Equal((model.Count, nans), (seen.Count, seenNaN));
            }
        }
    }

    private static void Run<TKey>(int minor, int seed, Func<Random, TKey> nextKey, Func<Random, int, long> nextValue)
        where TKey : notnull
    {
        var random = new Random(seed);
        var rt = GoRuntime.ForVersion(GoVersion.Get(minor), accounting: seed % 2 == 0, seed: (ulong)seed);
        var map = Map.Make<TKey, long>(rt, random.Next(0, 50));
        var model = new Dictionary<TKey, long>();
        for (var step = 0; step < OpsPerRun; step++)
        {
            var op = random.Next(1000);
            var key = nextKey(random);
            var where = $"go1.{minor} seed {seed} step {step} op {op} key {key}";
            if (op < 450)
            {
                var value = nextValue(random, step);
                map[key] = value;
                model[key] = value;
            }
            else if (op < 750)
            {
                map.Delete(key);
                model.Remove(key);
            }
            else if (op < 995)
            {
                var found = map.TryGet(key, out var v);
                Assert.True(model.TryGetValue(key, out var expected) == found && (!found || v == expected), where);
            }
            else if (op < 998)
            {
                RangeWithMutation(map, model, random, nextKey, where);
            }
            else if (random.Next(10) == 0)
            {
                map.Clear();
                model.Clear();
            }

            Assert.True(map.Len == model.Count, $"{where}: len {map.Len}, model {model.Count}");
        }

        var all = map.ToDictionary(kv => kv.Key, kv => kv.Value);
        Assert.Equal(model.Count, all.Count);
        foreach (var kv in model)
        {
            Assert.Equal(kv.Value, all[kv.Key]);
        }
    }

    /// <summary>
    /// Go's range guarantees while the loop body deletes and inserts: no entry twice; every key present throughout is
    /// produced; a key deleted before it was reached is not produced; each produced value is the current one.
    /// </summary>
    private static void RangeWithMutation<TKey>(Map<TKey, long> map, Dictionary<TKey, long> model, Random random, Func<Random, TKey> nextKey, string where)
        where TKey : notnull
    {
        var atStart = new HashSet<TKey>(model.Keys);
        var deleted = new HashSet<TKey>();
        var everDeleted = new HashSet<TKey>();
        var produced = new HashSet<TKey>();
        foreach (var kv in map)
        {
            // A key deleted and inserted again is a new entry, which Go may produce again.
            Assert.True(produced.Add(kv.Key) || everDeleted.Contains(kv.Key), $"{where}: range produced {kv.Key} twice");
            Assert.False(deleted.Contains(kv.Key) && !model.ContainsKey(kv.Key), $"{where}: range produced deleted {kv.Key}");
            Assert.True(model.TryGetValue(kv.Key, out var current) && current == kv.Value, $"{where}: range value of {kv.Key} is stale");
            var r = random.Next(10);
            if (r < 3)
            {
                var victim = nextKey(random);
                map.Delete(victim);
                model.Remove(victim);
                deleted.Add(victim);
                everDeleted.Add(victim);
            }
            else if (r < 6)
            {
                var k = nextKey(random);
                var v = random.NextInt64();
                map[k] = v;
                model[k] = v;
                deleted.Remove(k);
            }
        }

        foreach (var k in atStart)
        {
            if (!everDeleted.Contains(k))
            {
                Assert.True(produced.Contains(k), $"{where}: range missed {k}, present throughout");
            }
        }
    }

    [Fact]
    public void Iteration_WhileAnotherWriteIsInProgress_IsFatal()
    {
        var rt = GoRuntime.ForVersion(GoVersion.Get(27), accounting: false, seed: 3);
        var map = Map.Make<ReentrantKey, long>(rt, 0);
        ReentrantKey.Map = map;
        map[new ReentrantKey(1)] = 1;
        ReentrantKey.Reenter = true;
        var e = Assert.Throws<GoFatalException>(() => map[new ReentrantKey(2)] = 2);
        Assert.Equal("concurrent map read and map write", e.Message);
    }

    /// <summary>A key whose equality reads the map it is being inserted into, as a racing goroutine would.</summary>
    private readonly record struct ReentrantKey(int Id)
    {
        public static Map<ReentrantKey, long> Map;
        public static bool Reenter;

        public bool Equals(ReentrantKey other)
        {
            if (Reenter)
            {
                Reenter = false;
                _ = Map[new ReentrantKey(99)];
            }

            return Id == other.Id;
        }

        public override int GetHashCode() => 0;
    }
}
