using System.Runtime.CompilerServices;
using Gort.Maps.Hashing;

namespace Gort.Maps.Swiss;

/// <summary>
/// The Swiss engine's seeded key hash: specialised, cheaper hashes for integer and string keys (the hot cases), and
/// <see cref="KeyHasher{TKey}"/> for everything else (floats with NaN/±0 rules, interfaces, structs).
/// </summary>
/// <remarks>
/// The engine uses both ends of the hash — the low 7 bits as h2, the next bits to pick a group, the top bits to pick a
/// directory entry — so each variant must spread entropy to both ends: a 64×64→128 multiply of two seed-dependent
/// words, folded (wyhash's <c>mum</c>), twice for integers (one round measurably delayed later splits: their mean N
/// moved 1.5 standard deviations from real Go's; a single mum of the value with itself rotated, measured on
/// 2026-11-21, delayed them too, past the tests' one-standard-deviation limit on 1.24 and 1.27); strings use
/// <see cref="StringHash"/>.
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
            return StringHash.Hash(Unsafe.As<TKey, string>(ref key), seed);
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
}
