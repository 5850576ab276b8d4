using System.Diagnostics.CodeAnalysis;

namespace Parley.Lexicons;

/// <summary>
/// Splits romanized Chinese words into toneless Hanyu Pinyin syllables ("Huaigang" → huai + gang), using
/// the syllable inventory in the embedded data/pinyin_syllables.tsv.
/// </summary>
public static class PinyinSyllables
{
    // Syllable longest in letters: "zhuang", "shuang", "chuang".
    private const int MaxSyllableLength = 6;

    private static readonly Lazy<HashSet<string>> Inventory = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True when the word is exactly one pinyin syllable (case and ü/v/u spelling ignored).</summary>
    public static bool IsSyllable(string word) => Inventory.Value.Contains(LexiconKey.Of(word));

    /// <summary>
    /// Splits a word into pinyin syllables, fewest syllables first. Hyphens and apostrophes mark syllable
    /// boundaries ("Xiao-ming", "Xi'an"). Inside an unbroken run, a syllable starting with a, o or e may
    /// only come first, as pinyin spelling puts an apostrophe before such a syllable. Fails for words that
    /// are not pinyin ("Smith").
    /// </summary>
    public static bool TrySplit(string word, [NotNullWhen(true)] out string[]? syllables)
    {
        var result = new List<string>(4);
        var run = new System.Text.StringBuilder();
        foreach (var c in word)
        {
            if (char.IsLetter(c)) { run.Append(LexiconKey.FoldChar(c)); continue; }
            if (c == '-' || LexiconKey.IsApostrophe(c) || c == '\u2010' || c == '\u2011')
            {
                if (!SplitRun(run.ToString(), result)) { syllables = null; return false; }
                run.Clear();
                continue;
            }
            syllables = null;
            return false;
        }
        if (!SplitRun(run.ToString(), result) || result.Count == 0) { syllables = null; return false; }
        syllables = result.ToArray();
        return true;
    }

    /// <summary>Number of pinyin syllables in the word (see <see cref="TrySplit"/>), or 0 when it is not pinyin.</summary>
    public static int Count(string word) => TrySplit(word, out var s) ? s.Length : 0;

    // Dynamic programming over end positions: best[i] = fewest syllables covering run[..i].
    private static bool SplitRun(string run, List<string> into)
    {
        if (run.Length == 0) return true;
        var set = Inventory.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        var best = new int[run.Length + 1];
        var from = new int[run.Length + 1];
        Array.Fill(best, int.MaxValue);
        best[0] = 0;
        for (var end = 1; end <= run.Length; end++)
        {
            for (var len = 1; len <= MaxSyllableLength && len <= end; len++)
            {
                var start = end - len;
                if (best[start] == int.MaxValue) continue;
                if (start > 0 && run[start] is 'a' or 'o' or 'e') continue;
                if (!set.Contains(run.AsSpan(start, len))) continue;
                if (best[start] + 1 < best[end]) { best[end] = best[start] + 1; from[end] = start; }
            }
        }
        if (best[run.Length] == int.MaxValue) return false;
        var pieces = new List<string>();
        for (var end = run.Length; end > 0; end = from[end]) pieces.Add(run[from[end]..end]);
        pieces.Reverse();
        into.AddRange(pieces);
        return true;
    }

    private static HashSet<string> Load()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        // syllable, canonical. Vowel-less interjections (m, n, ng, hng) never occur in names and would
        // let too many non-Chinese words split, so they are left out.
        LexiconResource.ForEachRow("pinyin_syllables.tsv", f =>
        {
            var key = LexiconKey.Of(f[0]);
            if (key.AsSpan().IndexOfAny("aeiouv") >= 0) set.Add(key);
        });
        return set;
    }
}
