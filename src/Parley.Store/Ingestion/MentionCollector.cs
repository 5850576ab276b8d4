using Parley.Extraction;
using Parley.Text;

namespace Parley.Store.Ingestion;

/// <summary>
/// Flattens what the recognizers found in an <see cref="ArticleAnalysis"/> into <see cref="RecognizedMention"/>s,
/// ordered by position, so the store keeps provenance and <c>parley extract --explain</c> can mark the text.
/// </summary>
public static class MentionCollector
{
    /// <summary>Every recognized span of the analysis, sorted by start (longer spans first at equal starts).</summary>
    public static IReadOnlyList<RecognizedMention> Collect(ArticleAnalysis analysis)
    {
        var text = analysis.Text;
        var mentions = new List<RecognizedMention>();
        void Add(string kind, TextSpan span)
        {
            // Guard against a stage reporting a span outside the text: provenance must never crash an ingest.
            if (span.IsEmpty || span.Start < 0 || span.End > text.Length) return;
            mentions.Add(new RecognizedMention(kind, span, span.Of(text)));
        }

        foreach (var name in analysis.Names) Add(MentionKinds.Person, name.Mention.Span);
        foreach (var (mention, _) in analysis.ShortMentions) Add(MentionKinds.Person, mention.Span);
        foreach (var title in analysis.TitleWords) Add(MentionKinds.Title, title.Span);
        foreach (var place in analysis.Places) Add(MentionKinds.Place, place.Span);
        foreach (var date in analysis.Dates) Add(MentionKinds.Date, date.Span);
        foreach (var trigger in analysis.Triggers) Add(MentionKinds.Trigger, trigger.Span);
        // The analysis keeps no span for organizations, only the name inside the title phrase it came from;
        // finding it there gives the span without guessing elsewhere in the text.
        foreach (var claim in analysis.Positions)
        {
            if (claim.Org is null || claim.Span.IsEmpty || claim.Span.End > text.Length) continue;
            var at = text.IndexOf(claim.Org, claim.Span.Start, claim.Span.Length, StringComparison.Ordinal);
            if (at >= 0) Add(MentionKinds.Organization, new TextSpan(at, at + claim.Org.Length));
        }

        return mentions
            .DistinctBy(m => (m.Kind, m.Span))
            .OrderBy(m => m.Span.Start)
            .ThenByDescending(m => m.Span.Length)
            .ThenBy(m => m.Kind, StringComparer.Ordinal)
            .ToList();
    }
}
