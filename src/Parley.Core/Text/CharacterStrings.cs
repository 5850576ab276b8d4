namespace Parley.Text;

/// <summary>
/// One shared string per character, and its lower case, for the one-character tokens (punctuation, single
/// digits and letters) that make up about half of every article's tokens. Typographic punctuation such as
/// ’ “ ” – is not ASCII: without the cache each would cost two fresh strings and a call into the
/// globalization library to lower-case a character that has no case.
/// </summary>
internal static class CharacterStrings
{
    /// <summary>Characters below this are cached; it covers Latin, Greek, Cyrillic and the general punctuation block.</summary>
    private const int Limit = 0x2100;

    // Filled on first use. Threads may race to fill a slot; both write equal strings, so either may win.
    private static readonly string?[] Values = new string?[Limit];
    private static readonly string?[] Lowers = new string?[Limit];

    /// <summary>The string of <paramref name="c"/>, shared when it is below <see cref="Limit"/>.</summary>
    public static string Of(char c) => c < Limit ? Values[c] ??= c.ToString() : c.ToString();

    /// <summary>
    /// <paramref name="value"/> in lower case (as <see cref="string.ToLowerInvariant()"/>), the same instance when
    /// nothing changes; one-character values are looked up.
    /// </summary>
    public static string LowerOf(string value)
    {
        if (value.Length == 1 && value[0] < Limit)
        {
            var c = value[0];
            var lower = Lowers[c] ??= Of(c).ToLowerInvariant();
            // Equal strings either way; returning the token's own value keeps the usual "unchanged, same instance".
            return lower == value ? value : lower;
        }
        // "’s", "Xi’an" after lower-casing: the runtime hands every value with a character outside ASCII to the
        // globalization library, although punctuation has no case.
        foreach (var c in value)
            if (!IsKeptByLowerCase(c)) return value.ToLowerInvariant();
        return value;
    }

    /// <summary>
    /// True for characters lower-casing leaves as they are, among those words are made of: ASCII other than A–Z,
    /// punctuation and digits (Unicode gives case mappings to letters and a few symbols such as Ⓐ and Ⅻ, never to these).
    /// </summary>
    private static bool IsKeptByLowerCase(char c) => c < 0x80 ? c is not (>= 'A' and <= 'Z') : char.IsPunctuation(c) || char.IsDigit(c);
}
