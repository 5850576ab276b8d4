namespace Parley.Evaluation;

/// <summary>score.py's <c>Ratio</c>: share of checks that passed; 1.0 when nothing was checked.</summary>
internal sealed class RatioCounter
{
    private long _hit;
    private long _total;

    public void Add(bool ok)
    {
        _total++;
        if (ok) _hit++;
    }

    public double Value() => _total != 0 ? (double)_hit / _total : 1.0;
}
