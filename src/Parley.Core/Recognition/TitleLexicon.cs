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
        longestHead = this.heads.Max(h => h.Split(' ').Length);
        // The words a title can start with: every modifier and every role phrase's first word (and plurals' stems).
        openers = this.heads.Select(h => h.Split(' ')[0]).Concat(this.modifiers).ToHashSet(StringComparer.Ordinal);
        foreach (var head in this.heads.Where(h => !h.Contains(' ')).ToList())
            openers.Add(head.EndsWith("man", StringComparison.Ordinal) ? head[..^3] + "men" : head + "s");
    }

    private readonly HashSet<string> openers;

    // Cheap test on the first sub-word of a token ("vice" of "Vice-Chairman") before any matching work.
    private bool CanOpen(Token token)
    {
        var lower = token.Lower;
        var cut = lower.AsSpan().IndexOfAny('-', '‐', '–');
        return openers.Contains(cut > 0 ? lower[..cut] : lower);
    }

    /// <summary>True when <paramref name="word"/> (one word, any case) is a role word or a title modifier.</summary>
    public bool IsTitleWord(string word)
    {
        var w = word.AsSpan().IndexOfAny('-', '‐', '–') >= 0 || word.Contains(' ') ? Canonical(word) : word.ToLowerInvariant();
        if (heads.Contains(w) || modifiers.Contains(w)) return true;
        // Plurals ("Mayors", "Vice Chairmen") are title words too, though never a title of one person.
        return (w.EndsWith('s') && heads.Contains(w[..^1])) || (w.EndsWith("men") && heads.Contains(w[..^3] + "man"));
    }

    /// <summary>True when <paramref name="word"/> may appear inside a sub-unit name ("standing", "committee", "office").</summary>
    public bool IsSubunitWord(string word) => subunitWords.Contains(Canonical(word));

    /// <summary>True when the words form a sub-unit phrase that ends in a sub-unit head ("the Party Leadership Group").</summary>
    public bool EndsWithSubunit(IReadOnlyList<string> words)
    {
        for (var start = 0; start < words.Count; start++)
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
        var words = new List<(string Word, int Token, bool TokenEnd)>();
        for (var t = start; t < limit && words.Count < 12; t++)
        {
            if (tokens[t].Kind != TokenKind.Word) break;
            var parts = Canonical(tokens[t].Lower).Split(' ');
            for (var p = 0; p < parts.Length; p++) words.Add((parts[p], t, p == parts.Length - 1));
        }

        var best = -1;
        // Any number of modifiers, then the longest role phrase; a modifier may itself be a role word
        // ("Deputy Director"), so every split point is tried.
        for (var headStart = 0; headStart < words.Count; headStart++)
        {
            for (var len = Math.Min(longestHead, words.Count - headStart); len >= 1; len--)
            {
                var last = words[headStart + len - 1];
                if (!last.TokenEnd) continue;
                var phrase = string.Join(' ', words.Skip(headStart).Take(len).Select(w => w.Word));
                if ((heads.Contains(phrase) || heads.Contains(Singular(phrase))) && (headStart == 0 || words[headStart - 1].TokenEnd || IsModifierJoin(words, headStart)))
                {
                    best = Math.Max(best, last.Token + 1);
                    break;
                }
            }
            if (!modifiers.Contains(words[headStart].Word) && !heads.Contains(words[headStart].Word)) break;
        }
        return best;
    }

    // "Vice-Chairman": the head starts inside a token after a modifier sub-word; allowed.
    private bool IsModifierJoin(List<(string Word, int Token, bool TokenEnd)> words, int headStart) =>
        modifiers.Contains(words[headStart - 1].Word);

    /// <summary>
    /// The singular of a role phrase's last word ("deputy general managers" → "deputy general manager",
    /// "vice chairmen" → "vice chairman"); the phrase itself when it is not a plural.
    /// </summary>
    public static string Singular(string phrase)
    {
        if (phrase.EndsWith("men", StringComparison.OrdinalIgnoreCase)) return phrase[..^3] + (char.IsUpper(phrase[^3]) ? "Man" : "man");
        if (phrase.EndsWith("ies", StringComparison.OrdinalIgnoreCase)) return phrase[..^3] + "y";
        if (phrase.EndsWith('s') && !phrase.EndsWith("ss", StringComparison.OrdinalIgnoreCase)) return phrase[..^1];
        return phrase;
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
