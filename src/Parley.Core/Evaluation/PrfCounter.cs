namespace Parley.Evaluation;

/// <summary>score.py's <c>PRF</c>: micro-averaged true/false positive and false negative counts.</summary>
internal sealed class PrfCounter
{
    public long TruePositives { get; private set; }
    public long FalsePositives { get; private set; }
    public long FalseNegatives { get; private set; }

    public void Add(long tp, long fp, long fn)
    {
        TruePositives += tp;
        FalsePositives += fp;
        FalseNegatives += fn;
    }

    /// <summary><c>sets(pred, gold)</c>: |pred ∩ gold|, |pred − gold|, |gold − pred|.</summary>
    public void AddSets<T>(HashSet<T> predicted, HashSet<T> gold)
    {
        var common = predicted.Count(gold.Contains);
        Add(common, predicted.Count - common, gold.Count - common);
    }

    // Nothing predicted: precision is perfect unless something was missed.
    public double Precision() => TruePositives + FalsePositives != 0
        ? (double)TruePositives / (TruePositives + FalsePositives)
        : FalseNegatives == 0 ? 1.0 : 0.0;

    public double Recall() => TruePositives + FalseNegatives != 0
        ? (double)TruePositives / (TruePositives + FalseNegatives)
        : 1.0;

    public double F1()
    {
        double p = Precision(), r = Recall();
        // Same operation order as Python's 2 * p * r / (p + r), so the double is bit-identical.
        return p + r != 0 ? 2 * p * r / (p + r) : 0.0;
    }

    public PrfFigures ToFigures() => new(Precision(), Recall(), F1());
}
