using System.Buffers;
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

    // Words up to this long are split with buffers on the stack.
    private const int StackWordLength = 64;

    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> Inventory =
        new(() => Load().GetAlternateLookup<ReadOnlySpan<char>>(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True when the word is exactly one pinyin syllable (case and ü/v/u spelling ignored).</summary>
    public static bool IsSyllable(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return LexiconKey.IsIn(Inventory.Value, word);
    }

    /// <summary>
    /// Splits a word into pinyin syllables, fewest syllables first. Hyphens and apostrophes mark syllable
    /// boundaries ("Xiao-ming", "Xi'an"). Inside an unbroken run, a syllable starting with a, o or e may
    /// only come first, as pinyin spelling puts an apostrophe before such a syllable. Fails for words that
    /// are not pinyin ("Smith").
    /// </summary>
    public static bool TrySplit(string word, [NotNullWhen(true)] out string[]? syllables)
    {
        ArgumentNullException.ThrowIfNull(word);
        var pieces = new List<string>(4);
        syllables = Split(word, pieces) > 0 ? pieces.ToArray() : null;
        return syllables != null;
    }

    /// <summary>Number of pinyin syllables in the word (see <see cref="TrySplit"/>), or 0 when it is not pinyin.</summary>
    /// <remarks>Counts without building the syllables: the name recognizer asks this of many tokens.</remarks>
    public static int Count(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Split(word, pieces: null);
    }

    /// <summary>
    /// Splits <paramref name="word"/> run by run (runs end at hyphens and apostrophes), adding the syllables to
    /// <paramref name="pieces"/> when given; returns how many there are, 0 when the word is not pinyin.
    /// </summary>
    private static int Split(string word, List<string>? pieces)
    {
        char[]? rented = null;
        var run = word.Length <= StackWordLength ? stackalloc char[StackWordLength] : (rented = ArrayPool<char>.Shared.Rent(word.Length));
        var runLength = 0;
        var total = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c)) { run[runLength++] = LexiconKey.FoldChar(c); continue; }
            if (c == '-' || LexiconKey.IsApostrophe(c) || c == '\u2010' || c == '\u2011')
            {
                var count = SplitRun(run[..runLength], pieces);
                if (count < 0) { total = 0; goto done; }
                total += count;
                runLength = 0;
                continue;
            }
            total = 0;
            goto done;
        }
        var last = SplitRun(run[..runLength], pieces);
        total = last < 0 ? 0 : total + last;
    done:
        if (rented != null) ArrayPool<char>.Shared.Return(rented);
        return total;
    }

    // Dynamic programming over end positions: best[i] = fewest syllables covering run[..i]. Returns that
    // number (adding the syllables to into when given), or -1 when the run cannot be split.
    private static int SplitRun(ReadOnlySpan<char> run, List<string>? into)
    {
        if (run.Length == 0) return 0;
        var set = Inventory.Value;
        var best = run.Length < StackWordLength ? stackalloc int[StackWordLength] : new int[run.Length + 1];
        var from = run.Length < StackWordLength ? stackalloc int[StackWordLength] : new int[run.Length + 1];
        best[..(run.Length + 1)].Fill(int.MaxValue);
        best[0] = 0;
        for (var end = 1; end <= run.Length; end++)
        {
            for (var len = 1; len <= MaxSyllableLength && len <= end; len++)
            {
                var start = end - len;
                if (best[start] == int.MaxValue) continue;
                if (start > 0 && run[start] is 'a' or 'o' or 'e') continue;
                if (!set.Contains(run.Slice(start, len))) continue;
                if (best[start] + 1 < best[end]) { best[end] = best[start] + 1; from[end] = start; }
            }
        }
        var count = best[run.Length];
        if (count == int.MaxValue) return -1;
        if (into != null)
        {
            var syllables = new string[count];
            var k = count;
            for (var end = run.Length; end > 0; end = from[end]) syllables[--k] = run[from[end]..end].ToString();
            into.AddRange(syllables);
        }
        return count;
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
