namespace Parley.Lexicons;

/// <summary>
/// A pre-test for an ordinal word set by a word's first and last characters: a word whose (first, last)
/// pair no member has is certainly not a member. Matchers that look up every token of a text ask it
/// first, so most tokens cost two array reads instead of hashing a string; it turns away about two
/// tokens in three for the vocabularies here.
/// </summary>
/// <remarks>Pairs of ASCII characters are recorded; a word with a character beyond ASCII at either end always passes.</remarks>
internal sealed class FirstLastCharFilter
{
    private const int Ascii = 128;
    private readonly ulong[] pairs = new ulong[Ascii * Ascii / 64];

    /// <summary>The filter of a set's members (as the set compares them, ordinally).</summary>
    public FirstLastCharFilter(IEnumerable<string> members)
    {
        foreach (var word in members)
        {
            if (word.Length == 0 || word[0] >= Ascii || word[^1] >= Ascii) continue;
            var bit = word[0] * Ascii + word[^1];
            pairs[bit >> 6] |= 1UL << bit;
        }
    }

    /// <summary>False when <paramref name="word"/> is certainly not a member; true when it may be.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word[0] >= Ascii || word[^1] >= Ascii) return true;
        var bit = word[0] * Ascii + word[^1];
        return (pairs[bit >> 6] & (1UL << bit)) != 0;
    }
}
