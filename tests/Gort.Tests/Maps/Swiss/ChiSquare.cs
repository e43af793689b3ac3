namespace Gort.Tests.Maps.Swiss;

/// <summary>Pearson's chi-square test with the regularized upper incomplete gamma function (Numerical Recipes' gammq).</summary>
internal static class ChiSquare
{
    /// <summary>p-value that two histograms over the same categories come from one distribution (2×k contingency table).</summary>
    public static (double Statistic, int DegreesOfFreedom, double P) Homogeneity(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b)
    {
        var keys = a.Keys.Union(b.Keys).ToList();
        double na = a.Values.Sum(), nb = b.Values.Sum(), n = na + nb;
        double stat = 0;
        foreach (var k in keys)
        {
            double ca = a.GetValueOrDefault(k), cb = b.GetValueOrDefault(k), col = ca + cb;
            var ea = col * na / n;
            var eb = col * nb / n;
            stat += ((ca - ea) * (ca - ea) / ea) + ((cb - eb) * (cb - eb) / eb);
        }

        var df = keys.Count - 1;
        return (stat, df, df <= 0 ? 1 : UpperRegularizedGamma(df / 2.0, stat / 2.0));
    }

    /// <summary>Q(a, x) = Γ(a, x)/Γ(a).</summary>
    public static double UpperRegularizedGamma(double a, double x)
    {
        if (x <= 0)
        {
            return 1;
        }

        var lnGammaA = LogGamma(a);
        if (x < a + 1)
        {
            // Series for P(a, x).
            double sum = 1 / a, term = sum, ap = a;
            for (var i = 0; i < 10000; i++)
            {
                ap++;
                term *= x / ap;
                sum += term;
                if (Math.Abs(term) < Math.Abs(sum) * 1e-15)
                {
                    break;
                }
            }

            return 1 - (sum * Math.Exp(-x + (a * Math.Log(x)) - lnGammaA));
        }

        // Continued fraction for Q(a, x) (modified Lentz).
        double b = x + 1 - a, c = 1 / 1e-300, d = 1 / b, h = d;
        for (var i = 1; i < 10000; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = (an * d) + b;
            if (Math.Abs(d) < 1e-300)
            {
                d = 1e-300;
            }

            c = b + (an / c);
            if (Math.Abs(c) < 1e-300)
            {
                c = 1e-300;
            }

            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < 1e-15)
            {
                break;
            }
        }

        return Math.Exp(-x + (a * Math.Log(x)) - lnGammaA) * h;
    }

    // Lanczos approximation (g = 7, n = 9).
    private static double LogGamma(double x)
    {
        double[] c =
        [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
            12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
        ];
        if (x < 0.5)
        {
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        }

        x -= 1;
        var sum = c[0];
        for (var i = 1; i < 9; i++)
        {
            sum += c[i] / (x + i);
        }

        var t = x + 7.5;
        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }
}
