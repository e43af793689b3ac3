namespace Gort.Lab.Footprint.Internal;

/// <summary>
/// A discrete probability distribution over non-negative integers, kept as (value, probability) points. Used for the
/// hash-dependent parts of a map's footprint (overflow buckets, table counts, per-table key counts).
/// </summary>
internal sealed class Distribution
{
    private readonly long[] _values;
    private readonly double[] _probs;

    private Distribution(long[] values, double[] probs)
    {
        _values = values;
        _probs = probs;
    }

    public int Count => _values.Length;

    public long Value(int i) => _values[i];

    public double Probability(int i) => _probs[i];

    public static Distribution Constant(long value) => new([value], [1.0]);

    /// <summary>Poisson(mean) (for sums of many rare events), truncated where the tail is below 1e-12.</summary>
    public static Distribution Poisson(double mean)
    {
        if (mean <= 0)
        {
            return Constant(0);
        }

        var values = new List<long>();
        var probs = new List<double>();
        var logP = -mean;
        var total = 0.0;
        for (long k = 0; ; k++)
        {
            if (k > 0)
            {
                logP += Math.Log(mean) - Math.Log(k);
            }

            var p = Math.Exp(logP);
            values.Add(k);
            probs.Add(p);
            total += p;
            if (k > mean && p < 1e-12)
            {
                break;
            }
        }

        return Normalized(values, probs, total);
    }

    /// <summary>A normal distribution discretised on the integers (for sums of many independent counts).</summary>
    public static Distribution Normal(double mean, double sd)
    {
        if (sd < 0.5)
        {
            return Constant((long)Math.Round(mean));
        }

        var step = Math.Max(1L, (long)(sd / 64));
        var lo = Math.Max(0L, (long)Math.Floor(mean - 6 * sd));
        var hi = (long)Math.Ceiling(mean + 6 * sd);
        var values = new List<long>();
        var probs = new List<double>();
        var total = 0.0;
        for (var x = lo; x <= hi; x += step)
        {
            var z = (x - mean) / sd;
            var p = Math.Exp(-0.5 * z * z);
            values.Add(x);
            probs.Add(p);
            total += p;
        }

        return Normalized(values, probs, total);
    }

    /// <summary>Binomial(n, p) over the values in [from, to], with the probabilities of that window.</summary>
    public static Distribution Binomial(long n, double p, long from = 0, long to = long.MaxValue)
    {
        if (p >= 1.0)
        {
            return Constant(n);
        }

        var mean = n * p;
        var sd = Math.Sqrt(n * p * (1 - p));
        var lo = Math.Max(from, Math.Max(0L, (long)Math.Floor(mean - 12 * sd - 30)));
        var hi = Math.Min(Math.Min(to, n), (long)Math.Ceiling(mean + 12 * sd + 30));
        var values = new List<long>();
        var probs = new List<double>();
        for (var k = lo; k <= hi; k++)
        {
            values.Add(k);
            probs.Add(Math.Exp(SpecialMath.LogBinomialPmf(n, p, k)));
        }

        return new Distribution([.. values], [.. probs]);
    }

    public double Expect(Func<long, double> f)
    {
        var sum = 0.0;
        for (var i = 0; i < _values.Length; i++)
        {
            sum += _probs[i] * f(_values[i]);
        }

        return sum;
    }

    /// <summary>The least value whose cumulative probability reaches <paramref name="q"/>.</summary>
    public long Quantile(double q)
    {
        var cum = 0.0;
        for (var i = 0; i < _values.Length; i++)
        {
            cum += _probs[i];
            if (cum >= q)
            {
                return _values[i];
            }
        }

        return _values[^1];
    }

    private static Distribution Normalized(List<long> values, List<double> probs, double total)
    {
        var p = new double[probs.Count];
        for (var i = 0; i < p.Length; i++)
        {
            p[i] = probs[i] / total;
        }

        return new Distribution([.. values], p);
    }
}
