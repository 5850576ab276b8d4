using Parley.Extraction;
using Parley.Model;
using Parley.Recognition;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Settles where each framed engagement took place once all of them are known: a place written as a
/// location in its own sentences, else where the trip it belongs to went, else the dateline's place,
/// else the city or province a conference is named after; a place after a plain "in" behind a common
/// noun yields to the series of meetings the event belongs to and to a sentence saying where it was
/// held; then the most specific place the text gives for it ("held in China … organised in Beihai" →
/// Beihai; "a visit to Mongolia" under an "ULAN BATOR" dateline → Ulan Bator), and a district's city.
/// </summary>
public static class EventPlaces
{
    /// <summary>Fills in and sharpens <see cref="EventDraft.Location"/> of the article's events.</summary>
    public static void Settle(ArticleAnalysis analysis, LocationFinder finder)
    {
        var events = analysis.Events;
        var dateline = DatelinePlace.Find(analysis);
        // First the sentences whose event words report it, then, after what other events tell, the rest.
        foreach (var e in events.Where(e => e.Location is null && !e.IsVirtual))
            e.Location = FirstLocation(analysis, finder, e.ReportingSentences);

        // A meeting held during a trip took place where the trip was just before: the nearest earlier event of
        // the same people at the same time with a place ("In Shanghai, Li met Yao. Then Li met Wang."), else a
        // visit by some of them whose dates, if both have them, include the meeting's.
        foreach (var e in events.Where(e => e.Location is null && !e.IsVirtual && e.Type == EventTypes.Meeting))
            e.Location = (events.Where(p => p.Location is not null && p.FirstSentence < e.FirstSentence && IsDuring(e, p)).MaxBy(p => p.FirstSentence)
                ?? events.FirstOrDefault(v => v.Type == EventTypes.Visit && v.Location is not null && IsDuring(e, v)))?.Location;
        // "Before the signing ceremony, X held talks with Y": on the day of an occasion reported just before it, where it was.
        foreach (var e in events.Where(e => e.Location is null && !e.IsVirtual && e.Date?.Start is not null))
            e.Location = events.Where(p => p.Location is not null && p.FirstSentence < e.FirstSentence && p.Date?.Start == e.Date!.Start && p.Date?.End == e.Date.End)
                .MaxBy(p => p.FirstSentence)?.Location;

        foreach (var e in events.Where(e => e.Location is null && !e.IsVirtual))
            e.Location = FirstLocation(analysis, finder, e.Sentences.Order());

        // A meeting placed only by a plain "in" behind a common noun ("welcomed the plan for a plant in Bac Giang")
        // during a series of the same people's meetings already placed took place where the series did.
        foreach (var e in events.Where(e => e.Location is not null && e.Type == EventTypes.Meeting && !IsFirm(analysis, finder, e.Location.Value.Span)))
            if (events.Where(p => p != e && p.Location is not null && p.FirstSentence < e.FirstSentence && IsDuring(e, p)).MaxBy(p => p.FirstSentence) is { } series)
                e.Location = series.Location;
        // A place after a plain "in" behind a common noun ("investments in Inner Mongolia") yields to one of the
        // event's sentences that says where it was held ("the meeting was held in Beijing").
        foreach (var e in events.Where(e => e.Location is not null && !IsFirm(analysis, finder, e.Location.Value.Span)))
            if (e.Sentences.Order().Select(s => finder.FindHeldIn(analysis.Sentences[s])).FirstOrDefault(p => p is not null) is { } held)
                e.Location = AsLocation(analysis, held);
        // The dateline, else the headline, tells where the main engagement was when its own sentences do not.
        if (events.Count > 0 && events[0].Location is null && !events[0].IsVirtual)
        {
            if (dateline is not null) events[0].Location = AsLocation(analysis, dateline);
            else if (Headline(analysis) is { } headline && finder.Find(headline) is { } place) events[0].Location = AsLocation(analysis, place);
        }

        // "The Zhongshan Trade Fair opened": a conference named after a city or province, where nothing else says.
        foreach (var e in events.Where(e => e.Location is null && !e.IsVirtual && e.Type == EventTypes.Conference))
            e.Location = e.ReportingSentences.Concat(e.Sentences.Order()).Select(s => PlaceInEventName.Find(analysis, analysis.Sentences[s], e.Type))
                .FirstOrDefault(p => p is not null) is { } named ? AsLocation(analysis, named) : null;

        // Sharpened only from sentences that speak of an engagement of its kind: "a visa centre in Chengdu" in
        // a remark does not tell where a visit to Sichuan went, "the forum was organised in Beihai" does.
        foreach (var e in events.Where(e => e.Location is not null))
        {
            var candidates = e.Sentences.Where(s => SpeaksOf(analysis, analysis.Sentences[s], e.Type)).SelectMany(s => finder.FindAll(analysis.Sentences[s]));
            if (dateline is not null) candidates = candidates.Append(dateline);
            e.Location = Sharpest(analysis, e.Location!.Value, candidates);
            if (PlaceHierarchy.CityOfDistrict(e.Location.Value.Name) is { } city) e.Location = (city, e.Location.Value.Span);
        }
    }

    private static bool SpeaksOf(ArticleAnalysis analysis, Sentence sentence, string type)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (EventTriggerLexicon.Default.Match(analysis.Tokens, i, sentence.EndToken) is { } t && t.Type == type) return true;
        return false;
    }

    private static Sentence? Headline(ArticleAnalysis analysis) =>
        analysis.TitleSpan is { } title ? analysis.Sentences.FirstOrDefault(s => s.Span.Overlaps(title)) : null;

    private static (string Name, TextSpan Span)? FirstLocation(ArticleAnalysis analysis, LocationFinder finder, IEnumerable<int> sentences) =>
        sentences.Select(s => finder.Find(analysis.Sentences[s])).FirstOrDefault(l => l is not null) is { } found ? AsLocation(analysis, found) : null;

    // The most deeply nested place inside the current one ("Jinan" inside "Shandong"), or the current one.
    private static (string Name, TextSpan Span) Sharpest(ArticleAnalysis analysis, (string Name, TextSpan Span) current, IEnumerable<Mention> candidates)
    {
        var best = current;
        foreach (var candidate in candidates)
        {
            var name = candidate.Span.Of(analysis.Text);
            if (PlaceHierarchy.IsWithin(name, best.Name)) best = AsLocation(analysis, candidate);
        }
        return best;
    }

    private static bool IsFirm(ArticleAnalysis analysis, LocationFinder finder, TextSpan span)
    {
        var sentence = analysis.Sentences.FirstOrDefault(s => s.Span.Start <= span.Start && span.End <= s.Span.End);
        var place = sentence is null ? null : analysis.PlacesIn(sentence).FirstOrDefault(p => p.Span == span);
        return place is null || finder.IsFirm(place, sentence!);
    }

    private static bool IsDuring(EventDraft meeting, EventDraft visit)
    {
        if (!meeting.Participants.Any(visit.Participants.Contains)) return false;
        if (meeting.Date?.Start is not { } day || visit.Date?.Start is not { } from) return true;
        var to = visit.Date.End ?? from;
        return from.FirstDay <= day.FirstDay && day.LastDay <= to.LastDay;
    }

    // "BEIJING" in a dateline is written in capitals; the record shows it as a name.
    private static (string Name, TextSpan Span) AsLocation(ArticleAnalysis analysis, Mention place)
    {
        var s = place.Span.Of(analysis.Text);
        if (s.Any(char.IsLower)) return (s, place.Span);
        return (string.Join(' ', s.Split(' ').Select(w => w.Length == 0 ? w : w[0] + w[1..].ToLowerInvariant())), place.Span);
    }
}
