namespace Parley.Text;

/// <summary>
/// Groups tokens into sentences: at ". ! ?" followed by a capitalized word, quote or digit, and at every
/// line break (headlines, date lines and list items are lines of their own in scraped pages).
/// </summary>
public static class SentenceSplitter
{
    // A period after these does not end a sentence ("Mr. Li", "Co. Ltd.", "Feb. 28").
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "no", "co", "ltd", "inc", "corp", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "sen", "rep", "gov", "lt", "col",
        "jr", "sr", "vs", "etc", "mt", "ft", "messrs", "hon", "rev", "capt", "maj", "amb", "approx",
    };

    /// <summary>Splits the token list of <paramref name="text"/> into sentences.</summary>
    public static IReadOnlyList<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        var paragraph = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (i > start && t.BreakBefore)
            {
                Add(start, i);
                if (IsParagraphBreak(text, tokens[i - 1].Span.End, t.Span.Start)) paragraph++;
                start = i;
            }
            if (EndsSentence(tokens, i))
            {
                Add(start, i + 1);
                start = i + 1;
            }
        }
        if (start < tokens.Count) Add(start, tokens.Count);
        return sentences;

        void Add(int from, int to)
        {
            if (to <= from) return;
            var span = new TextSpan(tokens[from].Span.Start, tokens[to - 1].Span.End);
            sentences.Add(new Sentence(sentences.Count, from, to - from, span, paragraph));
        }
    }

    private static bool EndsSentence(IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i];
        if (!(t.Is('.') || t.Is('!') || t.Is('?') || t.Is('。'))) return false;
        if (i + 1 >= tokens.Count) return true;
        var next = tokens[i + 1];
        if (next.BreakBefore) return false; // the line break splits anyway
        // Closing quotes or brackets may follow the stop; the sentence ends after them (kept simple: ends here).
        if (t.Is('.') && i > 0)
        {
            var prev = tokens[i - 1];
            if (prev.Kind == TokenKind.Word && prev.Span.End == t.Span.Start)
            {
                if (Abbreviations.Contains(prev.Value)) return false;
                if (prev.Value.Length == 1 && char.IsUpper(prev.Value[0])) return false; // an initial: "J. Smith"
            }
        }
        return next.IsCapitalized || next.Kind == TokenKind.Number || next.Is('"') || next.Is('“') || next.Is('(');
    }

    private static bool IsParagraphBreak(string text, int from, int to)
    {
        var newlines = 0;
        for (var i = from; i < to; i++)
            if (text[i] == '\n' && ++newlines >= 2) return true;
        return false;
    }
}
