using System.Globalization;

namespace Parley.Store.Tests.Identity;

/// <summary>
/// Pairwise precision and recall of a clustering of mentions: over all pairs of mentions, the pairs put in
/// one entity that really are one person (precision), and the pairs that really are one person that were
/// put in one entity (recall). Counted from cluster sizes, not by listing pairs.
/// </summary>
internal sealed record PairwiseFigures(long TruePairs, long PredictedPairs, long GoldPairs)
{
    public double Precision => PredictedPairs == 0 ? 1 : (double)TruePairs / PredictedPairs;

    public double Recall => GoldPairs == 0 ? 1 : (double)TruePairs / GoldPairs;

    /// <summary>The figures of <paramref name="mentions"/>, each with its predicted entity and its true identity.</summary>
    public static PairwiseFigures Of<TEntity, TTruth>(IEnumerable<(TEntity Predicted, TTruth Gold)> mentions)
        where TEntity : notnull where TTruth : notnull
    {
        var list = mentions.ToList();
        static long Pairs(long n) => n * (n - 1) / 2;
        return new PairwiseFigures(
            list.GroupBy(m => m).Sum(g => Pairs(g.Count())),
            list.GroupBy(m => m.Predicted).Sum(g => Pairs(g.Count())),
            list.GroupBy(m => m.Gold).Sum(g => Pairs(g.Count())));
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"precision {Precision:0.000} ({TruePairs}/{PredictedPairs} pairs), recall {Recall:0.000} ({TruePairs}/{GoldPairs} pairs)");
}
