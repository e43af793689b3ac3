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
    /// <remarks>A ref struct over a span of <c>s[0:len(s)]</c>, so a <c>foreach</c> runs as fast as over an array.</remarks>
    public ref struct Enumerator
    {
        private readonly Span<T> _span;
        private int _index;

        internal Enumerator(Slice<T> slice)
        {
            _span = slice.AsSpan();
            _index = -1;
        }

        /// <summary>The element of the current iteration.</summary>
        public readonly T Current
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => _span[_index];
        }

        /// <summary>Moves to the next element.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MoveNext()
        {
            var next = _index + 1;
            if (next < _span.Length)
            {
                _index = next;
                return true;
            }

            return false;
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
    public ref struct IndexedEnumerator
    {
        private readonly Span<T> _span;
        private int _index;

        internal IndexedEnumerator(Slice<T> slice)
        {
            _span = slice.AsSpan();
            _index = -1;
        }

        /// <summary>The current index and a copy of the element.</summary>
        public readonly (int Index, T Value) Current => (_index, _span[_index]);

        /// <summary>Moves to the next element.</summary>
        public bool MoveNext()
        {
            var next = _index + 1;
            if (next < _span.Length)
            {
                _index = next;
                return true;
            }

            return false;
        }
    }

    // For IEnumerable<T> consumers (LINQ): the same semantics, boxed.
    private sealed class BoxedEnumerator(Slice<T> slice) : IEnumerator<T>
    {
        private int _index = -1;

        public T Current => slice[_index];

        object? IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (_index + 1 < slice.Len)
            {
                _index++;
                return true;
            }

            return false;
        }

        public void Reset() => _index = -1;

        public void Dispose()
        {
        }
    }
}
