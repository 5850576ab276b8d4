using Parley.Lexicons;
using Parley.Text;

namespace Parley.Recognition;

/// <summary>
/// The role vocabulary (data/authored/title_*.tsv, subunit_heads.tsv) and matching of a title's core:
/// modifiers followed by a role word, e.g. "Executive Deputy Mayor", "Vice-Chairman", "First-level inspector".
/// </summary>
/// <remarks>
/// Matching runs over sub-words (a token split at hyphens), so "Vice-Chairman" and "Vice Chairman"
/// match the same entries, but a match must begin and end on token boundaries.
/// </remarks>
public sealed class TitleLexicon
{
    private readonly HashSet<string> heads;
    private readonly HashSet<string> modifiers;
    private readonly HashSet<string> subunitPhrases;
    private readonly HashSet<string> subunitWords;
    private readonly int longestHead;
    private readonly int longestSubunit;

    /// <summary>The lexicon built from the embedded data files.</summary>
    public static TitleLexicon Default { get; } = new(
        LexiconResource.FirstColumnSet("title_heads.tsv"),
        LexiconResource.FirstColumnSet("title_modifiers.tsv"),
        LexiconResource.FirstColumnSet("subunit_heads.tsv"));

    /// <summary>Builds a lexicon from lower-case entries (hyphens and spaces interchangeable).</summary>
    public TitleLexicon(IEnumerable<string> heads, IEnumerable<string> modifiers, IEnumerable<string> subunits)
    {
        this.heads = heads.Select(Canonical).ToHashSet(StringComparer.Ordinal);
        // A multi-word modifier ("first level", "full time") is matched word by word.
        this.modifiers = modifiers.Select(Canonical).SelectMany(m => m.Split(' ')).ToHashSet(StringComparer.Ordinal);
        subunitPhrases = subunits.Select(Canonical).ToHashSet(StringComparer.Ordinal);
        subunitWords = subunitPhrases.SelectMany(p => p.Split(' ')).ToHashSet(StringComparer.Ordinal);
        longestSubunit = subunitPhrases.Max(p => p.Split(' ').Length);
        longestHead = this.heads.Max(h => h.Split(' ').Length);
        // The words a title can start with: every modifier and every role phrase's first word (and plurals' stems).
        openers = this.heads.Select(h => h.Split(' ')[0]).Concat(this.modifiers).ToHashSet(StringComparer.Ordinal);
        foreach (var head in this.heads.Where(h => !h.Contains(' ')).ToList())
            openers.Add(head.EndsWith("man", StringComparison.Ordinal) ? head[..^3] + "men" : head + "s");
        // Matching runs for every word of every sentence: it looks sub-words and phrases up as spans, never as new strings.
        headLookup = this.heads.GetAlternateLookup<ReadOnlySpan<char>>();
        modifierLookup = this.modifiers.GetAlternateLookup<ReadOnlySpan<char>>();
        openerLookup = openers.GetAlternateLookup<ReadOnlySpan<char>>();
        openerFilter = new FirstLastCharFilter(openers);
        phraseStartLookup = this.heads.Where(h => h.Contains(' ')).Select(h => h.Split(' ')[0]).ToHashSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // The first words of the role phrases of several words ("prime" of "prime minister"): only a word among them
    // can start a phrase longer than one word, so for any other the longer candidates are not looked up.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> phraseStartLookup;

    private readonly HashSet<string> openers;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> headLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> modifierLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> openerLookup;
    private readonly FirstLastCharFilter openerFilter;

    // Cheap test on the first sub-word of a token ("vice" of "Vice-Chairman") before any matching work.
    private bool CanOpen(Token token)
    {
        var lower = token.Lower.AsSpan();
        var cut = token.HasHyphen ? lower.IndexOfAny('-', '‐', '–') : -1;
        var first = cut > 0 ? lower[..cut] : lower;
        return openerFilter.MayContain(first) && openerLookup.Contains(first);
    }

    /// <summary>True when <paramref name="word"/> (one word, any case) is a role word or a title modifier.</summary>
    public bool IsTitleWord(string word)
    {
        // Asked for nearly every capitalized word: a plain word is lower-cased on the stack, not into a new string.
        Span<char> buffer = stackalloc char[64];
        ReadOnlySpan<char> w = word.AsSpan().IndexOfAny('-', '‐', '–') >= 0 || word.Contains(' ') ? Canonical(word)
            : word.Length <= buffer.Length ? buffer[..word.AsSpan().ToLowerInvariant(buffer)]
            : word.ToLowerInvariant();
        if (headLookup.Contains(w) || modifierLookup.Contains(w)) return true;
        // Plurals ("Mayors", "Vice Chairmen") are title words too, though never a title of one person.
        return (w.EndsWith('s') && headLookup.Contains(w[..^1]))
            || (w.EndsWith("men", StringComparison.Ordinal) && heads.Contains(string.Concat(w[..^3], "man")));
    }

    /// <summary>True when <paramref name="word"/> may appear inside a sub-unit name ("standing", "committee", "office").</summary>
    public bool IsSubunitWord(string word) => subunitWords.Contains(Canonical(word));

    /// <summary>True when the words are exactly a sub-unit phrase ("Party Committee", "CPC Committee").</summary>
    public bool IsSubunitPhrase(IReadOnlyList<string> words) => subunitPhrases.Contains(Canonical(string.Join(' ', words)));

    /// <summary>True when the words form a sub-unit phrase that ends in a sub-unit head ("the Party Leadership Group").</summary>
    public bool EndsWithSubunit(IReadOnlyList<string> words)
    {
        // A phrase of n words spans at most the last n entries (a hyphenated entry holds several), so a long list costs no more.
        for (var start = Math.Max(0, words.Count - longestSubunit); start < words.Count; start++)
            if (subunitPhrases.Contains(Canonical(string.Join(' ', words.Skip(start))))) return true;
        return false;
    }

    /// <summary>
    /// Matches modifiers and a role word starting at token <paramref name="start"/>; returns the index one
    /// past the match, or -1. The longest role phrase wins ("Secretary General" over "Secretary").
    /// </summary>
    public int MatchCore(IReadOnlyList<Token> tokens, int start, int limit)
    {
        if (start >= limit || tokens[start].Kind != TokenKind.Word || !CanOpen(tokens[start])) return -1;
        Span<SubWord> buffer = stackalloc SubWord[SubWordsOnStack];
        var words = ReadSubWords(tokens, start, limit, buffer);
        Span<char> phraseBuffer = stackalloc char[PhraseCharsOnStack];

        var best = -1;
        // Any number of modifiers, then the longest role phrase; a modifier may itself be a role word
        // ("Deputy Director"), so every split point is tried.
        for (var headStart = 0; headStart < words.Length; headStart++)
        {
            var word = words[headStart].Of(tokens);
            var mayStartPhrase = phraseStartLookup.Contains(word);
            for (var len = Math.Min(longestHead, words.Length - headStart); len >= 1; len--)
            {
                var last = words[headStart + len - 1];
                if (!last.TokenEnd || (len > 1 && !mayStartPhrase)) continue;
                if (IsHeadPhrase(tokens, words.Slice(headStart, len), ref phraseBuffer)
                    && (headStart == 0 || words[headStart - 1].TokenEnd || IsModifierJoin(tokens, words, headStart)))
                {
                    best = Math.Max(best, last.Token + 1);
                    break;
                }
            }
            if (!modifierLookup.Contains(word) && !headLookup.Contains(word)) break;
        }
        return best;
    }

    // A title core is read from at most 12 words; sub-words beyond the stack buffer (a word of many hyphens) go to the heap.
    private const int SubWordsOnStack = 24;
    private const int PhraseCharsOnStack = 128;

    /// <summary>One sub-word of a token: <c>Lower[Start..Start+Length]</c> of token <c>Token</c>, and whether it ends the token.</summary>
    private readonly record struct SubWord(int Token, int Start, int Length, bool TokenEnd)
    {
        public ReadOnlySpan<char> Of(IReadOnlyList<Token> tokens) => tokens[Token].Lower.AsSpan(Start, Length);
    }

    // The words of the tokens from start on as Canonical(token.Lower).Split(' ') gives them: split at white space and hyphens.
    private static Span<SubWord> ReadSubWords(IReadOnlyList<Token> tokens, int start, int limit, Span<SubWord> buffer)
    {
        var count = 0;
        for (var t = start; t < limit && count < 12; t++)
        {
            // "Director- General": a hyphen set apart by a space still joins the words of a title.
            if (tokens[t].Kind == TokenKind.Punctuation && Tokenizer.IsHyphen(tokens[t].Value[0]) && t + 1 < limit && tokens[t + 1].Kind == TokenKind.Word) continue;
            if (tokens[t].Kind != TokenKind.Word) break;
            var lower = tokens[t].Lower;
            // Words hold no white space, so without a hyphen the token is one sub-word.
            if (!tokens[t].HasHyphen && lower.Length > 0)
            {
                Add(ref buffer, new SubWord(t, 0, lower.Length, true));
                continue;
            }
            var first = count;
            var from = 0;
            for (var c = 0; c <= lower.Length; c++)
            {
                if (c < lower.Length && !IsSeparator(lower[c])) continue;
                if (c > from) Add(ref buffer, new SubWord(t, from, c - from, false));
                from = c + 1;
            }
            // A token with no word characters still gives one (empty) word, as splitting an empty string does.
            if (count == first) Add(ref buffer, new SubWord(t, 0, 0, true));
            else buffer[count - 1] = buffer[count - 1] with { TokenEnd = true };
        }
        return buffer[..count];

        void Add(ref Span<SubWord> words, SubWord word)
        {
            if (count == words.Length)
            {
                var larger = new SubWord[words.Length * 2];
                words.CopyTo(larger);
                words = larger;
            }
            words[count++] = word;
        }
    }

    // The separators Canonical turns into spaces.
    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || Tokenizer.IsHyphen(c);

    // The words joined by single spaces are a role phrase, or the plural of one.
    private bool IsHeadPhrase(IReadOnlyList<Token> tokens, ReadOnlySpan<SubWord> words, ref Span<char> buffer)
    {
        var needed = words.Length - 1;
        foreach (var w in words) needed += w.Length;
        if (needed > buffer.Length) buffer = new char[needed];
        var length = 0;
        foreach (var w in words)
        {
            if (length > 0) buffer[length++] = ' ';
            w.Of(tokens).CopyTo(buffer[length..]);
            length += w.Length;
        }
        var phrase = buffer[..length];
        if (headLookup.Contains(phrase)) return true;
        var (keep, ending) = SingularEnding(phrase);
        if (keep == length) return false; // its singular is itself, already looked up
        ending.CopyTo(buffer[keep..]);
        return headLookup.Contains(buffer[..(keep + ending.Length)]);
    }

    // "Vice-Chairman": the head starts inside a token after a modifier sub-word; allowed.
    private bool IsModifierJoin(IReadOnlyList<Token> tokens, ReadOnlySpan<SubWord> words, int headStart) =>
        modifierLookup.Contains(words[headStart - 1].Of(tokens));

    /// <summary>
    /// The singular of a role phrase's last word ("deputy general managers" → "deputy general manager",
    /// "vice chairmen" → "vice chairman"); the phrase itself when it is not a plural.
    /// </summary>
    public static string Singular(string phrase)
    {
        var (keep, ending) = SingularEnding(phrase);
        return keep == phrase.Length ? phrase : string.Concat(phrase.AsSpan(0, keep), ending);
    }

    // The singular is the phrase's first Keep characters followed by Ending.
    private static (int Keep, string Ending) SingularEnding(ReadOnlySpan<char> phrase)
    {
        if (phrase.EndsWith("men", StringComparison.OrdinalIgnoreCase)) return (phrase.Length - 3, char.IsUpper(phrase[^3]) ? "Man" : "man");
        if (phrase.EndsWith("ies", StringComparison.OrdinalIgnoreCase)) return (phrase.Length - 3, "y");
        if (phrase.EndsWith('s') && !phrase.EndsWith("ss", StringComparison.OrdinalIgnoreCase)) return (phrase.Length - 1, "");
        return (phrase.Length, "");
    }

    /// <summary>
    /// A title as one person holds it: "Deputy General Managers" → "Deputy General Manager", "Members of the
    /// Standing Committee" → "Member of the Standing Committee"; the title itself when it is not plural.
    /// </summary>
    public string SingularTitle(string title)
    {
        if (!IsPlural(title)) return title;
        var complement = title.IndexOf(" of ", StringComparison.OrdinalIgnoreCase);
        return complement < 0 ? Singular(title) : Singular(title[..complement]) + title[complement..];
    }

    /// <summary>True when the role phrase's last word is a plural of a role word ("Managers", "Chairmen").</summary>
    public bool IsPlural(string titleWords)
    {
        var canonical = Canonical(titleWords);
        // Only the role words count: "Secretary of the Board of Directors" is singular.
        var complement = canonical.IndexOf(" of ", StringComparison.Ordinal);
        if (complement >= 0) canonical = canonical[..complement];
        var last = canonical[(canonical.LastIndexOf(' ') + 1)..];
        return !heads.Contains(last) && heads.Contains(Singular(last));
    }

    /// <summary>Lower case, hyphens and dashes as spaces, single spaces.</summary>
    public static string Canonical(string s)
    {
        Span<char> buffer = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c) || Tokenizer.IsHyphen(c))
            {
                if (n > 0 && !space) { buffer[n++] = ' '; space = true; }
                continue;
            }
            buffer[n++] = char.ToLowerInvariant(c);
            space = false;
        }
        if (n > 0 && buffer[n - 1] == ' ') n--;
        return new string(buffer[..n]);
    }
}
