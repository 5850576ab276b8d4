using Parley.Dates;
using Parley.Extraction;
using Parley.Model;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Frames engagements from the sentences of an article: each sentence with an event word that reports
/// something that happened (not a plan) opens or extends an event; sentences without one tell more
/// about the event before them ("The meeting was also attended by …", "Wan said …").
/// </summary>
/// <remarks>
/// One event per distinct encounter: sentences of one type merge into one event unless their dates or
/// places differ (a multi-stop trip gives one event per stop). A signing reported during a meeting or
/// conference becomes that event's agreement, not an event of its own.
/// </remarks>
public sealed class EventFramer(EventTriggerLexicon lexicon)
{
    // When one sentence carries several event words, the most specific encounter wins:
    // "During his visit to Laos, X met Y" is a meeting (in Laos).
    // A signing in the same sentence as a conference took place at it ("signed … during the symposium").
    private static readonly string[] Priority = [EventTypes.Meeting, EventTypes.Conference, EventTypes.Signing, EventTypes.Visit];

    // A conference noun reports an event only with a verb of holding or taking part ("the forum was held",
    // "attended the expo"); bare mentions ("the expo is an important platform") are not events.
    private static readonly HashSet<string> HoldingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "held", "hold", "holds", "opened", "opens", "attended", "attend", "attends", "hosted", "hosts", "convened", "organized",
        "organised", "launched", "kicked", "took", "addressed", "co-chaired", "chaired", "presided", "participated", "delivered", "closed",
    };

    // Words just before an event word that make it remote: "virtual meeting", "online forum", "video talks".
    private static readonly HashSet<string> VirtualMarkers = new(StringComparer.OrdinalIgnoreCase) { "virtual", "online", "video", "cloud", "remote" };

    /// <summary>The shared framer.</summary>
    public static EventFramer Default { get; } = new(EventTriggerLexicon.Default);

    /// <summary>Frames the events of <paramref name="analysis"/> into its <see cref="ArticleAnalysis.Events"/>.</summary>
    public void Frame(ArticleAnalysis analysis)
    {
        var tokens = analysis.Tokens;
        var passing = PassingMentions.Find(analysis);
        var people = new SentencePeople(analysis, PersonReferences.ByTitle(analysis, passing));
        var placeStarts = analysis.Places.Select(p => p.FirstToken).ToHashSet();
        var places = new LocationFinder(analysis);
        var events = analysis.Events;
        EventDraft? current = null;
        var before = new List<int>(); // sentences read before the first event
        var plannedOnly = new HashSet<string>(StringComparer.Ordinal); // people met in a plan ("is to meet with X")
        var seenTypes = new HashSet<string>(StringComparer.Ordinal); // kinds of event words read so far

        for (var s = analysis.BodyStart; s < analysis.Sentences.Count; s++)
        {
            var sentence = analysis.Sentences[s];
            var trigger = BestTrigger(analysis, sentence, people.Any(s), people.NameStarts, placeStarts, seenTypes, out var plannedAt);
            // "is to meet with X", "invited X to visit": X is met only in the plan.
            if (plannedAt is { } planned) plannedOnly.UnionWith(people.RemoveBetween(s, planned, ClauseEnd(tokens, planned, sentence.EndToken)));
            if (trigger is null)
            {
                if (current is null) before.Add(s);
                else
                {
                    current = TalkedAbout(analysis, events, current, people.Names(s));
                    current.AddSentence(s, people.Names(s));
                }
                continue;
            }
            // "During his visit to Tanzania, he called on …": the pronoun is who met.
            if (trigger.Value.Type is EventTypes.Meeting or EventTypes.Visit
                && PersonReferences.ByPronoun(analysis, sentence, trigger.Value.FirstToken, people) is { } subject)
                people.AddFirst(s, subject);
            var date = EventDates.Of(analysis, sentence, trigger.Value.FirstToken);
            if (date is { } d && analysis.PublishedDate is { } published && d.IsResolved && DateTagger.IsFutureRelative(d, published))
            {
                current?.AddSentence(s, people.Names(s));
                continue; // a future date: a plan
            }
            // "attended the meeting", "at the talks": a definite reference to the event of that kind just reported.
            if (current is not null && EventReferences.RefersBack(tokens, trigger.Value, sentence) && date is null)
            {
                current = events.LastOrDefault(e => e.Type == trigger.Value.Type) ?? current;
                current.AddSentence(s, people.Names(s));
                current.IsVirtual |= trigger.Value.IsVirtual;
                Signings.AddAgreements(analysis, sentence, current);
                // "inspected X … At the meeting held there, …": a visit where counterparts met is a meeting.
                if (current.Type == EventTypes.Visit && trigger.Value.Type == EventTypes.Meeting) current.Type = EventTypes.Meeting;
                continue;
            }
            var location = trigger.Value.IsVirtual || places.Find(sentence) is not { } place ? null : ((string Name, TextSpan Span)?)(place.Span.Of(analysis.Text), place.Span);
            // Only a place written firmly as the scene tells encounters apart: "During talks, X praised poverty
            // reduction in Yunnan" does not move the talks away from where they were just reported.
            var firmLocation = location is not null && places.FindFirm(sentence) is { } firm ? ((string Name, TextSpan Span)?)(firm.Span.Of(analysis.Text), firm.Span) : null;
            var named = people.Names(s);
            if (trigger.Value.Type == EventTypes.Meeting
                && DatedEncounters.Split(analysis, sentence, trigger.Value.EndToken, people.Mentions(s)) is { Count: > 0 } parts)
            {
                current = AddEncounters(events, trigger.Value, s, named, parts, location);
                continue;
            }
            var target = events.FirstOrDefault(e => Compatible(e, trigger.Value.Type, date, firmLocation) && !IsOtherEncounter(e, named));
            if (target is null)
            {
                target = new EventDraft(trigger.Value.Type, s);
                events.Add(target);
            }
            target.AddSentence(s, named);
            if (!target.ReportingSentences.Contains(s)) target.ReportingSentences.Add(s);
            target.IsVirtual |= trigger.Value.IsVirtual;
            target.Date ??= date;
            target.Location ??= location;
            target.Evidence.Add(new TextSpan(tokens[trigger.Value.FirstToken].Span.Start, tokens[trigger.Value.EndToken - 1].Span.End));
            Signings.AddAgreements(analysis, sentence, target);
            current = target;
        }

        if (events.Count == 0) FrameFromHeadline(analysis, before);
        if (events.Count == 0) return;
        foreach (var b in before) events[0].AddSentence(b, people.Names(b));

        Signings.Fold(analysis, events);
        EventParticipants.Assign(analysis, people, passing, plannedOnly);
        DropNamelessConferences(events);
        EventDates.Settle(analysis);
        var stops = TripStops.Split(analysis, places);
        EventPlaces.Settle(analysis, places);
        TripStops.DropMetStops(analysis, stops);
        foreach (var e in events) e.SortSentences();
    }

    // The event word that reports the sentence's engagement, and where the first event word that is only
    // a plan stands ("will visit", "is to meet").
    private EventTrigger? BestTrigger(ArticleAnalysis analysis, Sentence sentence, bool hasPeople, IReadOnlySet<int> nameStarts, ISet<int> placeStarts,
        HashSet<string> seenTypes, out int? plannedAt)
    {
        plannedAt = null;
        var tokens = analysis.Tokens;
        // Most sentences hold no event word: the list is made at the first one found.
        List<EventTrigger>? found = null;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var trigger = lexicon.Match(tokens, i, sentence.EndToken) ?? TripTrigger.Match(tokens, i, sentence, placeStarts);
            if (trigger is null) continue;
            i = trigger.Value.EndToken - 1;
            var t = trigger.Value;
            if (lexicon.IsPlanned(tokens, t.FirstToken, sentence.FirstToken))
            {
                plannedAt ??= t.FirstToken;
                continue;
            }
            if (!EventWordSense.ReportsEngagement(tokens, t, sentence, nameStarts)) continue;
            // "Work Meeting", "Investment Forum": a capitalized event name is a conference.
            if (t.Type == EventTypes.Meeting && t.FirstToken > sentence.FirstToken && tokens[t.FirstToken].IsCapitalized
                && tokens[t.FirstToken - 1].IsCapitalized && tokens[t.FirstToken].Is("Meeting"))
                t = t with { Type = EventTypes.Conference };
            // A meeting needs someone to meet: a named person or a delegation in the sentence. Without one,
            // a meeting (in person) that was held or opened is a gathering: "a cooperation meeting … kicked off in X".
            if (t.Type == EventTypes.Meeting && !hasPeople && !DelegationWords.AnyIn(tokens, sentence))
            {
                if (!tokens[t.FirstToken].Is("meeting") || t.EndToken - t.FirstToken != 1 || t.IsVirtual || IsVirtualAt(tokens, t, sentence)
                    || !HasAny(tokens, sentence, HoldingVerbs)) continue;
                t = t with { Type = EventTypes.Conference };
            }
            // "during the symposium", "at the forum": a definite reference to a conference that took place.
            if (t.Type == EventTypes.Conference && !HasAny(tokens, sentence, HoldingVerbs) && !EventReferences.SpeaksOfAsHeld(tokens, t, sentence)) continue;
            if (IsVirtualAt(tokens, t, sentence)) t = t with { IsVirtual = true };
            analysis.Triggers.Add(new Recognition.Mention(Recognition.MentionKind.EventTrigger,
                new TextSpan(tokens[t.FirstToken].Span.Start, tokens[t.EndToken - 1].Span.End), t.FirstToken, t.EndToken, t.Type));
            (found ??= []).Add(t);
        }
        return found is null ? null : Choose(tokens, sentence, found, seenTypes);
    }

    // The trigger that reports the sentence's engagement, among those found in it. A method of its own because its
    // lambdas capture the arguments: in BestTrigger they would cost a closure for every sentence, with a trigger or not.
    private static EventTrigger Choose(IReadOnlyList<Token> tokens, Sentence sentence, List<EventTrigger> found, HashSet<string> seenTypes)
    {
        // "After the signing of the agreement, X visited Y": an event word that refers back to an event already
        // reported does not report the sentence's event.
        var reporting = found.Where(t => !(EventReferences.RefersBack(tokens, t, sentence) && seenTypes.Contains(t.Type))).ToList();
        var best = (reporting.Count > 0 ? reporting : found).OrderBy(t => Array.IndexOf(Priority, t.Type)).First();
        seenTypes.UnionWith(found.Select(t => t.Type));
        // "signed the agreement during a formal ceremony": the ceremony is the signing's own occasion.
        if (best.Type == EventTypes.Conference && tokens[best.FirstToken].Is("ceremony") && found.Any(t => t.Type == EventTypes.Signing))
            best = best with { Type = EventTypes.Signing };
        return best with { IsVirtual = found.Any(f => f.IsVirtual) };
    }

    private static bool HasAny(IReadOnlyList<Token> tokens, Sentence sentence, HashSet<string> words)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (words.Contains(tokens[i].Value)) return true;
        return false;
    }

    private static bool IsVirtualAt(IReadOnlyList<Token> tokens, EventTrigger t, Sentence sentence) =>
        t.FirstToken > sentence.FirstToken && VirtualMarkers.Contains(tokens[t.FirstToken - 1].Value);

    private static bool Compatible(EventDraft e, string type, DateMention? date, (string Name, TextSpan Span)? location)
    {
        if (e.Type != type) return false;
        if (e.Date?.Start is { } a && date?.Start is { } b && a != b) return false;
        // "in Shijiazhuang" and "in Hebei province" may describe the same encounter: one place holds the other.
        if (e.Location is { } l && location is { } m && NameKey.Of(l.Name) != NameKey.Of(m.Name)
            && !PlaceHierarchy.IsWithin(l.Name, m.Name) && !PlaceHierarchy.IsWithin(m.Name, l.Name)) return false;
        return true;
    }

    // A meeting sentence that names someone the event has not met, and leaves out someone it has
    // (beyond the people they share, usually the host), reports a different encounter:
    // "Then Li visited Geespace and exchanged ideas with its CEO Wang" after a meeting with Yao.
    // A visit sentence naming only people the visit has not had is someone else's visit: "X's recent tour
    // of Lang Son" after "Following his Vietnam visit, Y …".
    private static bool IsOtherEncounter(EventDraft e, List<string> named)
    {
        // Nobody in common: "the delegation held talks with A …; in the evening, it held talks with B".
        if (e.Type is EventTypes.Visit or EventTypes.Meeting && named.Count > 0 && e.Named.Count > 0 && !named.Any(e.Named.Contains)) return true;
        if (e.Type != EventTypes.Meeting || named.Count < 2) return false;
        var existing = e.Named;
        if (existing.Count < 2) return false;
        var shared = named.Count(existing.Contains);
        return shared >= 1 && named.Count - shared >= 1 && existing.Count - shared >= 1;
    }

    // No event word in the body: the headline usually says what happened ("X Meets with Y Delegation").
    private void FrameFromHeadline(ArticleAnalysis analysis, List<int> bodySentences)
    {
        var type = EventTypes.Meeting;
        var isVirtual = false;
        if (analysis.TitleSpan is { } title)
        {
            var headline = analysis.Sentences.FirstOrDefault(s => s.Span.Overlaps(title));
            if (headline is not null)
                for (var i = headline.FirstToken; i < headline.EndToken; i++)
                    if (lexicon.Match(analysis.Tokens, i, headline.EndToken) is { } t) { type = t.Type; isVirtual = t.IsVirtual; break; }
        }
        if (analysis.Names.Count == 0 && bodySentences.Count == 0) return;
        var draft = new EventDraft(type, bodySentences.Count > 0 ? bodySentences[0] : analysis.BodyStart) { IsVirtual = isVirtual };
        draft.ClearSentences();
        foreach (var b in bodySentences) draft.AddSentence(b);
        analysis.Events.Add(draft);
    }

    // The encounters of one sentence, each without the people of the others; returns the last.
    private static EventDraft AddEncounters(List<EventDraft> events, EventTrigger trigger, int sentence, List<string> named,
        IReadOnlyList<DatedEncounters.Part> parts, (string Name, TextSpan Span)? location)
    {
        EventDraft? last = null;
        foreach (var part in parts)
        {
            last = new EventDraft(trigger.Type, sentence) { IsVirtual = trigger.IsVirtual, Date = part.Date, Location = location };
            last.AddSentence(sentence, named);
            foreach (var other in parts.Where(p => p != part)) last.Excluded.UnionWith(other.Counterparts.Except(part.Counterparts));
            events.Add(last);
        }
        return last!;
    }

    // A conference with nobody named in it was only mentioned, unless it is all the article reports. When it
    // opens the report ("The Mayors Dialogue was held in Qingdao on July 19. Mayor Ren met with …"), its
    // date and place set the scene for the event reported next.
    private static void DropNamelessConferences(List<EventDraft> events)
    {
        // An article of such conferences alone keeps them: they are all it reports.
        if (events.Count < 2 || events.All(e => e.Type == EventTypes.Conference && e.Participants.Count == 0)) return;
        foreach (var e in events.Where(e => e.Type == EventTypes.Conference && e.Participants.Count == 0).ToList())
        {
            var next = events.Where(n => n.FirstSentence > e.FirstSentence && n.Participants.Count > 0).MinBy(n => n.FirstSentence);
            if (next is not null && next.FirstSentence == e.Sentences.Max() + 1)
            {
                next.Date ??= e.Date;
                next.Location ??= e.Location;
            }
            events.Remove(e);
        }
    }

    // The token after the clause that starts at token: the next punctuation other than a hyphen.
    private static int ClauseEnd(IReadOnlyList<Token> tokens, int token, int sentenceEnd)
    {
        var k = token;
        while (k < sentenceEnd && !(tokens[k].Kind == TokenKind.Punctuation && !tokens[k].Is('-'))) k++;
        return k;
    }

    // A sentence without an event word tells more about the event just reported, unless the people it
    // names all belong to an earlier one: after "Last year, X visited Y.", "Z said …" is about Z's meeting.
    // A party reported without names ("the two sides held a meeting") is named by the sentences after it.
    private static EventDraft TalkedAbout(ArticleAnalysis analysis, List<EventDraft> events, EventDraft current, List<string> named)
    {
        if (named.Count == 0 || named.Any(current.Named.Contains)) return current;
        if (current.Named.Count == 0 && DelegationWords.AnyIn(analysis.Tokens, analysis.Sentences[current.ReportingSentences[^1]])) return current;
        return events.LastOrDefault(e => e != current && named.Any(e.Named.Contains)) ?? current;
    }
}
