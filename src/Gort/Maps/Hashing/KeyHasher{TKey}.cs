using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Gort.Diagnostics;
using Gort.Types;

namespace Gort.Maps.Hashing;

/// <summary>
/// Go's hashing and equality for map keys of CLR type <typeparamref name="TKey"/> (<c>runtime/alg.go</c>):
/// a seeded 64-bit hash with good spread in every bit (engines use the top and bottom bits), and Go's <c>==</c>.
/// </summary>
/// <remarks>
/// Go semantics kept here: floating-point keys compare with IEEE <c>==</c>, so NaN never equals itself (each NaN
/// insert adds an entry; Go hashes a NaN randomly) and +0 equals −0 (they hash alike). Interface keys
/// (<see cref="object"/>) compare by dynamic type and value, and panic with
/// <c>runtime error: hash of unhashable type T</c> for slices, maps and funcs. A null <see cref="string"/> is not a Go
/// value and is rejected. The <c>typeof</c> tests below are folded away by the JIT for each value-type instantiation,
/// so a <c>long</c> key costs one multiply-mix.
/// </remarks>
internal static class KeyHasher<TKey>
{
    private const ulong M1 = 0xa0761d6478bd642f;
    private const ulong M2 = 0xe7037ed1a0b428db;

    /// <summary>
    /// Whether the engines keep each stored key's hash beside it, so that growth never hashes the key again: for
    /// strings, whose hash reads the whole string (an integer's hash is cheaper than the extra load). C# storage only:
    /// Go keeps no hashes, and the model of what Go allocates does not count them.
    /// </summary>
    public static bool KeepsHashes => typeof(TKey) == typeof(string);

    /// <summary>Whether keys may be NaN (floats, complex, interfaces, or structs that contain them).</summary>
    public static readonly bool MayBeNaN = ComputeMayBeNaN();

    /// <summary>The hash of <paramref name="key"/> under <paramref name="seed"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Hash(TKey key, ulong seed)
    {
        if (typeof(TKey) == typeof(long) || typeof(TKey) == typeof(ulong))
        {
            return Mix(Unsafe.As<TKey, ulong>(ref key), seed);
        }

        if (typeof(TKey) == typeof(int) || typeof(TKey) == typeof(uint))
        {
            return Mix(Unsafe.As<TKey, uint>(ref key), seed);
        }

        if (typeof(TKey) == typeof(nint) || typeof(TKey) == typeof(nuint))
        {
            return Mix((ulong)Unsafe.As<TKey, nuint>(ref key), seed);
        }

        if (typeof(TKey) == typeof(short) || typeof(TKey) == typeof(ushort) || typeof(TKey) == typeof(char))
        {
            return Mix(Unsafe.As<TKey, ushort>(ref key), seed);
        }

        if (typeof(TKey) == typeof(byte) || typeof(TKey) == typeof(sbyte) || typeof(TKey) == typeof(bool))
        {
            return Mix(Unsafe.As<TKey, byte>(ref key), seed);
        }

        if (typeof(TKey) == typeof(double))
        {
            return HashFloat64(Unsafe.As<TKey, double>(ref key), seed);
        }

        if (typeof(TKey) == typeof(float))
        {
            return HashFloat64(Unsafe.As<TKey, float>(ref key), seed);
        }

        if (typeof(TKey) == typeof(string))
        {
            return HashString(Unsafe.As<TKey, string>(ref key), seed);
        }

        return HashOther(key, seed);
    }

    /// <summary>Go's <c>==</c> on keys.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(TKey a, TKey b)
    {
        if (typeof(TKey) == typeof(long) || typeof(TKey) == typeof(ulong) || typeof(TKey) == typeof(nint) || typeof(TKey) == typeof(nuint))
        {
            return Unsafe.As<TKey, ulong>(ref a) == Unsafe.As<TKey, ulong>(ref b);
        }

        if (typeof(TKey) == typeof(int) || typeof(TKey) == typeof(uint))
        {
            return Unsafe.As<TKey, uint>(ref a) == Unsafe.As<TKey, uint>(ref b);
        }

        if (typeof(TKey) == typeof(double))
        {
            return Unsafe.As<TKey, double>(ref a) == Unsafe.As<TKey, double>(ref b);
        }

        if (typeof(TKey) == typeof(float))
        {
            return Unsafe.As<TKey, float>(ref a) == Unsafe.As<TKey, float>(ref b);
        }

        if (typeof(TKey) == typeof(string))
        {
            return string.Equals(Unsafe.As<TKey, string>(ref a), Unsafe.As<TKey, string>(ref b));
        }

        if (typeof(TKey) == typeof(object))
        {
            return InterfaceEqual(a, b);
        }

        return EqualityComparer<TKey>.Default.Equals(a, b);
    }

    /// <summary>Whether <paramref name="key"/> equals itself (false only for NaN-like keys).</summary>
    public static bool IsReflexive(TKey key) => !MayBeNaN || Equal(key, key);

    /// <summary>
    /// Two rounds of wyhash's multiply-fold (<c>mum</c>) over one word and the seed. One round left the top byte of
    /// sequential keys badly spread (chi-square 1036 over 256 buckets, see KeyHasherTests); engines index with both
    /// ends of the hash (classic: low bits pick the bucket, top 8 bits are the tophash; Swiss: low 7 bits are h2, the
    /// top bits pick the directory entry), so both ends must look random. The multipliers are forced odd so that no
    /// seed can zero a round.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Mix(ulong value, ulong seed) => Mum(Mum(value ^ seed ^ M1, (M2 ^ seed) | 1), (M1 ^ (seed >> 7)) | 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mum(ulong a, ulong b)
    {
        var high = Math.BigMul(a, b, out var low);
        return high ^ low;
    }

    private static ulong HashFloat64(double f, ulong seed)
    {
        if (f == 0)
        {
            return Mix(0, seed); // +0 and -0 are the same key
        }

        if (double.IsNaN(f))
        {
            return Mix((ulong)Random.Shared.NextInt64(), seed ^ M2); // Go: a NaN hashes randomly
        }

        return Mix(BitConverter.DoubleToUInt64Bits(f), seed);
    }

    private static ulong HashString(string s, ulong seed) => StringHash.Hash(s, seed);

    private static ulong HashOther(TKey key, ulong seed)
    {
        if (typeof(TKey) == typeof(object))
        {
            return HashInterface(key, seed);
        }

        if (key is null)
        {
            return Mix(0, seed);
        }

        return Mix((ulong)(uint)EqualityComparer<TKey>.Default.GetHashCode(key), seed);
    }

    private static ulong HashInterface(object? value, ulong seed)
    {
        switch (value)
        {
            case null:
                return Mix(0, seed);
            case string s:
                return HashString(s, seed);
            case double d:
                return HashFloat64(d, seed);
            case float f:
                return HashFloat64(f, seed);
        }

        var type = value.GetType();
        if (!type.IsValueType)
        {
            if (UnhashableName(type) is { } name)
            {
                ThrowHelper.ThrowRuntimeError($"hash of unhashable type {name}");
            }

            return Mix((ulong)RuntimeHelpers.GetHashCode(value), seed); // a pointer: hashed by identity
        }

        if (UnhashableName(type) is { } valueName)
        {
            ThrowHelper.ThrowRuntimeError($"hash of unhashable type {valueName}");
        }

        return Mix((ulong)(uint)value.GetHashCode() ^ ((ulong)(uint)type.GetHashCode() << 32), seed);
    }

    private static bool InterfaceEqual(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        var type = a.GetType();
        if (type != b.GetType())
        {
            return false;
        }

        return a switch
        {
            string s => string.Equals(s, (string)b),
            double d => d == (double)b,
            float f => f == (float)b,
            _ when !type.IsValueType => ReferenceEquals(a, b),
            _ => a.Equals(b),
        };
    }

    // Slices, maps and funcs cannot be map keys or be hashed inside an interface. The CLR types that stand for them:
    // Gort's Slice<T> and Map<K,V>, and delegates.
    private static string? UnhashableName(Type type)
    {
        if (typeof(Delegate).IsAssignableFrom(type))
        {
            return "func()";
        }

        if (type.IsGenericType)
        {
            var def = type.GetGenericTypeDefinition();
            if (def.FullName is "Gort.Slices.Slice`1" or "Gort.Maps.Map`2")
            {
                var goType = ClrGoTypes.Map(type);
                return goType.ToString();
            }
        }

        return null;
    }

    private static bool ComputeMayBeNaN()
    {
        var t = typeof(TKey);
        if (t == typeof(double) || t == typeof(float) || t == typeof(object) || t == typeof(System.Numerics.Complex))
        {
            return true;
        }

        return t.IsValueType && !t.IsPrimitive && !t.IsEnum &&
               t.GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic)
                .Any(f => f.FieldType == typeof(double) || f.FieldType == typeof(float) || f.FieldType == typeof(object) || (f.FieldType.IsValueType && !f.FieldType.IsPrimitive && !f.FieldType.IsEnum));
    }
}
