using System.Buffers;
using System.Runtime.CompilerServices;

namespace Gort.Types.Formatting.Internal;

/// <summary>
/// The growable byte buffer the printer writes into (fmt's <c>buffer</c>). Go strings are bytes, so output is bytes;
/// callers convert at their boundary. The array comes from the shared pool and goes back on <see cref="Dispose"/>.
/// </summary>
internal struct FmtBuffer : IDisposable
{
    private byte[] _bytes;
    private int _length;

    public FmtBuffer(int capacity)
    {
        _bytes = capacity == 0 ? [] : ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 64));
        _length = 0;
    }

    public readonly int Length => _length;

    public readonly ReadOnlySpan<byte> Written => _bytes.AsSpan(0, _length);

    /// <summary>The written bytes, writable in place.</summary>
    public readonly Span<byte> WrittenMutable => _bytes.AsSpan(0, _length);

    public readonly byte this[int index] => _bytes[index];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteByte(byte b)
    {
        if (_length == _bytes.Length)
        {
            Grow(1);
        }

        _bytes[_length++] = b;
    }

    public void Write(scoped ReadOnlySpan<byte> bytes)
    {
        if (_bytes.Length - _length < bytes.Length)
        {
            Grow(bytes.Length);
        }

        bytes.CopyTo(_bytes.AsSpan(_length));
        _length += bytes.Length;
    }

    /// <summary>Writes an ASCII string (fmt's constant texts).</summary>
    public void WriteAscii(string text)
    {
        if (_bytes.Length - _length < text.Length)
        {
            Grow(text.Length);
        }

        foreach (var c in text)
        {
            _bytes[_length++] = (byte)c;
        }
    }

    /// <summary>Writes a .NET string as UTF-8 (type and field names).</summary>
    public void WriteUtf16(string text)
    {
        var max = System.Text.Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_bytes.Length - _length < max)
        {
            Grow(max);
        }

        _length += System.Text.Encoding.UTF8.GetBytes(text, _bytes.AsSpan(_length));
    }

    /// <summary><c>utf8.AppendRune</c>.</summary>
    public void WriteRune(int rune)
    {
        Span<byte> tmp = stackalloc byte[4];
        Write(tmp[..GoUtf8.EncodeRune(tmp, rune)]);
    }

    /// <summary>Appends <paramref name="count"/> copies of <paramref name="b"/>.</summary>
    public void WriteRepeated(byte b, int count)
    {
        if (count <= 0)
        {
            return;
        }

        if (_bytes.Length - _length < count)
        {
            Grow(count);
        }

        _bytes.AsSpan(_length, count).Fill(b);
        _length += count;
    }

    public readonly byte[] ToArray() => _bytes.AsSpan(0, _length).ToArray();

    public void Dispose()
    {
        var bytes = _bytes;
        _bytes = [];
        _length = 0;
        if (bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int extra)
    {
        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(Math.Max(_bytes.Length * 2, _length + extra), 64));
        _bytes.AsSpan(0, _length).CopyTo(bigger);
        if (_bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_bytes);
        }

        _bytes = bigger;
    }
}
