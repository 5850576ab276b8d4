namespace Parley.Evaluation.Unicode;

/// <summary>A sorted set of code points stored as inclusive ranges, answered by binary search.</summary>
internal sealed class CodePointRanges
{
    private readonly int[] _flat;

    /// <summary>Wraps ranges flattened as start, end pairs in ascending order.</summary>
    public CodePointRanges(int[] flatStartEndPairs) => _flat = flatStartEndPairs;

    /// <summary>True when <paramref name="codePoint"/> lies in one of the ranges.</summary>
    public bool Contains(int codePoint)
    {
        int lo = 0, hi = _flat.Length / 2 - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (codePoint < _flat[2 * mid]) hi = mid - 1;
            else if (codePoint > _flat[2 * mid + 1]) lo = mid + 1;
            else return true;
        }
        return false;
    }
}
