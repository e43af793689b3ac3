using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Gort.Diagnostics;
using Gort.Maps.Hashing;

namespace Gort.Maps.Swiss;

/// <summary>
/// The Swiss engine's seeded key hash: specialised, cheaper hashes for integer and string keys (the hot cases), and
/// <see cref="KeyHasher{TKey}"/> for everything else (floats with NaN/±0 rules, interfaces, structs).
/// </summary>
/// <remarks>
/// The engine uses both ends of the hash — the low 7 bits as h2, the next bits to pick a group, the top bits to pick a
/// directory entry — so each variant must spread entropy to both ends: a 64×64→128 multiply of two seed-dependent
/// words, folded (wyhash's <c>mum</c>), twice for integers; one <c>mum</c> per 16 bytes of string plus two to finish.
/// Go uses AES or memhash here; only the distribution matters for Gort (the oracle tests check split timing and
/// iteration histograms against real Go over many seeds).
/// </remarks>
internal static class SwissHash<TKey>
{
    private const ulong S0 = 0xa0761d6478bd642f;
    private const ulong S1 = 0xe7037ed1a0b428db;
    private const ulong S2 = 0x8ebc6af09c88c6e3;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Hash(TKey key, ulong seed)
    {
        if (typeof(TKey) == typeof(long) || typeof(TKey) == typeof(ulong) || typeof(TKey) == typeof(nint) || typeof(TKey) == typeof(nuint))
        {
            return Word(Unsafe.As<TKey, ulong>(ref key), seed);
        }

        if (typeof(TKey) == typeof(int) || typeof(TKey) == typeof(uint))
        {
            return Word(Unsafe.As<TKey, uint>(ref key), seed);
        }

        if (typeof(TKey) == typeof(string))
        {
            return String(Unsafe.As<TKey, string>(ref key), seed);
        }

        return KeyHasher<TKey>.Hash(key, seed);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Word(ulong value, ulong seed) => Mum(Mum(value ^ seed ^ S0, seed ^ S1) ^ value, S2);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mum(ulong a, ulong b)
    {
        var high = Math.BigMul(a, b, out var low);
        return high ^ low;
    }

    private static ulong String(string s, ulong seed)
    {
        if (s is null)
        {
            ThrowHelper.ThrowPlainPanic("gort: a null string is not a Go string; use \"\"");
        }

        ref var p = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(s.AsSpan()));
        var len = s.Length * 2;
        var h = seed ^ S0 ^ (ulong)len;
        ulong a, b;
        if (len <= 16)
        {
            if (len >= 8)
            {
                a = Unsafe.ReadUnaligned<ulong>(ref p);
                b = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref p, len - 8));
            }
            else if (len >= 4)
            {
                a = Unsafe.ReadUnaligned<uint>(ref p);
                b = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref p, len - 4));
            }
            else
            {
                a = len == 0 ? 0UL : Unsafe.ReadUnaligned<ushort>(ref p);
                b = 0;
            }
        }
        else
        {
            var i = 0;
            for (; len - i > 16; i += 16)
            {
                h = Mum(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref p, i)) ^ S1, Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref p, i + 8)) ^ h);
            }

            a = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref p, len - 16));
            b = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref p, len - 8));
        }

        return Mum(Mum(a ^ S1, b ^ h) ^ (ulong)len, S2 ^ seed);
    }
}
