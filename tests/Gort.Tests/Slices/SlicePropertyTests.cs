using Gort.Diagnostics;
using Gort.Memory;
using Gort.Runtime;
using Gort.Slices;
using Gort.Types;
using Gort.Versions;

namespace Gort.Tests.Slices;

/// <summary>
/// Random programs of make / literal / append / append-many / reslice / 3-index reslice / copy / write, run on
/// <see cref="Slice{T}"/> and on a plain reference model (arrays and views), compared after every step: nil-ness,
/// len, cap, and every element up to cap of every variable (which also checks aliasing: a write through one view
/// must show in exactly the views that share its array). Seeds are fixed; a failure names seed, step and op.
/// </summary>
public abstract class SlicePropertyTests<T>
{
    private const int Variables = 4;
    private const int Steps = 60;

    public static TheoryData<int, int> Cases()
    {
        var data = new TheoryData<int, int>();
        foreach (var minor in new[] { 17, 19, 21, 22, 25, 27 })
        {
            for (var seed = 1; seed <= 100; seed++)
            {
                data.Add(minor, seed);
            }
        }

        return data;
    }

    protected abstract T Create(Random random);

    [Theory]
    [MemberData(nameof(Cases))]
    public void RandomPrograms_AgreeWithReferenceModel(int minor, int seed)
    {
        var random = new Random(seed * 7919 + minor);
        var model = new Model(GoTypeOf<T>.Size, GoTypeOf<T>.HasPointers, minor);
        var slices = new Slice<T>[Variables];
        using var scope = GoRuntime.ForVersion(GoVersion.Get(minor), accounting: false).Enter();
        for (var step = 0; step < Steps; step++)
        {
            var op = Step(random, slices, model);
            for (var v = 0; v < Variables; v++)
            {
                Compare(slices[v], model, v, $"seed {seed} go1.{minor} step {step} after `{op}`, variable s{v}");
            }
        }
    }

    private string Step(Random random, Slice<T>[] s, Model model)
    {
        var a = random.Next(Variables);
        var b = random.Next(Variables);
        var view = model.Views[b];
        switch (random.Next(9))
        {
            case 0:
            {
                var cap = random.Next(0, 12);
                var len = random.Next(0, cap + 1);
                s[a] = Slice.Make<T>(len, cap);
                model.Make(a, len, cap);
                return $"s{a} = make([]T, {len}, {cap})";
            }

            case 1:
            {
                var items = Items(random, random.Next(0, 6));
                s[a] = Slice.Of<T>(items);
                model.Literal(a, items);
                return $"s{a} = []T{{{items.Length} items}}";
            }

            case 2:
            case 3:
            {
                var item = Create(random);
                s[a] = s[b].Append(item);
                model.Append(a, b, [item]);
                return $"s{a} = append(s{b}, x)";
            }

            case 4:
            {
                var items = Items(random, random.Next(0, 40));
                s[a] = s[b].Append(items);
                model.Append(a, b, items);
                return $"s{a} = append(s{b}, {items.Length} items...)";
            }

            case 5:
            {
                var hi = random.Next(0, view.Cap + 1);
                var lo = random.Next(0, hi + 1);
                s[a] = s[b].Reslice(lo, hi);
                model.Reslice(a, b, lo, hi, view.Cap);
                return $"s{a} = s{b}[{lo}:{hi}]";
            }

            case 6:
            {
                var max = random.Next(0, view.Cap + 1);
                var hi = random.Next(0, max + 1);
                var lo = random.Next(0, hi + 1);
                s[a] = s[b].Reslice(lo, hi, max);
                model.Reslice(a, b, lo, hi, max);
                return $"s{a} = s{b}[{lo}:{hi}:{max}]";
            }

            case 7:
            {
                var n = Slice.Copy(s[a], s[b]);
                var expected = model.Copy(a, b);
                Assert.Equal(expected, n);
                return $"copy(s{a}, s{b})";
            }

            default:
            {
                if (view.Len == 0)
                {
                    var bad = random.Next(-2, 3);
                    Assert.Throws<GoPanicException>(() => s[b][bad]);
                    return $"s{b}[{bad}] panics";
                }

                var i = random.Next(view.Len);
                var item = Create(random);
                s[b][i] = item;
                model.Write(b, i, item);
                return $"s{b}[{i}] = x";
            }
        }
    }

    private T[] Items(Random random, int n)
    {
        var items = new T[n];
        for (var i = 0; i < n; i++)
        {
            items[i] = Create(random);
        }

        return items;
    }

    private static void Compare(Slice<T> actual, Model model, int v, string where)
    {
        var view = model.Views[v];
        Assert.True(view.Array < 0 == actual.IsNil, $"{where}: nil {actual.IsNil}, model {view.Array < 0}");
        Assert.True(view.Len == actual.Len && view.Cap == actual.Cap, $"{where}: len/cap {actual.Len}/{actual.Cap}, model {view.Len}/{view.Cap}");
        var full = actual.Reslice(0, actual.Cap);
        for (var i = 0; i < view.Cap; i++)
        {
            var expected = model.Arrays[view.Array][view.Off + i];
            Assert.True(EqualityComparer<T>.Default.Equals(expected, full[i]), $"{where}: element {i} is {full[i]}, model {expected}");
        }
    }

    /// <summary>The reference: a list of arrays and, per variable, a view (array, offset, len, cap). No sharing logic beyond that.</summary>
    private sealed class Model(long elemSize, bool pointers, int minor)
    {
        public List<T[]> Arrays { get; } = [];

        public (int Array, int Off, int Len, int Cap)[] Views { get; } = [.. Enumerable.Repeat((-1, 0, 0, 0), Variables)];

        public void Make(int a, int len, int cap)
        {
            Arrays.Add(new T[cap]);
            Views[a] = (Arrays.Count - 1, 0, len, cap);
        }

        public void Literal(int a, T[] items)
        {
            Arrays.Add((T[])items.Clone());
            Views[a] = (Arrays.Count - 1, 0, items.Length, items.Length);
        }

        public void Append(int a, int b, T[] items)
        {
            var (array, off, len, cap) = Views[b];
            if (items.Length == 0)
            {
                Views[a] = Views[b];
                return;
            }

            var newLen = len + items.Length;
            if (newLen > cap)
            {
                var newCap = (int)GrownCap(newLen, cap);
                var fresh = new T[newCap];
                for (var i = 0; i < len; i++)
                {
                    fresh[i] = Arrays[array][off + i];
                }

                Arrays.Add(fresh);
                (array, off, cap) = (Arrays.Count - 1, 0, newCap);
            }

            var snapshot = (T[])items.Clone();
            for (var i = 0; i < snapshot.Length; i++)
            {
                Arrays[array][off + len + i] = snapshot[i];
            }

            Views[a] = (array, off, newLen, cap);
        }

        public void Reslice(int a, int b, int lo, int hi, int max)
        {
            var (array, off, _, _) = Views[b];
            Views[a] = array < 0 ? (-1, 0, 0, 0) : (array, off + lo, hi - lo, max - lo);
        }

        public int Copy(int a, int b)
        {
            var (da, doff, dlen, _) = Views[a];
            var (sa, soff, slen, _) = Views[b];
            var n = Math.Min(dlen, slen);
            var temp = new T[n];
            for (var i = 0; i < n; i++)
            {
                temp[i] = Arrays[sa][soff + i];
            }

            for (var i = 0; i < n; i++)
            {
                Arrays[da][doff + i] = temp[i];
            }

            return n;
        }

        public void Write(int b, int i, T item)
        {
            var (array, off, _, _) = Views[b];
            Arrays[array][off + i] = item;
        }

        // An independent statement of the spec's closed form: cap = usable(nextcap * size) / size, with the
        // ≤1.17 / 1.18+ next-cap rule and 1.22+ malloc headers, using only the size-class table.
        private long GrownCap(long newLen, long oldCap)
        {
            if (elemSize == 0)
            {
                return newLen;
            }

            long next;
            if (newLen > 2 * oldCap)
            {
                next = newLen;
            }
            else if (minor <= 17)
            {
                next = oldCap < 1024 ? 2 * oldCap : oldCap;
                while (next < newLen)
                {
                    next += next / 4;
                }
            }
            else
            {
                next = oldCap < 256 ? 2 * oldCap : oldCap;
                while (next < newLen)
                {
                    next += (next + 768) / 4;
                }
            }

            var bytes = next * elemSize;
            var header = minor >= 22 && pointers && bytes > 512 ? 8 : 0;
            var small = minor >= 22 ? bytes <= 32760 : bytes < 32768;
            long usable;
            if (small)
            {
                var slot = 0;
                foreach (var size in SizeClasses.ClassToSize)
                {
                    if (size >= bytes + header)
                    {
                        slot = size;
                        break;
                    }
                }

                usable = slot - header;
            }
            else
            {
                usable = (bytes + 8191) / 8192 * 8192;
            }

            return usable / elemSize;
        }
    }
}

public sealed class SlicePropertyTests_Int : SlicePropertyTests<int>
{
    protected override int Create(Random random) => random.Next(-1000, 1000);
}

public sealed class SlicePropertyTests_Byte : SlicePropertyTests<byte>
{
    protected override byte Create(Random random) => (byte)random.Next(256);
}

public sealed class SlicePropertyTests_String : SlicePropertyTests<string>
{
    protected override string Create(Random random) => random.Next(5) == 0 ? null! : "s" + random.Next(100);
}

public sealed class SlicePropertyTests_Struct : SlicePropertyTests<SlicePropertyTests_Struct.Point>
{
    protected override Point Create(Random random) => new(random.Next(100), random.NextDouble(), random.Next(3) == 0 ? null : "p");

    public readonly record struct Point(long X, double Y, string? Tag);
}
