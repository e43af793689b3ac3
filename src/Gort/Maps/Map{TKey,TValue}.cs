using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Gort.Diagnostics;
using Gort.Maps.Hashing;
using Gort.Maps.Internal;
using Gort.Types.Formatting;

namespace Gort.Maps;

/// <summary>
/// A Go map <c>map[K]V</c>: a value holding a reference to the runtime's map (so copies share entries, as in Go), and
/// <see langword="default"/> is the nil map. The engine (classic buckets or Swiss tables) and the allocation accounting
/// come from the <see cref="Runtime.GoRuntime"/> the map was made in.
/// </summary>
/// <remarks>
/// <para>Reads of a nil map give the zero value, <see cref="Delete"/> and <see cref="Clear"/> on it do nothing, and a
/// write panics with <c>assignment to entry in nil map</c>.</para>
/// <para><c>foreach</c> is Go's <c>range</c>: a random start point per loop; entries deleted during the loop and not
/// reached yet are not produced; entries inserted during the loop may or may not be; every entry present for the whole
/// loop is produced exactly once. It never throws "collection was modified".</para>
/// <para>Key semantics are Go's: NaN never equals itself (each NaN insert adds an entry that no lookup finds), +0 and
/// −0 are one key (an overwrite stores the new key), interface keys (<see cref="object"/>) holding slices, maps or funcs
/// panic with <c>runtime error: hash of unhashable type T</c>. The Go delete-all idiom
/// <c>for k := range m { delete(m, k) }</c> compiles to the same runtime call as <c>clear(m)</c>: model it with
/// <see cref="Clear"/>.</para>
/// <para>Like Go maps, a map is not safe for concurrent use: a write during another write, a read or a range is
/// detected (best effort) and raises <see cref="GoFatalException"/> (<c>concurrent map writes</c>, ...).</para>
/// </remarks>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The element type.</typeparam>
public readonly partial struct Map<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>
{
    private readonly MapEngine<TKey, TValue>? _engine;

    internal Map(MapEngine<TKey, TValue> engine) => _engine = engine;

    /// <summary><c>len(m)</c>: 0 for a nil map.</summary>
    public int Len => _engine?.Count ?? 0;

    /// <summary>Whether this is the nil map (<c>m == nil</c>).</summary>
    public bool IsNil => _engine is null;

    /// <summary>The engine behind a non-nil map.</summary>
    internal MapEngine<TKey, TValue>? Engine => _engine;

    /// <summary>
    /// <c>m[key]</c>: the element, or the zero value when absent (also on a nil map). Setting it is <c>m[key] = v</c>.
    /// </summary>
    /// <exception cref="GoPanicException">Setting on a nil map (<c>assignment to entry in nil map</c>); an unhashable interface key.</exception>
    /// <exception cref="GoFatalException">Concurrent misuse detected.</exception>
    public TValue this[TKey key]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (_engine is null)
            {
                CheckHashable(key);
                return default!;
            }

            ref var value = ref _engine.FindValue(key);
            return Unsafe.IsNullRef(ref value) ? default! : value;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        set
        {
            if (_engine is null)
            {
                ThrowHelper.ThrowAssignmentToNilMap();
            }

            _engine.Assign(key, value);
        }
    }

    /// <summary><c>v, ok := m[key]</c>.</summary>
    /// <exception cref="GoPanicException">An unhashable interface key.</exception>
    /// <exception cref="GoFatalException">Concurrent misuse detected.</exception>
    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        if (_engine is null)
        {
            CheckHashable(key);
            value = default;
            return false;
        }

        ref var found = ref _engine.FindValue(key);
        if (Unsafe.IsNullRef(ref found))
        {
            value = default;
            return false;
        }

        value = found;
        return true;
    }

    /// <summary><c>_, ok := m[key]</c>.</summary>
    public bool ContainsKey(TKey key) => TryGet(key, out _);

    /// <summary><c>delete(m, key)</c>: does nothing when absent or on a nil map.</summary>
    /// <exception cref="GoPanicException">An unhashable interface key.</exception>
    /// <exception cref="GoFatalException">Concurrent misuse detected.</exception>
    public void Delete(TKey key)
    {
        if (_engine is null)
        {
            CheckHashable(key);
            return;
        }

        _engine.Delete(key);
    }

    /// <summary>
    /// <c>clear(m)</c> (Go 1.21+), which is also what <c>for k := range m { delete(m, k) }</c> compiles to in every
    /// version: removes every entry and keeps the buckets (a map never shrinks). Does nothing on a nil map.
    /// </summary>
    public void Clear() => _engine?.Clear();

    /// <summary>A snapshot of the engine's internal state, or <see langword="null"/> for a nil map.</summary>
    public MapState? Inspect() => _engine?.Inspect();

    /// <summary>Starts a <c>range</c> loop.</summary>
    public Enumerator GetEnumerator() => new(_engine?.Iterate());

    IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// <c>fmt.Sprint(m)</c> as the current runtime's Go version prints it: <c>map[k1:v1 k2:v2]</c> with the keys in
    /// <c>internal/fmtsort</c>'s order (see <see cref="ClrGoValues"/> for how CLR keys and values map to Go values).
    /// </summary>
    public override string ToString() => GoFmt.Format(this, Runtime.GoRuntime.Current.Version);

    // Go 1.22+ checks mapKeyError on nil maps, and earlier versions hash anyway: an unhashable interface key panics.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CheckHashable(TKey key)
    {
        if (typeof(TKey) == typeof(object) || (!typeof(TKey).IsValueType && typeof(TKey) != typeof(string)) || KeyHasher<TKey>.MayBeNaN)
        {
            KeyHasher<TKey>.Hash(key, 0);
        }
    }

    /// <summary>One <c>range</c> loop: Go's order from a random start; tolerant of writes made during the loop.</summary>
    public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>
    {
        private readonly MapIterator<TKey, TValue>? _iterator;
        private KeyValuePair<TKey, TValue> _current;

        internal Enumerator(MapIterator<TKey, TValue>? iterator)
        {
            _iterator = iterator;
            _current = default;
        }

        /// <summary>The current entry.</summary>
        public readonly KeyValuePair<TKey, TValue> Current => _current;

        readonly object IEnumerator.Current => _current;

        /// <summary><c>mapiternext</c>.</summary>
        public bool MoveNext()
        {
            if (_iterator is not null && _iterator.Next(out var key, out var value))
            {
                _current = new KeyValuePair<TKey, TValue>(key, value);
                return true;
            }

            _current = default;
            return false;
        }

        /// <summary>Not supported: a Go range loop cannot be restarted; start a new loop instead.</summary>
        /// <exception cref="NotSupportedException">Always.</exception>
        public readonly void Reset() => throw new NotSupportedException("a range loop cannot be restarted; start a new foreach");

        /// <summary>Ends the loop.</summary>
        public readonly void Dispose()
        {
        }
    }
}
