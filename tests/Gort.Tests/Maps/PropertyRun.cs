using Gort.Maps;
using Gort.Maps.Hashing;
using Gort.Runtime;

namespace Gort.Tests.Maps;

/// <summary>
/// One random operation sequence on a <see cref="Map{TKey,TValue}"/> and a reference model (a dictionary of reflexive
/// keys plus the multiset of NaN entries, and the sign of a stored zero). Every step checks the count; lookups check
/// values; range loops check Go's guarantees. A failure names the seed, step and operation.
/// </summary>
internal sealed class PropertyRun<TKey>(GoRuntime runtime, int seed, Func<Random, TKey> nextKey)
    where TKey : notnull
{
    private readonly Random _random = new(seed);
    private readonly Dictionary<TKey, long> _reference = [];
    private readonly List<long> _nanValues = [];
    private Map<TKey, long> _map = Map.Make<TKey, long>(runtime, seed % 3 == 0 ? seed * 10 : 0);
    private bool _negativeZero;
    private int _step;
    private string _op = "";

    public void Run(int ops)
    {
        for (_step = 0; _step < ops; _step++)
        {
            var dice = _random.Next(1000);
            var key = nextKey(_random);
            if (dice < 450)
            {
                Assign(key, _random.NextInt64());
            }
            else if (dice < 700)
            {
                _op = $"delete {key}";
                _map.Delete(key);
                if (IsReflexive(key))
                {
                    _reference.Remove(Normalize(key));
                }
            }
            else if (dice < 990)
            {
                _op = $"lookup {key}";
                var found = _map.TryGet(key, out var value);
                var expected = IsReflexive(key) && _reference.TryGetValue(Normalize(key), out var v) ? v : (long?)null;
                Check(found == expected.HasValue && (!found || value == expected), $"got {(found ? value : "absent")}, want {(expected?.ToString() ?? "absent")}");
                Check(_map[key] == (expected ?? 0), "indexer disagrees with TryGet");
            }
            else if (dice < 992)
            {
                _op = "clear";
                _map.Clear();
                _reference.Clear();
                _nanValues.Clear();
            }
            else if (dice < 995)
            {
                RangeCheckContents();
            }
            else if (dice < 998)
            {
                RangeWithDeletes();
            }
            else
            {
                RangeWithInserts();
            }

            Check(_map.Len == _reference.Count + _nanValues.Count, $"len {_map.Len}, want {_reference.Count + _nanValues.Count}");
        }

        RangeCheckContents();
    }

    private void Assign(TKey key, long value)
    {
        _op = $"assign {key}={value}";
        _map[key] = value;
        if (!IsReflexive(key))
        {
            _nanValues.Add(value);
            return;
        }

        _reference[Normalize(key)] = value;
        if (key is double d && d == 0)
        {
            _negativeZero = double.IsNegative(d);
        }
    }

    private void RangeCheckContents()
    {
        _op = "range (contents)";
        var seen = new Dictionary<TKey, long>();
        var nans = new List<long>();
        foreach (var (k, v) in _map)
        {
            if (!IsReflexive(k))
            {
                nans.Add(v);
                continue;
            }

            Check(seen.TryAdd(Normalize(k), v), $"key {k} produced twice");
            if (k is double d && d == 0)
            {
                Check(double.IsNegative(d) == _negativeZero, "stored zero key has the wrong sign (Go updates the key on overwrite)");
            }
        }

        Check(seen.Count == _reference.Count && seen.All(kv => _reference.TryGetValue(kv.Key, out var v) && v == kv.Value), "range contents differ from the reference");
        Check(nans.Order().SequenceEqual(_nanValues.Order()), "NaN entries differ");
    }

    // Go: an entry removed before the loop reaches it is not produced; every entry present for the whole loop is
    // produced exactly once.
    private void RangeWithDeletes()
    {
        _op = "range with deletes";
        var before = new HashSet<TKey>(_reference.Keys);
        var deleted = new HashSet<TKey>();
        var seen = new HashSet<TKey>();
        foreach (var (k, _) in _map)
        {
            if (!IsReflexive(k))
            {
                continue;
            }

            var nk = Normalize(k);
            Check(seen.Add(nk), $"key {k} produced twice");
            Check(!deleted.Contains(nk), $"deleted key {k} produced");
            if (_random.Next(3) == 0 && before.Count > 0)
            {
                var victim = before.ElementAt(_random.Next(before.Count));
                _map.Delete(victim);
                _reference.Remove(victim);
                deleted.Add(victim);
            }
        }

        Check(before.Where(k => !deleted.Contains(k)).All(seen.Contains), "a key present for the whole loop was not produced");
    }

    // Go: entries inserted during the loop may or may not be produced, at most once; old ones exactly once, with
    // their current value.
    private void RangeWithInserts()
    {
        _op = "range with inserts";
        var before = new HashSet<TKey>(_reference.Keys);
        var seen = new HashSet<TKey>();
        foreach (var (k, v) in _map)
        {
            if (!IsReflexive(k))
            {
                continue;
            }

            var nk = Normalize(k);
            Check(seen.Add(nk), $"key {k} produced twice");
            Check(_reference.TryGetValue(nk, out var current) && current == v, $"key {k} produced with a stale value");
            if (_random.Next(2) == 0)
            {
                Assign(nextKey(_random), _random.NextInt64());
            }
        }

        Check(before.Where(_reference.ContainsKey).All(seen.Contains), "a key present for the whole loop was not produced");
    }

    private static bool IsReflexive(TKey key) => KeyHasher<TKey>.IsReflexive(key);

    private static TKey Normalize(TKey key) => key is double d && d == 0 ? (TKey)(object)0.0 : key;

    private void Check(bool condition, string message)
    {
        if (!condition)
        {
            Assert.Fail($"{runtime.Version} seed {seed} step {_step} op '{_op}': {message}");
        }
    }
}
