using Gort.Types.Formatting.Internal;

namespace Gort.Tests.Types.Formatting;

/// <summary>
/// The shortest-digit algorithm fmt's <c>%v</c> uses (Ryu, <see cref="GoRyu"/>) against the exact multiprecision one
/// (<c>strconv.roundShortest</c>), as Go's own <c>TestFtoaRandom</c> checks them: random bit patterns (every exponent,
/// subnormals), short decimals, and every power of two with its neighbours (the asymmetric rounding intervals where
/// .NET's own shortest formatting disagrees with Go, e.g. 2^-25).
/// </summary>
public class ShortestFloatTests
{
    [Fact]
    public void Ryu_EqualsExact_OnRandomAndBoundaryFloat64()
    {
        var rnd = new Random(20261130);
        Span<byte> raw = stackalloc byte[8];
        var values = new List<double>();
        for (var i = 0; i < 100_000; i++)
        {
            rnd.NextBytes(raw);
            values.Add(BitConverter.ToDouble(raw));
            values.Add(rnd.Next(1, 1_000_000) * Math.Pow(10, rnd.Next(-320, 300)));
        }

        for (var e = -1074; e <= 1023; e++)
        {
            var p = Math.ScaleB(1, e);
            values.AddRange([p, Math.BitIncrement(p), Math.BitDecrement(p)]);
        }

        values.AddRange([5e-324, double.MaxValue, 2.2250738585072009e-308, 2.2250738585072014e-308, 9007199254740993, 1e23, 0.3]);
        AssertSame(values, 64);
    }

    [Fact]
    public void Ryu_EqualsExact_OnRandomAndBoundaryFloat32()
    {
        var rnd = new Random(32);
        var values = new List<double>();
        for (var i = 0; i < 100_000; i++)
        {
            values.Add(BitConverter.Int32BitsToSingle(rnd.Next() ^ (rnd.Next(2) << 31)));
        }

        for (var e = -149; e <= 127; e++)
        {
            var p = MathF.ScaleB(1, e);
            values.AddRange([p, MathF.BitIncrement(p), MathF.BitDecrement(p)]);
        }

        values.AddRange([float.Epsilon, float.MaxValue, 16777217f, 0.1f, 1e-45f]);
        AssertSame(values, 32);
    }

    [Fact]
    public void Exact_TwoToTheMinus25_IsGosDigits()
    {
        // Go prints 2.9802322387695312e-08; .NET's "R" gives 2.980232238769531E-08, which parses back to the
        // float below (the lower half-interval of a power of two is half as wide).
        var (digits, dp) = GoFtoa.ShortestRyu(Math.ScaleB(1, -25), 64);
        Assert.Equal("29802322387695312", System.Text.Encoding.ASCII.GetString(digits));
        Assert.Equal(-7, dp);
    }

    private static void AssertSame(List<double> values, int bits)
    {
        var failures = new List<string>();
        foreach (var v in values)
        {
            if (!double.IsFinite(v))
            {
                continue;
            }

            var (ryu, ryuDp) = GoFtoa.ShortestRyu(v, bits);
            var (exact, exactDp) = GoFtoa.ShortestExact(v, bits);
            if (!ryu.AsSpan().SequenceEqual(exact) || ryuDp != exactDp)
            {
                failures.Add($"{v:R}: ryu {System.Text.Encoding.ASCII.GetString(ryu)}e{ryuDp} exact {System.Text.Encoding.ASCII.GetString(exact)}e{exactDp}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }
}
