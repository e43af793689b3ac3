using System.Collections;
using System.Runtime.CompilerServices;

namespace Gort.Slices;

public readonly partial struct Slice<T>
{
    /// <summary>
    /// Enumerates the values of a slice with Go's <c>range</c> semantics: the slice header is copied when the loop
    /// starts (appends in the body do not extend the loop), and each value is read from the backing array when its
    /// iteration begins (writes to later elements through another slice are seen).
    /// </summary>
    public struct Enumerator : IEnumerator<T>
    {
        private readonly Slice<T> _slice;
        private int _index;

        internal Enumerator(Slice<T> slice)
        {
            _slice = slice;
            _index = -1;
            Current = default!;
        }

        /// <summary>The value of the current iteration (a copy taken when it began).</summary>
        public T Current { get; private set; }

        readonly object? IEnumerator.Current => Current;

        /// <summary>Moves to the next element.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MoveNext()
        {
            var next = _index + 1;
            if (next < _slice._length)
            {
                _index = next;
                Current = _slice._array![_slice._offset + next];
                return true;
            }

            _index = _slice._length;
            return false;
        }

        /// <summary>Restarts the loop.</summary>
        public void Reset() => _index = -1;

        /// <summary>Does nothing.</summary>
        public readonly void Dispose()
        {
        }
    }

    /// <summary>The <c>for i, v := range s</c> view of a slice (see <see cref="Indexed"/>).</summary>
    public readonly struct IndexedEnumerable
    {
        private readonly Slice<T> _slice;

        internal IndexedEnumerable(Slice<T> slice) => _slice = slice;

        /// <summary>Returns the enumerator of (index, value) pairs.</summary>
        public IndexedEnumerator GetEnumerator() => new(_slice);
    }

    /// <summary>Enumerates (index, value) pairs with Go's <c>range</c> semantics (length read once).</summary>
    public struct IndexedEnumerator
    {
        private Enumerator _inner;
        private int _index;

        internal IndexedEnumerator(Slice<T> slice)
        {
            _inner = new Enumerator(slice);
            _index = -1;
        }

        /// <summary>The current index and a copy of the element.</summary>
        public readonly (int Index, T Value) Current => (_index, _inner.Current);

        /// <summary>Moves to the next element.</summary>
        public bool MoveNext()
        {
            if (_inner.MoveNext())
            {
                _index++;
                return true;
            }

            return false;
        }
    }
}
