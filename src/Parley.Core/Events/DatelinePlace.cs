using Parley.Extraction;
using Parley.Recognition;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// The place of a wire dateline, where the report was filed and, unless the text says otherwise, where
/// its main engagement took place: "BEIJING, Feb. 28 (Xinhua) --", "ULAN BATOR, June 22 --",
/// "QINGDAO, China, July 21, 2025 /PRNewswire/ —", "BEIJING – …", "Beijing,March 26--".
/// </summary>
public static class DatelinePlace
{
    // A dateline opens the body: it is looked for only in its first few sentences.
    private const int SentencesToRead = 4;

    /// <summary>The dateline's place, or null when the article has none.</summary>
    public static Mention? Find(ArticleAnalysis analysis)
    {
        // A date the date tagger recognized as a dateline's: the place is the line's first place before it.
        foreach (var date in analysis.Dates)
        {
            if (!date.IsDateline) continue;
            var sentence = analysis.SentenceOf(Math.Min(analysis.TokenAt(date.Span.Start), analysis.Tokens.Count - 1));
            foreach (var place in analysis.PlacesIn(sentence))
                if (place.Span.End <= date.Span.Start) return place;
        }
        // A place in capitals opening a line of the body (after the page's date, if that shares the line),
        // followed by a comma or a dash: the wire style, also when the date was taken as the publication date.
        var end = Math.Min(analysis.Sentences.Count, analysis.BodyStart + SentencesToRead);
        for (var s = Math.Max(0, analysis.BodyStart - 1); s < end; s++)
        {
            var sentence = analysis.Sentences[s];
            var first = analysis.PlacesIn(sentence).FirstOrDefault();
            if (first is not null && IsDatelinePlace(analysis, sentence, first)) return first;
        }
        return null;
    }

    private static bool IsDatelinePlace(ArticleAnalysis analysis, Sentence sentence, Mention place)
    {
        var tokens = analysis.Tokens;
        for (var k = place.FirstToken; k < place.EndToken; k++)
            if (tokens[k].Kind == TokenKind.Word && !tokens[k].IsAllCaps) return false;
        // Only the page's date line ("date 2023-01-28") may stand before it on its line.
        if (place.FirstToken > sentence.FirstToken
            && !(analysis.PublishedSpan is { } p && tokens[place.FirstToken - 1].Span.End <= p.End && p.Start <= tokens[place.FirstToken - 1].Span.Start))
            return false;
        if (place.EndToken >= sentence.EndToken) return false;
        var next = tokens[place.EndToken];
        return next.Is(',') || next.Is('–') || next.Is('—') || next.Is('-');
    }
}
