namespace Parley.Text;

/// <summary>What a <see cref="Token"/> is made of.</summary>
// One byte, so that with the start offset it packs into the same eight bytes as the two flags (see Token).
public enum TokenKind : byte
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
public sealed record Token
{
    public Token(TextSpan span, TokenKind kind, string value, bool breakBefore)
        : this(span, kind, value, CharacterStrings.LowerOf(value), breakBefore)
    {
    }

    /// <summary>A token whose lower case the caller already has (the tokenizer shares both strings between tokens).</summary>
    internal Token(TextSpan span, TokenKind kind, string value, string lower, bool breakBefore)
    {
        if (span.Length != value.Length) throw new ArgumentException("A token's span covers exactly its characters.", nameof(span));
        start = span.Start;
        Kind = kind;
        Value = value;
        Lower = lower;
        BreakBefore = breakBefore;
    }

    // An article has a token per four or five characters, and tokens were the largest allocation of extraction:
    // only the start is stored (the end follows from the value), which with the one-byte kind and the two flags
    // makes a token 40 bytes instead of 48.
    private readonly int start;

    /// <summary>Where the token is in the cleaned text.</summary>
    public TextSpan Span => new(start, start + Value.Length);

    /// <summary>What it is made of.</summary>
    public TokenKind Kind { get; }

    /// <summary>The token's characters.</summary>
    public string Value { get; }

    /// <summary>A line break (or the text start) stands between this token and the previous one.</summary>
    public bool BreakBefore { get; }

    /// <summary>The value in lower case, computed once: lexicon look-ups read it for every token.</summary>
    public string Lower { get; }

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
