using Parley.Extraction;
using Parley.Lexicons;
using Parley.Recognition;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// The place a conference is named after: "the Zhongshan Trade and Investment Fair opened", "the Rizhao
/// Seaport Forum 2024". A fair or forum carrying a city's or a province's name is held there, so when the
/// text says nothing else about where it was, its name does. A country in the name ("the China-Africa
/// Expo", "the Vietnam Business Forum") does not: such events move between cities and countries.
/// </summary>
public static class PlaceInEventName
{
    // How many words of a name may stand between the place and the event word: "Zhongshan Trade and Investment Fair".
    private const int MaxNameWords = 6;

    // Small words a capitalized event name may hold: "Trade and Investment Fair", "Forum for Asia".
    private static readonly HashSet<string> NameJoiners = new(StringComparer.OrdinalIgnoreCase) { "and", "of", "for", "on", "&" };

    /// <summary>The first place below country level that opens the name of an event of the given type in the sentence.</summary>
    public static Mention? Find(ArticleAnalysis analysis, Sentence sentence, string type)
    {
        var tokens = analysis.Tokens;
        foreach (var place in analysis.PlacesIn(sentence))
        {
            if (!Gazetteer.Default.TryFind(analysis.Text.AsSpan(place.Span.Start, place.Span.Length), out var entry) || entry.Kind == PlaceKind.Country) continue;
            // The place opens the name: no capitalized word of the same name stands right before it.
            var before = place.FirstToken - 1;
            if (before >= sentence.FirstToken && tokens[before].IsCapitalized && !tokens[before].Is("the") && !tokens[place.FirstToken].BreakBefore) continue;
            for (var k = place.EndToken; k < sentence.EndToken && k <= place.EndToken + MaxNameWords && !tokens[k].BreakBefore; k++)
            {
                var t = tokens[k];
                if (t.IsCapitalized && EventTriggerLexicon.Default.Match(tokens, k, sentence.EndToken) is { } trigger && trigger.Type == type)
                    return place;
                if (!(t.IsCapitalized || NameJoiners.Contains(t.Value))) break;
            }
        }
        return null;
    }
}
