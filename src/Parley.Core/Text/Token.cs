namespace Parley.Text;

/// <summary>What a <see cref="Token"/> is made of.</summary>
public enum TokenKind
{
    /// <summary>Letters, possibly with inner hyphens, apostrophes or dotted abbreviations ("U.S.").</summary>
    Word,
    /// <summary>Digits, possibly with inner separators ("2024", "3.5", "16:31").</summary>
    Number,
    /// <summary>A possessive ending split from its word ("’s").</summary>
    Possessive,
    /// <summary>Any other single character that is not white space.</summary>
    Punctuation,
}

/// <summary>
/// One token of the cleaned text. Tokens keep only their span; the characters are read from the
/// text when needed, so a token costs a few integers.
/// </summary>
/// <param name="Span">Where the token is in the cleaned text.</param>
/// <param name="Kind">What it is made of.</param>
/// <param name="Value">The token's characters.</param>
/// <param name="BreakBefore">A line break (or the text start) stands between this token and the previous one.</param>
public sealed record Token(TextSpan Span, TokenKind Kind, string Value, bool BreakBefore)
{
    /// <summary>The value in lower case, computed once: lexicon look-ups read it for every token.</summary>
    public string Lower { get; } = CharacterStrings.LowerOf(Value);

    /// <summary>
    /// The value holds a hyphen or dash (<see cref="Tokenizer.IsHyphen"/>), as in "Vice-Chairman". Set by the
    /// tokenizer, which reads every character anyway, so matchers that split words at hyphens need not search
    /// the many words that have none.
    /// </summary>
    public bool HasHyphen { get; init; }

    /// <summary>Starts with an upper-case letter.</summary>
    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Value[0]);

    /// <summary>Two or more letters, all upper case ("CCPIT", "SHANG").</summary>
    public bool IsAllCaps
    {
        get
        {
            if (Kind != TokenKind.Word) return false;
            var letters = 0;
            foreach (var c in Value)
            {
                if (char.IsLetter(c)) { if (!char.IsUpper(c)) return false; letters++; }
            }
            return letters >= 2;
        }
    }

    /// <summary>True for a punctuation token equal to <paramref name="c"/>.</summary>
    public bool Is(char c) => Kind == TokenKind.Punctuation && Value[0] == c;

    /// <summary>Case-insensitive comparison of the token's characters.</summary>
    public bool Is(string word) => Value.Length == word.Length && string.Equals(Value, word, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Value;
}
