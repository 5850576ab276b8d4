using Parley.Events;
using Parley.Lexicons;
using Parley.Recognition;

namespace Parley.Extraction.Stages;

/// <summary>
/// Marks every gazetteer place name in the text (longest match at word boundaries), and the places the
/// gazetteer lacks that a phrase names as places ("the province of Quang Ninh", "Sukhbaatar aimag"), and
/// gazetteer cities written syllable by syllable ("in Nan Ning").
/// </summary>
public sealed class PlaceStage : IExtractionStage
{
    public string Name => "places";

    public void Run(ArticleAnalysis analysis)
    {
        var tokens = analysis.Tokens;
        var known = new HashSet<int>();
        foreach (var match in Gazetteer.Default.FindIn(analysis.Text))
        {
            // A match must start and end on token boundaries.
            var first = analysis.TokenAt(match.Span.Start);
            if (first >= tokens.Count || tokens[first].Span.Start != match.Span.Start) continue;
            var last = analysis.TokenAt(match.Span.End - 1);
            if (last >= tokens.Count || tokens[last].Span.End != match.Span.End) continue;
            // Places are proper nouns: a lower-case match ("fair", "power") is a common word.
            if (!char.IsUpper(analysis.Text[match.Span.Start])) continue;
            analysis.Places.Add(new Mention(MentionKind.Place, match.Span, first, last + 1, match.Place.Name));
            for (var k = first; k <= last; k++) known.Add(k);
        }
        // "Nan Ning": a city written syllable by syllable replaces the namesake its first syllable matched ("Nan", Thailand).
        var spaced = analysis.Sentences.SelectMany(s => SpacedPinyinPlaces.FindIn(analysis.Text, tokens, s)).ToList();
        foreach (var place in spaced)
        {
            analysis.Places.RemoveAll(p => p.Span.Overlaps(place.Span));
            for (var k = place.FirstToken; k < place.EndToken; k++) known.Add(k);
        }
        var unlisted = analysis.Sentences.SelectMany(s => PlacePhrases.FindIn(analysis.Text, tokens, s, known)).Concat(spaced).ToList();
        if (unlisted.Count == 0) return;
        // Places are kept in text order: sentences look theirs up by binary search.
        analysis.Places.AddRange(unlisted);
        analysis.Places.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }
}
