using Parley.Lexicons;

namespace Parley.Recognition;

/// <summary>
/// The one place the recognizers ask the sourced lexicons (data/*.tsv) about words: family names,
/// pinyin given names, given names of other origins, places, nationality adjectives, and the authored
/// stop words and honorifics.
/// </summary>
public sealed class NameKnowledge
{
    private readonly HashSet<string> stopwords = LexiconResource.FirstColumnSet("name_stopwords.tsv");
    private readonly HashSet<string> honorifics = LexiconResource.FirstColumnSet("honorifics.tsv");
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> honorificLookup;
    private readonly HashSet<string> orgHeads = LexiconResource.FirstColumnSet("org_heads.tsv");
    private readonly Dictionary<string, int> commonWords = LexiconResource.Rows("common_english_words.tsv")
        .ToDictionary(r => r[0], r => int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);

    public NameKnowledge() => honorificLookup = honorifics.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The shared instance.</summary>
    public static NameKnowledge Default { get; } = new();

    /// <summary>A Chinese family name in pinyin, any case ("Wang", "SHANG", "Ouyang").</summary>
    public bool IsChineseFamilyName(string word) => ChineseNames.IsSurname(word);

    /// <summary>How many pinyin syllables the word splits into ("Huaigang" 2, "Yong" 1, "Xiao-ming" 2); 0 when it is not pinyin.</summary>
    public int PinyinSyllableCount(string word) => ChineseNames.SyllableCount(word);

    /// <summary>A Vietnamese family name ("Nguyen", "Phan", with or without diacritics).</summary>
    public bool IsVietnameseFamilyName(string word) => VietnameseSurnames.Contains(word);

    /// <summary>A given name of any origin from the public name lists ("Craig", "Olga", "Ahmed").</summary>
    public bool IsKnownGivenName(string word) => GivenNames.Contains(word);

    /// <summary>A capitalized word that is never part of a name (months, pronouns, function words).</summary>
    public bool IsStopword(string word) => stopwords.Contains(word);

    /// <summary>A common English word (SCOWL sizes 10–35), any case: "winter", "festival", "economic".</summary>
    public bool IsCommonWord(string word) => commonWords.ContainsKey(word);

    /// <summary>A very common English word (SCOWL sizes 10–20): "winter", "grace", but not "maria".</summary>
    public bool IsVeryCommonWord(string word) => commonWords.TryGetValue(word, out var size) && size <= 20;

    /// <summary>A form of address dropped from names ("Mr", "H.E.", "Comrade").</summary>
    public bool IsHonorific(string word) => honorifics.Contains(word);

    /// <summary>The word followed by a period is a form of address ("Mr" as in "Mr.").</summary>
    // Asked for nearly every capitalized word, so the period is appended on the stack, not in a new string.
    public bool IsHonorificWithPeriod(string word)
    {
        Span<char> buffer = word.Length < 64 ? stackalloc char[word.Length + 1] : new char[word.Length + 1];
        word.CopyTo(buffer);
        buffer[word.Length] = '.';
        return honorificLookup.Contains(buffer[..(word.Length + 1)]);
    }

    /// <summary>
    /// One past a form of address ("Mr", "Mr.", "H.E.") at token <paramref name="i"/>, so a name written
    /// after it can be found; <paramref name="i"/> itself when there is none.
    /// </summary>
    public int SkipHonorific(IReadOnlyList<Text.Token> tokens, int i, int end)
    {
        if (i >= end || tokens[i].Kind != Text.TokenKind.Word || !(IsHonorific(tokens[i].Value) || IsHonorificWithPeriod(tokens[i].Value))) return i;
        return i + 1 < end && tokens[i + 1].Is('.') ? i + 2 : i + 1;
    }

    /// <summary>A word that ends or heads an organization name ("Council", "Ministry", "Ltd").</summary>
    public bool IsOrganizationHead(string word) => orgHeads.Contains(word.EndsWith('.') ? word.TrimEnd('.') : word);

    /// <summary>A place name from the gazetteer (any level), case- and diacritics-insensitive.</summary>
    public bool IsPlace(string phrase) => Gazetteer.Default.TryFind(phrase, out _);

    /// <summary>The gazetteer entry of a place name.</summary>
    public bool TryFindPlace(string phrase, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Place? place) => Gazetteer.Default.TryFind(phrase, out place);

    /// <summary>As <see cref="TryFindPlace(string, out Place?)"/>, for a phrase assembled in a buffer.</summary>
    public bool TryFindPlace(ReadOnlySpan<char> phrase, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Place? place) => Gazetteer.Default.TryFind(phrase, out place);

    /// <summary>A nationality adjective ("Vietnamese", "Chinese").</summary>
    public bool IsDemonym(string word) => Demonyms.TryGetCountry(word, out _);
}
