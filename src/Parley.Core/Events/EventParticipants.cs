using Parley.Extraction;
using Parley.Model;

namespace Parley.Events;

/// <summary>
/// Gives each framed engagement its participants: the people named in its sentences (not those only
/// mentioned in passing, nor the counterparts of a plan), then the people its wording implies — the main
/// event's party for a visit reported without names, the visiting party for a meeting it called, the
/// delegation's people for a conference it held.
/// </summary>
public static class EventParticipants
{
    /// <summary>Fills in <see cref="EventDraft.Participants"/> of the article's events.</summary>
    /// <param name="analysis">The article, with its framed events.</param>
    /// <param name="people">Who each sentence names.</param>
    /// <param name="passing">People mentioned only in passing ("instructions of X").</param>
    /// <param name="plannedOnly">People met only in a plan ("is to meet with X").</param>
    public static void Assign(ArticleAnalysis analysis, SentencePeople people, ISet<string> passing, ISet<string> plannedOnly)
    {
        var events = analysis.Events;
        // Plain loops: a Where over each sentence's names cost an iterator per sentence and a closure per event.
        foreach (var e in events)
            foreach (var s in e.Sentences.Order())
                foreach (var n in people.Names(s))
                    if (!passing.Contains(n) && !e.Excluded.Contains(n)) e.AddParticipant(n);

        // Everyone who took part somewhere but was placed in no event belongs to the main one: the first
        // meeting, else the event with most people.
        var main = events.FirstOrDefault(e => e.Type == EventTypes.Meeting) ?? events.MaxBy(e => e.Participants.Count)!;
        foreach (var name in analysis.Names.Select(n => n.Name).Distinct(StringComparer.Ordinal))
            if (!passing.Contains(name) && !plannedOnly.Contains(name) && !TakesPart(events, name)) main.AddParticipant(name);

        // A visit reported with no names of its own was made by the travelling party of the visit reported before
        // it (the trip goes on: "On June 7, the delegation toured …"), else by the main event's people, unless it
        // was made by a party of its own ("Representatives of 45 companies visited …").
        foreach (var e in events.Where(e => e != main && e.Participants.Count == 0 && e.Type is EventTypes.Visit
                                            && !DelegationWords.HasUnnamedParty(analysis.Tokens, analysis.Sentences[e.FirstSentence])).ToList())
        {
            var trip = events.Where(p => p.Type == EventTypes.Visit && p.Participants.Count > 0 && p.FirstSentence < e.FirstSentence).MaxBy(p => p.FirstSentence);
            foreach (var n in (trip ?? main).Participants) e.AddParticipant(n);
        }

        // "During the inspection, X called a meeting of the staff": a meeting with no named counterpart, right
        // after a visit by X and the people accompanying X, was held by that party.
        foreach (var m in events.Where(e => e.Type == EventTypes.Meeting && e.Participants.Count <= 1))
        {
            var before = events.Where(p => p.FirstSentence < m.FirstSentence).MaxBy(p => p.FirstSentence);
            if (before is { Type: EventTypes.Visit } visit && visit.Participants.Count > 1 && m.Participants.All(visit.Participants.Contains))
                foreach (var n in visit.Participants) m.AddParticipant(n);
        }

        // "During the visit, the delegation held a promotion meeting": a conference held by the delegation
        // of a visit (else of the event) before it, with its people.
        for (var i = 1; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Type != EventTypes.Conference || e.Participants.Count > 0 || !DelegationWords.AnyIn(analysis.Tokens, analysis.Sentences[e.FirstSentence])) continue;
            var earlier = events.Take(i).Where(p => p.Participants.Count > 0 && p.FirstSentence < e.FirstSentence).ToList();
            var host = earlier.LastOrDefault(p => p.Type == EventTypes.Visit) ?? earlier.LastOrDefault();
            foreach (var n in host?.Participants ?? []) e.AddParticipant(n);
        }
    }

    // True when some event has the person among its participants (a loop: a lambda here cost a closure per name).
    private static bool TakesPart(List<EventDraft> events, string name)
    {
        foreach (var e in events)
            if (e.Participants.Contains(name)) return true;
        return false;
    }
}
