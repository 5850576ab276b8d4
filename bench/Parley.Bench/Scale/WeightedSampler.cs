namespace Parley.Bench.Scale;

/// <summary>Draws indexes 0..n-1 with probability proportional to fixed weights (binary search over the running sums).</summary>
internal sealed class WeightedSampler
{
    private readonly double[] cumulative;

    /// <summary>A sampler over <paramref name="weights"/> (all non-negative, at least one positive).</summary>
    public WeightedSampler(IReadOnlyList<double> weights)
    {
        cumulative = new double[weights.Count];
        var sum = 0.0;
        for (var i = 0; i < weights.Count; i++) cumulative[i] = sum += weights[i];
        if (sum <= 0) throw new ArgumentException("at least one weight must be positive", nameof(weights));
    }

    /// <summary>
    /// Zipf-like: index i has weight 1/(i+1)^<paramref name="exponent"/>, so the first few are drawn far more
    /// often than the long tail, as a few officials appear in most reports and most people in one or two.
    /// </summary>
    public static WeightedSampler Zipf(int count, double exponent) =>
        new(Enumerable.Range(1, count).Select(rank => 1 / Math.Pow(rank, exponent)).ToArray());

    /// <summary>How many indexes it draws from.</summary>
    public int Count => cumulative.Length;

    /// <summary>One index.</summary>
    public int Next(Random random)
    {
        var x = random.NextDouble() * cumulative[^1];
        var i = Array.BinarySearch(cumulative, x);
        // Not found gives the complement of the first larger sum: the index whose band holds x.
        return Math.Min(i < 0 ? ~i : i + 1, cumulative.Length - 1);
    }
}
