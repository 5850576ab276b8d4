namespace Parley.Evaluation;

/// <summary>Orders strings by Unicode code point, as Python sorts str (UTF-16 ordinal differs above U+FFFF).</summary>
internal sealed class CodePointComparer : IComparer<string?>
{
    public static readonly CodePointComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var n = Math.Min(x.Length, y.Length);
        for (var i = 0; i < n; i++)
        {
            if (x[i] == y[i]) continue;
            // A surrogate (D800–DFFF) stands for a code point above every BMP character from E000 on.
            return Rank(x[i]).CompareTo(Rank(y[i]));
        }
        return x.Length.CompareTo(y.Length);
    }

    private static int Rank(char c) => char.IsSurrogate(c) ? c + 0x2000 : c >= 0xE000 ? c - 0x800 : c;
}
