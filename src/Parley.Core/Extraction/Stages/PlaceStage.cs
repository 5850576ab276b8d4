using Parley.Lexicons;
using Parley.Recognition;

namespace Parley.Extraction.Stages;

/// <summary>Marks every gazetteer place name in the text (longest match at word boundaries).</summary>
public sealed class PlaceStage : IExtractionStage
{
    public string Name => "places";

    public void Run(ArticleAnalysis analysis)
    {
        var tokenAt = TokenIndex.ByStart(analysis.Tokens);
        var tokenEnding = TokenIndex.ByEnd(analysis.Tokens);
        foreach (var match in Gazetteer.Default.FindIn(analysis.Text))
        {
            if (!tokenAt.TryGetValue(match.Span.Start, out var first)) continue;
            if (!tokenEnding.TryGetValue(match.Span.End, out var last)) continue;
            // Places are proper nouns: a lower-case match ("fair", "power") is a common word.
            if (!char.IsUpper(analysis.Text[match.Span.Start])) continue;
            analysis.Places.Add(new Mention(MentionKind.Place, match.Span, first, last + 1, match.Place.Name));
        }
    }
}
