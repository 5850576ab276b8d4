namespace Parley.Dates;

/// <summary>
/// Splits text into the tokens the date scanner needs, in one left-to-right pass (linear time).
/// Whitespace separates tokens and is not kept; the parser looks at the gaps between token offsets
/// when adjacency matters ("2024-03-26" versus "2024 - 03").
/// </summary>
internal static class DateTokenizer
{
    // Numbers longer than this are never part of a date; their value is capped so parsing cannot overflow.
    private const int MaxValueDigits = 6;

    /// <summary>
    /// Writes the tokens of <paramref name="text"/> in order into <paramref name="tokens"/>, which must hold at
    /// least <c>text.Length</c> of them (every token has a character); returns how many there are.
    /// </summary>
    public static int Tokenize(string text, DateToken[] tokens)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var start = i;
            if (IsCjkDateMarker(c))
            {
                tokens[count++] = new DateToken(DateTokenKind.Symbol, start, ++i, 0, 0);
            }
            else if (char.IsAsciiDigit(c))
            {
                var value = 0;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    if (i - start < MaxValueDigits) value = value * 10 + (text[i] - '0');
                    i++;
                }
                var digits = i - start;
                if (i + 2 <= text.Length && IsOrdinalSuffix(text.AsSpan(i, 2)) && (i + 2 == text.Length || !IsWordChar(text[i + 2])))
                {
                    i += 2;
                    tokens[count++] = new DateToken(DateTokenKind.Ordinal, start, i, value, digits);
                }
                else
                {
                    // "5G", "1980s", "2019-03-11Number": the digits stay a number glued to the word after it,
                    // so the parser can refuse "5G" as a day yet still read a page date run into a label.
                    tokens[count++] = new DateToken(DateTokenKind.Number, start, i, value, digits);
                }
            }
            else if (char.IsLetter(c))
            {
                while (i < text.Length && IsWordChar(text[i]) && !IsCjkDateMarker(text[i])) i++;
                tokens[count++] = new DateToken(DateTokenKind.Word, start, i, 0, 0);
            }
            else
            {
                tokens[count++] = new DateToken(DateTokenKind.Symbol, start, ++i, 0, 0);
            }
        }
        return count;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static bool IsCjkDateMarker(char c) => c is '年' or '月' or '日' or '号';

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> s) =>
        s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase);
}
