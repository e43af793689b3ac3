namespace Gort.Tests.Maps;

/// <summary>Small statistics helpers for the distribution tests (chi-square written here, no dependency).</summary>
public static class Statistics
{
    public static double Mean(IReadOnlyList<double> xs) => xs.Average();

    /// <summary>Sample standard deviation (n − 1).</summary>
    public static double StdDev(IReadOnlyList<double> xs)
    {
        if (xs.Count < 2)
        {
            return 0;
        }

        var m = Mean(xs);
        return Math.Sqrt(xs.Sum(x => (x - m) * (x - m)) / (xs.Count - 1));
    }

    /// <summary>
    /// Two-sample chi-square test of homogeneity on two histograms over the same categories: the p-value that both
    /// samples come from one distribution. Categories where both counts are 0 are dropped.
    /// </summary>
    public static double ChiSquareHomogeneityP(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var na = a.Sum();
        var nb = b.Sum();
        double chi = 0;
        var categories = 0;
        for (var i = 0; i < a.Count; i++)
        {
            var total = a[i] + b[i];
            if (total == 0)
            {
                continue;
            }

            categories++;
            var ea = total * na / (na + nb);
            var eb = total * nb / (na + nb);
            chi += ((a[i] - ea) * (a[i] - ea) / ea) + ((b[i] - eb) * (b[i] - eb) / eb);
        }

        var dof = categories - 1;
        return dof <= 0 ? 1.0 : 1.0 - RegularizedGammaP(dof / 2.0, chi / 2.0);
    }

    /// <summary>P(a, x), the regularized lower incomplete gamma function (series, or Lentz continued fraction).</summary>
    public static double RegularizedGammaP(double a, double x)
    {
        if (x <= 0)
        {
            return 0;
        }

        var lnGammaA = LnGamma(a);
        if (x < a + 1)
        {
            double sum = 1 / a, term = 1 / a;
            for (var n = 1; n < 10000; n++)
            {
                term *= x / (a + n);
                sum += term;
                if (Math.Abs(term) < Math.Abs(sum) * 1e-15)
                {
                    break;
                }
            }

            return sum * Math.Exp((-x) + (a * Math.Log(x)) - lnGammaA);
        }

        const double Tiny = 1e-300;
        double b = x + 1 - a, c = 1 / Tiny, d = 1 / b, h = d;
        for (var i = 1; i < 10000; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = (an * d) + b;
            if (Math.Abs(d) < Tiny)
            {
                d = Tiny;
            }

            c = b + (an / c);
            if (Math.Abs(c) < Tiny)
            {
                c = Tiny;
            }

            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < 1e-15)
            {
                break;
            }
        }

        return 1 - (Math.Exp((-x) + (a * Math.Log(x)) - lnGammaA) * h);
    }

    /// <summary>ln Γ(x) (Lanczos, g = 7).</summary>
    public static double LnGamma(double x)
    {
        double[] g = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
        if (x < 0.5)
        {
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LnGamma(1 - x);
        }

        x -= 1;
        var a = g[0];
        var t = x + 7.5;
        for (var i = 1; i < 9; i++)
        {
            a += g[i] / (x + i);
        }

        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(a);
    }
}
