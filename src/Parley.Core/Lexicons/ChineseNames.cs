namespace Parley.Lexicons;

/// <summary>
/// Tests for romanized Chinese personal names: family names from the embedded data/chinese_surnames.tsv
/// (Hundred Family Surnames and more, including compound ones like Ouyang and Sima), and given names
/// recognized by shape as 1–3 pinyin syllables.
/// </summary>
public static class ChineseNames
{
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> Surnames =
        new(() => Load().GetAlternateLookup<ReadOnlySpan<char>>(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True for a Chinese family name in pinyin ("Wang", "WANG", "Ouyang") or hanzi ("王").</summary>
    public static bool IsSurname(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return LexiconKey.IsIn(Surnames.Value, token);
    }

    /// <summary>True when the token reads as a pinyin given name: 1 to 3 syllables ("Huaigang", "Xiao-ming", "Wei").</summary>
    public static bool IsGivenName(string token) => SyllableCount(token) is >= 1 and <= 3;

    /// <summary>Number of pinyin syllables in the token, or 0 when it is not pinyin.</summary>
    public static int SyllableCount(string token) => PinyinSyllables.Count(token);

    private static HashSet<string> Load()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        // pinyin, hanzi, source_order, type
        LexiconResource.ForEachRow("chinese_surnames.tsv", f =>
        {
            if (f[0].Length > 0) set.Add(LexiconKey.Of(f[0]));
            if (f[1].Length > 0) set.Add(f[1]);
        });
        return set;
    }
}
