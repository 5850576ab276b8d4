namespace Parley.Lexicons;

/// <summary>
/// Reads the words of a text one at a time and folds them the way <see cref="LexiconKey"/> folds names, into a
/// caller's buffer, so a scanner can build and look up candidate keys without allocating and only for the
/// words it actually tries.
/// </summary>
internal static class FoldedWords
{
    /// <summary>
    /// Finds the first word of letters and digits at or after <paramref name="from"/>. An apostrophe between
    /// letters stays inside the word (Xi'an) except a possessive "'s", which ends the word.
    /// </summary>
    public static bool Next(string text, int from, out int start, out int end)
    {
        var i = from;
        while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
        start = i;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c)) { i++; continue; }
            if (LexiconKey.IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && !IsPossessive(text, i))
            {
                i++;
                continue;
            }
            break;
        }
        end = i;
        return end > start;
    }

    /// <summary>
    /// Writes the folded word <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) (apostrophes
    /// dropped: Xi'an → xian) into <paramref name="destination"/>; returns its length, or -1 when it does not fit.
    /// </summary>
    public static int Fold(string text, int start, int end, Span<char> destination)
    {
        var length = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c)) continue; // an apostrophe inside the word
            if (length == destination.Length) return -1;
            destination[length++] = LexiconKey.FoldChar(c);
        }
        return length;
    }

    private static bool IsPossessive(string text, int apostrophe) =>
        apostrophe + 1 < text.Length && text[apostrophe + 1] is 's' or 'S'
        && (apostrophe + 2 >= text.Length || !char.IsLetterOrDigit(text[apostrophe + 2]));
}
