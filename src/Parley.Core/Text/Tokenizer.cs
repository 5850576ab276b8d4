namespace Parley.Text;

/// <summary>
/// Splits text into <see cref="Token"/>s in one left-to-right pass (linear time).
/// </summary>
/// <remarks>
/// Inner hyphens and apostrophes stay inside a word ("First-level", "Xi'an", "O'Brien") because names
/// and titles are written that way; a trailing "'s"/"’s" becomes its own <see cref="TokenKind.Possessive"/>
/// token so "Chifeng’s" still yields the place name. Dotted abbreviations of single letters ("U.S.",
/// "H.E.") are one word.
/// </remarks>
public static class Tokenizer
{
    /// <summary>Tokenizes the whole text.</summary>
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var breakBefore = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') breakBefore = true;
                i++;
                continue;
            }

            int end;
            TokenKind kind;
            var hasHyphen = false;
            if (char.IsLetter(c))
            {
                end = ScanWord(text, i, out hasHyphen);
                kind = TokenKind.Word;
                // "’s" at the end of a word: the possessive is its own token.
                if (end - i > 2 && IsApostrophe(text[end - 2]) && (text[end - 1] == 's' || text[end - 1] == 'S'))
                {
                    var (word, wordLower) = WordStrings.Of(text.AsSpan(i, end - 2 - i));
                    tokens.Add(new Token(new TextSpan(i, end - 2), kind, word, wordLower, breakBefore) { HasHyphen = hasHyphen });
                    breakBefore = false;
                    var (possessive, possessiveLower) = WordStrings.Of(text.AsSpan(end - 2, 2));
                    tokens.Add(new Token(new TextSpan(end - 2, end), TokenKind.Possessive, possessive, possessiveLower, false));
                    i = end;
                    continue;
                }
            }
            else if (char.IsDigit(c))
            {
                end = ScanNumber(text, i);
                kind = TokenKind.Number;
            }
            else
            {
                end = i + 1;
                kind = TokenKind.Punctuation;
                hasHyphen = IsHyphen(c);
            }

            var (value, lower) = end - i == 1 ? (CharacterStrings.Of(c), CharacterStrings.LowerOf(CharacterStrings.Of(c))) : WordStrings.Of(text.AsSpan(i, end - i));
            tokens.Add(new Token(new TextSpan(i, end), kind, value, lower, breakBefore) { HasHyphen = hasHyphen });
            breakBefore = false;
            i = end;
        }
        return tokens;
    }

    private static int ScanWord(string text, int start, out bool hasHyphen)
    {
        hasHyphen = false;
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || IsCombiningMark(c)) { i++; continue; }
            // Inner joiners: keep "Xi'an", "First-level", "U.S." together when a letter follows.
            if ((IsApostrophe(c) || IsHyphen(c)) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                hasHyphen |= IsHyphen(c);
                i++;
                continue;
            }
            if (c == '.' && IsDottedAbbreviation(text, start, i)) { i++; continue; }
            break;
        }
        return i;
    }

    // "U.S." / "H.E." / "U.K.": single letters separated by dots. The dot after the last letter is kept
    // only when the word so far is such a chain, so a sentence-final "Beijing." is not swallowed.
    private static bool IsDottedAbbreviation(string text, int start, int dot)
    {
        var letterBefore = dot - 1 >= start && char.IsLetter(text[dot - 1]) && (dot - 1 == start || text[dot - 2] == '.');
        if (!letterBefore) return false;
        var nextIsLetterThenDot = dot + 2 < text.Length && char.IsLetter(text[dot + 1]) && text[dot + 2] == '.';
        var closesChain = dot - 2 > start && text[dot - 2] == '.';
        return nextIsLetterThenDot || closesChain;
    }

    private static int ScanNumber(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsDigit(c)) { i++; continue; }
            if ((c == '.' || c == ',' || c == ':') && i + 1 < text.Length && char.IsDigit(text[i + 1])) { i++; continue; }
            // Ordinal suffixes belong to the number: "26th", "1st".
            if (char.IsLetter(c) && i + 1 < text.Length + 1 && IsOrdinalSuffix(text, i)) { i += 2; break; }
            break;
        }
        return i;
    }

    private static bool IsOrdinalSuffix(string text, int i)
    {
        if (i + 1 >= text.Length) return false;
        var s = text.Substring(i, 2).ToLowerInvariant();
        var after = i + 2 < text.Length ? text[i + 2] : ' ';
        return (s is "st" or "nd" or "rd" or "th") && !char.IsLetter(after);
    }

    /// <summary>Straight or typographic apostrophe.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ';

    /// <summary>Any hyphen or dash that joins words.</summary>
    public static bool IsHyphen(char c) => c is '-' or '‐' or '‑' or '–';

    private static bool IsCombiningMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
