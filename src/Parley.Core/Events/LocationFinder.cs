using Parley.Extraction;
using Parley.Recognition;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Finds where an engagement took place from the wording of its sentence: a place after "in", after a
/// visit word ("visited Beijing", "a visit to Laos", "arrived in Hanoi"), or a wire dateline. A place after
/// "from" or inside an organization's name is never the location.
/// </summary>
public static class LocationFinder
{
    private static readonly HashSet<string> Before = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "visited", "visiting", "toured", "inspected", "to", "arrived", "reached",
    };

    /// <summary>The first place in the sentence written as a location, with its span.</summary>
    public static (string Name, TextSpan Span)? Find(ArticleAnalysis analysis, Sentence sentence, ISet<int> organizationTokens)
    {
        foreach (var place in analysis.PlacesIn(sentence))
        {
            if (organizationTokens.Contains(place.FirstToken)) continue;
            var k = place.FirstToken - 1;
            if (k >= sentence.FirstToken && analysis.Tokens[k].Is("the")) k--;
            if (k < sentence.FirstToken) continue;
            var before = analysis.Tokens[k];
            if (!Before.Contains(before.Value)) continue;
            // "to" counts only after a travel word: "a visit to Laos", "trip to Hanoi", "went to Shanghai".
            if (before.Is("to") && !(k - 1 >= sentence.FirstToken && IsTravelWord(analysis.Tokens[k - 1]))) continue;
            // The place continues into a longer proper noun ("in Beijing Stock Exchange"): not a location.
            if (place.EndToken < sentence.EndToken && analysis.Tokens[place.EndToken].IsCapitalized && !analysis.Tokens[place.EndToken].BreakBefore) continue;
            return (place.Span.Of(analysis.Text), place.Span);
        }
        return null;
    }

    private static bool IsTravelWord(Token t) =>
        t.Kind == TokenKind.Word && (t.Is("visit") || t.Is("trip") || t.Is("tour") || t.Is("came") || t.Is("went")
            || t.Is("travelled") || t.Is("traveled") || t.Is("journey") || t.Is("delegation") || t.Is("visits"));
}
