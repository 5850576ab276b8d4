using Parley.Extraction;
using Parley.Model;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// One visit per stop of a trip reported in one sentence ("went to the cities of Cangzhou and
/// Shijiazhuang", "a study tour in Tanzania, Nigeria and Ghana"); a stop where the visitors met a named
/// counterpart is reported by that meeting, not as a visit of its own.
/// </summary>
public static class TripStops
{
    /// <summary>Splits each visit whose sentence names several places that do not nest into one visit per place; returns the new stops.</summary>
    public static List<EventDraft> Split(ArticleAnalysis analysis, LocationFinder finder)
    {
        var stops = new List<EventDraft>();
        var events = analysis.Events;
        for (var i = 0; i < events.Count; i++)
        {
            var visit = events[i];
            if (visit.Type != EventTypes.Visit || visit.IsVirtual) continue;
            var places = Stops(analysis, finder, visit.FirstSentence);
            if (places.Count < 2) continue;
            visit.Location = places[0];
            stops.Add(visit);
            foreach (var place in places.Skip(1))
            {
                var stop = visit.AtAnotherStop(place);
                events.Insert(++i, stop);
                stops.Add(stop);
            }
        }
        return stops;
    }

    /// <summary>Removes the stops where a meeting at that place had all of the stop's people.</summary>
    public static void DropMetStops(ArticleAnalysis analysis, List<EventDraft> stops)
    {
        var meetings = analysis.Events.Where(e => e.Type == EventTypes.Meeting && e.Location is not null).ToList();
        foreach (var stop in stops)
        {
            // A stop reported again later ("During his stay in Beijing, he also visited …") was a visit of its own.
            if (stop.Participants.Count == 0 || stop.Location is not { } place || stop.ReportingSentences.Count > 1) continue;
            var met = meetings.Any(m => SamePlaceOrInside(m.Location!.Value.Name, place.Name) && stop.Participants.All(m.Participants.Contains));
            if (met) analysis.Events.Remove(stop);
        }
    }

    private static bool SamePlaceOrInside(string inner, string outer) =>
        NameKey.Of(inner) == NameKey.Of(outer) || PlaceHierarchy.IsWithin(inner, outer);

    // The places of the sentence listed together ("Beijing, Shanghai and Xiamen", "the cities of Cangzhou
    // and Shijiazhuang"), once each; a single place, or places in separate phrases ("Urumqi, the capital
    // of Xinjiang", "in Kunming … in Myanmar"), give no stops.
    private static List<(string Name, TextSpan Span)> Stops(ArticleAnalysis analysis, LocationFinder finder, int sentence)
    {
        var tokens = analysis.Tokens;
        var best = new List<Recognition.Mention>();
        var run = new List<Recognition.Mention>();
        foreach (var place in finder.FindAll(analysis.Sentences[sentence]))
        {
            if (run.Count > 0 && !OnlyListSeparators(tokens, run[^1].EndToken, place.FirstToken)) run = [];
            run.Add(place);
            if (run.Count > best.Count) best = [.. run];
        }
        return best.Select(p => (Name: p.Span.Of(analysis.Text), p.Span)).DistinctBy(p => NameKey.Of(p.Name)).ToList();
    }

    private static bool OnlyListSeparators(IReadOnlyList<Token> tokens, int from, int to)
    {
        if (to <= from) return false;
        for (var k = from; k < to; k++)
            if (!(tokens[k].Is(',') || tokens[k].Is("and") || tokens[k].Is('&'))) return false;
        return true;
    }
}
