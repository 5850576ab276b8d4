using Parley.Dates;
using DateMention = Parley.Dates.DateMention;
using Parley.Ingest;
using Parley.Recognition;
using Parley.Text;

namespace Parley.Extraction;

/// <summary>
/// The working state of one article as it passes through the pipeline's stages: the cleaned text,
/// its tokens and sentences, and everything recognized so far, each with its span. Stages fill it in
/// order; <see cref="RecordBuilder"/> turns it into the spec record, and <c>parley extract --explain</c>
/// shows it.
/// </summary>
public sealed class ArticleAnalysis(SourceArticle source)
{
    /// <summary>The article as read.</summary>
    public SourceArticle Source { get; } = source;

    /// <summary>The text after furniture removal, with offsets back to the original.</summary>
    // The original unchanged until the clean stage sets it; built only if read before that, since the
    // identity offset map costs four bytes per character of every article.
    public CleanedText Cleaned
    {
        get => cleaned ??= CleanedText.Unchanged(Source.Text);
        set => cleaned = value;
    }

    private CleanedText? cleaned;

    /// <summary>Shortcut for <see cref="Cleaned"/>'s text, which every span points into.</summary>
    public string Text => Cleaned.Text;

    /// <summary>The headline.</summary>
    public string? Title { get; set; }

    /// <summary>Where the headline is in the cleaned text, when it is there.</summary>
    public TextSpan? TitleSpan { get; set; }

    /// <summary>Publication date as <c>YYYY-MM-DD</c>.</summary>
    public string? Published { get; set; }

    /// <summary>Where the publication date line is, when it is in the text.</summary>
    public TextSpan? PublishedSpan { get; set; }

    /// <summary>The publication date as a value, the anchor for relative dates.</summary>
    public DateOnly? PublishedDate => Published is not null && DateOnly.TryParse(Published, out var d) ? d : null;

    /// <summary>All tokens of the cleaned text.</summary>
    public IReadOnlyList<Token> Tokens { get; set; } = [];

    /// <summary>Sentences and heading lines.</summary>
    public IReadOnlyList<Sentence> Sentences { get; set; } = [];

    /// <summary>Index of the first sentence of the body (after the headline and date line).</summary>
    public int BodyStart { get; set; }

    /// <summary>Dates found in the text, resolved against the publication date.</summary>
    public IReadOnlyList<DateMention> Dates { get; set; } = [];

    /// <summary>Places found in the text.</summary>
    public List<Mention> Places { get; } = [];

    /// <summary>Title cores (role words) found in the text.</summary>
    public List<Mention> TitleWords { get; } = [];

    /// <summary>Every full-name mention of a person in the body.</summary>
    public List<PersonName> Names { get; } = [];

    /// <summary>Short mentions ("Wan", "Mai") resolved to a full name, with their spans.</summary>
    public List<(Mention Mention, string FullName)> ShortMentions { get; } = [];

    /// <summary>Titles given to people.</summary>
    public List<PositionLinker.Claim> Positions { get; } = [];

    /// <summary>Organization name groups the article defines as the same ("X (Y)").</summary>
    public List<IReadOnlyList<string>> Aliases { get; } = [];

    /// <summary>Event words found in the body.</summary>
    public List<Mention> Triggers { get; } = [];

    /// <summary>The engagements framed from the text.</summary>
    public List<Events.EventDraft> Events { get; } = [];

    /// <summary>The index of the token that starts at or contains character <paramref name="offset"/>, or the next one.</summary>
    public int TokenAt(int offset)
    {
        var lo = 0;
        var hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].Span.End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The dates inside a sentence, in text order (binary search: dates are kept in text order).</summary>
    public IEnumerable<DateMention> DatesIn(Sentence sentence)
    {
        for (var i = FirstAtOrAfter(Dates, d => d.Span.Start, sentence.Span.Start); i < Dates.Count && Dates[i].Span.Start < sentence.Span.End; i++)
            if (sentence.Span.Contains(Dates[i].Span)) yield return Dates[i];
    }

    /// <summary>The places inside a sentence, in text order.</summary>
    public IEnumerable<Mention> PlacesIn(Sentence sentence)
    {
        for (var i = FirstAtOrAfter(Places, p => p.Span.Start, sentence.Span.Start); i < Places.Count && Places[i].Span.Start < sentence.Span.End; i++)
            yield return Places[i];
    }

    private static int FirstAtOrAfter<T>(IReadOnlyList<T> items, Func<T, int> start, int offset)
    {
        var lo = 0;
        var hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (start(items[mid]) < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The sentence that contains token <paramref name="token"/>.</summary>
    public Sentence SentenceOf(int token)
    {
        var lo = 0;
        var hi = Sentences.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (Sentences[mid].FirstToken <= token) lo = mid; else hi = mid - 1;
        }
        return Sentences[lo];
    }
}
