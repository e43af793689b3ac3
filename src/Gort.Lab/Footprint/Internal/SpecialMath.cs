namespace Gort.Lab.Footprint.Internal;

/// <summary>Log-gamma and binomial probabilities, enough for the footprint model's expected values.</summary>
internal static class SpecialMath
{
    // Lanczos approximation (g = 7, 9 coefficients): relative error below 1e-14 for x > 0.
    private static readonly double[] s_lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    public static double LogGamma(double x)
    {
        if (x < 0.5)
        {
            return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * x))) - LogGamma(1 - x);
        }

        x -= 1;
        var a = s_lanczos[0];
        var t = x + 7.5;
        for (var i = 1; i < 9; i++)
        {
            a += s_lanczos[i] / (x + i);
        }

        return 0.5 * Math.Log(2 * Math.PI) + (x + 0.5) * Math.Log(t) - t + Math.Log(a);
    }

    public static double LogBinomialPmf(long n, double p, long k)
    {
        if (k < 0 || k > n)
        {
            return double.NegativeInfinity;
        }

        if (p <= 0)
        {
            return k == 0 ? 0 : double.NegativeInfinity;
        }

        if (p >= 1)
        {
            return k == n ? 0 : double.NegativeInfinity;
        }

        return LogGamma(n + 1.0) - LogGamma(k + 1.0) - LogGamma(n - k + 1.0) + k * Math.Log(p) + (n - k) * double.LogP1(-p);
    }

    /// <summary>P(Binomial(n, p) ≥ t), summed from the side that is small.</summary>
    public static double BinomialTail(long n, double p, long t)
    {
        if (t <= 0)
        {
            return 1;
        }

        if (t > n || p <= 0)
        {
            return 0;
        }

        if (p >= 1)
        {
            return 1;
        }

        var mean = n * p;
        if (mean < t)
        {
            var sum = 0.0;
            for (var k = t; k <= n; k++)
            {
                var term = Math.Exp(LogBinomialPmf(n, p, k));
                sum += term;
                if (term < sum * 1e-17 || term == 0)
                {
                    break;
                }
            }

            return Math.Min(1, sum);
        }

        var below = 0.0;
        for (var k = t - 1; k >= 0; k--)
        {
            var term = Math.Exp(LogBinomialPmf(n, p, k));
            below += term;
            if (term < below * 1e-17 || term == 0)
            {
                break;
            }
        }

        return Math.Max(0, 1 - below);
    }
}
