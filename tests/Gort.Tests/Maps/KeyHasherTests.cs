using System.Numerics;
using Gort.Diagnostics;
using Gort.Maps.Hashing;

namespace Gort.Tests.Maps;

public class KeyHasherTests
{
    [Fact]
    public void Floats_NaNNeverEqualsItself_AndZerosAreOneKey()
    {
        Assert.False(KeyHasher<double>.Equal(double.NaN, double.NaN));
        Assert.True(KeyHasher<double>.Equal(0.0, -0.0));
        Assert.Equal(KeyHasher<double>.Hash(0.0, 42), KeyHasher<double>.Hash(-0.0, 42));
        Assert.True(KeyHasher<double>.MayBeNaN);
        Assert.False(KeyHasher<double>.IsReflexive(double.NaN));
        Assert.True(KeyHasher<double>.IsReflexive(1.5));
        Assert.False(KeyHasher<float>.Equal(float.NaN, float.NaN));
        Assert.Equal(KeyHasher<float>.Hash(0f, 7), KeyHasher<float>.Hash(-0f, 7));
        Assert.False(KeyHasher<long>.MayBeNaN);
    }

    [Fact]
    public void Hash_DependsOnTheSeed()
    {
        Assert.NotEqual(KeyHasher<long>.Hash(12345, 1), KeyHasher<long>.Hash(12345, 2));
        Assert.NotEqual(KeyHasher<string>.Hash("k1", 1), KeyHasher<string>.Hash("k1", 2));
        Assert.Equal(KeyHasher<string>.Hash("k1", 9), KeyHasher<string>.Hash(new string(['k', '1']), 9));
    }

    [Fact]
    public void Hash_SpreadsSequentialKeysOverTopAndBottomBits()
    {
        // Classic maps use the top 8 bits (tophash) and the low B bits (bucket); Swiss maps the low 7 (h2) and the
        // rest (h1). Sequential integer and "k"+i string keys must fill 256 buckets evenly on either end.
        foreach (var hashes in new[]
        {
            Enumerable.Range(0, 25600).Select(i => KeyHasher<long>.Hash(i, 0x9e3779b97f4a7c15)).ToArray(),
            Enumerable.Range(0, 25600).Select(i => KeyHasher<string>.Hash("k" + i, 0x9e3779b97f4a7c15)).ToArray(),
        })
        {
            AssertUniform(hashes.Select(h => (int)(h & 0xff)));
            AssertUniform(hashes.Select(h => (int)(h >> 56)));
        }
    }

    [Fact]
    public void InterfaceKeys_CompareByDynamicTypeAndValue()
    {
        Assert.True(KeyHasher<object>.Equal(1L, 1L));
        Assert.False(KeyHasher<object>.Equal(1L, 1)); // int64(1) != int32(1) inside an interface
        Assert.True(KeyHasher<object>.Equal("a", "a"));
        Assert.True(KeyHasher<object?>.Equal(null, null));
        Assert.False(KeyHasher<object>.Equal(double.NaN, double.NaN));
        var p = new object();
        Assert.True(KeyHasher<object>.Equal(p, p));
        Assert.False(KeyHasher<object>.Equal(p, new object())); // pointers compare by identity
        Assert.Equal(KeyHasher<object>.Hash("x", 3), KeyHasher<object>.Hash("x", 3));
    }

    [Fact]
    public void InterfaceKeys_HoldingFuncs_PanicAsUnhashable()
    {
        Func<int> f = () => 1;
        var e = Assert.Throws<GoPanicException>(() => KeyHasher<object>.Hash(f, 1));
        Assert.Equal("runtime error: hash of unhashable type func()", e.Message);
        Assert.True(e.IsRuntimeError);
    }

    [Fact]
    public void StructKeys_WithFloatFields_MayBeNaN()
    {
        Assert.True(KeyHasher<Complex>.MayBeNaN);
        Assert.True(KeyHasher<(double, int)>.MayBeNaN);
        Assert.False(KeyHasher<int>.MayBeNaN);
    }

    private static void AssertUniform(IEnumerable<int> buckets)
    {
        var counts = new int[256];
        foreach (var b in buckets)
        {
            counts[b]++;
        }

        // 100 expected per bucket; chi-square with 255 degrees of freedom stays below ~330 at p = 0.001.
        var chi = counts.Sum(c => (c - 100.0) * (c - 100.0) / 100.0);
        Assert.True(chi < 330, $"chi-square {chi:0.0} over 256 buckets");
    }
}
