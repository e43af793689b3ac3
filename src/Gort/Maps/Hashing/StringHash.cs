using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Gort.Diagnostics;

namespace Gort.Maps.Hashing;

/// <summary>
/// The seeded hash of a string key, shared by both engines and by interface keys holding strings: one 64×64→128
/// multiply-fold (wyhash's <c>mum</c>) per 16 bytes and two to finish, so both ends of the result are well mixed (the
/// engines index with the low and the high bits). Go uses AES or memhash here; only the distribution matters for Gort.
/// </summary>
internal static class StringHash
{
    private const ulong S0 = 0xa0761d6478bd642f;
    private const ulong S1 = 0xe7037ed1a0b428db;
    private const ulong S2 = 0x8ebc6af09c88c6e3;

    /// <summary>The hash of <paramref name="s"/>'s UTF-16 bytes under <paramref name="seed"/>.</summary>
    /// <exception cref="GoPanicException">A null string (not a Go value).</exception>
    public static ulong Hash(string s, ulong seed)
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mum(ulong a, ulong b)
    {
        var high = Math.BigMul(a, b, out var low);
        return high ^ low;
    }
}
