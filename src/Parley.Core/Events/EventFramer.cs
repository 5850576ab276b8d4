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
    private static readonly string[] Priority = [EventTypes.Meeting, EventTypes.Signing, EventTypes.Conference, EventTypes.Visit];

    // A conference noun reports an event only with a verb of holding or taking part ("the forum was held",
    // "attended the expo"); bare mentions ("the expo is an important platform") are not events.
    private static readonly HashSet<string> HoldingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "held", "hold", "holds", "opened", "opens", "attended", "attend", "attends", "hosted", "hosts", "convened", "organized",
        "organised", "launched", "kicked", "took", "addressed", "co-chaired", "chaired", "presided", "participated", "delivered", "closed",
    };

    // Words just before an event word that make it remote: "virtual meeting", "online forum", "video talks".
    private static readonly HashSet<string> VirtualMarkers = new(StringComparer.OrdinalIgnoreCase) { "virtual", "online", "video", "cloud", "remote" };

    // Words after a definite event noun that describe it rather than refer back: "the meeting on …",
    // "the visit to Peru" (not "the meeting to discuss …").
    private static readonly HashSet<string> DescriptionLinks = new(StringComparer.OrdinalIgnoreCase) { "on", "to", "by", "of" };

    /// <summary>The shared framer.</summary>
    public static EventFramer Default { get; } = new(EventTriggerLexicon.Default);

    /// <summary>Frames the events of <paramref name="analysis"/> into its <see cref="ArticleAnalysis.Events"/>.</summary>
    public void Frame(ArticleAnalysis analysis)
    {
        var tokens = analysis.Tokens;
        var passing = PassingMentions.Find(analysis);
        var namesBySentence = NamesBySentence(analysis, PersonReferences.ByTitle(analysis, passing));
        var nameStarts = namesBySentence.Values.SelectMany(list => list.Select(m => m.Token)).ToHashSet();
        var placeStarts = analysis.Places.Select(p => p.FirstToken).ToHashSet();
        var places = new LocationFinder(analysis);
        var events = analysis.Events;
        EventDraft? current = null;
        var before = new List<int>(); // sentences read before the first event
        var plannedOnly = new HashSet<string>(StringComparer.Ordinal); // people met in a plan ("is to meet with X")

        for (var s = analysis.BodyStart; s < analysis.Sentences.Count; s++)
        {
            var sentence = analysis.Sentences[s];
            var trigger = BestTrigger(analysis, sentence, namesBySentence.ContainsKey(s), nameStarts, placeStarts, out var plannedAt);
            // "is to meet with X", "invited X to visit": X is met only in the plan.
            if (plannedAt is { } planned && namesBySentence.TryGetValue(s, out var mentioned))
            {
                var clauseEnd = ClauseEnd(tokens, planned, sentence.EndToken);
                foreach (var m in mentioned.Where(m => m.Token > planned && m.Token < clauseEnd)) plannedOnly.Add(m.Name);
                mentioned.RemoveAll(m => m.Token > planned && m.Token < clauseEnd);
            }
            if (trigger is null)
            {
                if (current is null) before.Add(s);
                else
                {
                    current = TalkedAbout(events, current, Names(namesBySentence, s));
                    current.AddSentence(s, Names(namesBySentence, s));
                }
                continue;
            }
            // "During his visit to Tanzania, he called on …": the pronoun is who met.
            if (trigger.Value.Type is EventTypes.Meeting or EventTypes.Visit
                && PersonReferences.ByPronoun(analysis, sentence, trigger.Value.FirstToken, namesBySentence) is { } subject)
            {
                if (!namesBySentence.TryGetValue(s, out var list)) namesBySentence[s] = list = [];
                list.Insert(0, subject);
            }
            var date = EventDates.Of(analysis, sentence, trigger.Value.FirstToken);
            if (date is { } d && analysis.PublishedDate is { } published && d.IsResolved && DateTagger.IsFutureRelative(d, published))
            {
                current?.AddSentence(s, Names(namesBySentence, s));
                continue; // a future date: a plan
            }
            // "attended the meeting", "at the talks": a definite reference to the event of that kind just reported.
            if (current is not null && IsAnaphoric(tokens, trigger.Value, sentence) && date is null)
            {
                current = events.LastOrDefault(e => e.Type == trigger.Value.Type) ?? current;
                current.AddSentence(s, Names(namesBySentence, s));
                current.IsVirtual |= trigger.Value.IsVirtual;
                AddAgreement(analysis, sentence, current);
                // "inspected X … At the meeting held there, …": a visit where counterparts met is a meeting.
                if (current.Type == EventTypes.Visit && trigger.Value.Type == EventTypes.Meeting) current.Type = EventTypes.Meeting;
                continue;
            }
            var location = trigger.Value.IsVirtual || places.Find(sentence) is not { } place ? null : ((string Name, TextSpan Span)?)(place.Span.Of(analysis.Text), place.Span);
            var named = Names(namesBySentence, s);
            if (trigger.Value.Type == EventTypes.Meeting
                && DatedEncounters.Split(analysis, sentence, trigger.Value.EndToken, namesBySentence.GetValueOrDefault(s) ?? []) is { Count: > 0 } parts)
            {
                current = AddEncounters(events, trigger.Value, s, named, parts, location);
                continue;
            }
            var target = events.FirstOrDefault(e => Compatible(e, trigger.Value.Type, date, location) && !IsOtherEncounter(e, named));
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
            AddAgreement(analysis, sentence, target);
            current = target;
        }

        if (events.Count == 0) FrameFromHeadline(analysis, before);
        if (events.Count == 0) return;
        foreach (var b in before) events[0].AddSentence(b, Names(namesBySentence, b));

        FoldSignings(analysis, events);
        AssignParticipants(analysis, namesBySentence, passing, plannedOnly);
        DropNamelessConferences(events);
        EventDates.Settle(analysis);
        var stops = TripStops.Split(analysis, places);
        EventPlaces.Settle(analysis, places);
        TripStops.DropMetStops(analysis, stops);
        foreach (var e in events) e.SortSentences();
    }

    // The event word that reports the sentence's engagement, and where the first event word that is only
    // a plan stands ("will visit", "is to meet").
    private EventTrigger? BestTrigger(ArticleAnalysis analysis, Sentence sentence, bool hasPeople, ISet<int> nameStarts, ISet<int> placeStarts,
        out int? plannedAt)
    {
        plannedAt = null;
        var tokens = analysis.Tokens;
        var found = new List<EventTrigger>();
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
            if (t.Type == EventTypes.Conference && !HasAny(tokens, sentence, HoldingVerbs)) continue;
            if (IsVirtualAt(tokens, t, sentence)) t = t with { IsVirtual = true };
            analysis.Triggers.Add(new Recognition.Mention(Recognition.MentionKind.EventTrigger,
                new TextSpan(tokens[t.FirstToken].Span.Start, tokens[t.EndToken - 1].Span.End), t.FirstToken, t.EndToken, t.Type));
            found.Add(t);
        }
        if (found.Count == 0) return null;
        var best = found.OrderBy(t => Array.IndexOf(Priority, t.Type)).First();
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

    // "the meeting", "this visit", "the talks": the event word refers back rather than reporting a new event.
    private static bool IsAnaphoric(IReadOnlyList<Token> tokens, EventTrigger trigger, Sentence sentence)
    {
        var k = trigger.FirstToken - 1;
        // "the informal meeting", "the bilateral talks": one adjective may stand between.
        if (k > sentence.FirstToken && tokens[k].Kind == TokenKind.Word && !tokens[k].IsCapitalized && !tokens[k - 1].IsCapitalized
            && (tokens[k - 1].Is("the") || tokens[k - 1].Is("this"))) k--;
        if (k < sentence.FirstToken) return false;
        // "presided over the meeting on the planning of …", "the state visit to Peru by …": a definite
        // description of an event of its own.
        if (trigger.EndToken + 1 < sentence.EndToken && DescriptionLinks.Contains(tokens[trigger.EndToken].Value)
            && !(tokens[trigger.EndToken].Is("to") && !tokens[trigger.EndToken + 1].IsCapitalized)) return false;
        return tokens[k].Is("the") || tokens[k].Is("this") || tokens[k].Is("that") || tokens[k].Is("its");
    }

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
        if (e.Type == EventTypes.Visit) return named.Count > 0 && e.Named.Count > 0 && !named.Any(e.Named.Contains);
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

    private static void AddAgreement(ArticleAnalysis analysis, Sentence sentence, EventDraft target)
    {
        var tokens = analysis.Tokens;
        for (var i = sentence.FirstToken; i < sentence.EndToken - 1; i++)
        {
            if (!tokens[i].Is("signed") && !tokens[i].Is("inked")) continue;
            var start = i + 1;
            var end = start;
            while (end < sentence.EndToken && !(tokens[end].Kind == TokenKind.Punctuation && !tokens[end].Is('-') && !tokens[end].Is('"') && !tokens[end].Is('“') && !tokens[end].Is('”'))
                   && !tokens[end].Is("with") && !tokens[end].Is("between") && !tokens[end].Is("by"))
                end++;
            if (end - start < 2) continue;
            var text = analysis.Text[tokens[start].Span.Start..tokens[end - 1].Span.End];
            if (!target.Agreements.Contains(text)) target.Agreements.Add(text);
        }
    }

    // A signing reported together with a meeting or conference is that event's agreement, unless the two
    // are told apart: another day, or "before the signing ceremony, X held talks with Y".
    private static void FoldSignings(ArticleAnalysis analysis, List<EventDraft> events)
    {
        var host = events.FirstOrDefault(e => e.Type is EventTypes.Meeting or EventTypes.Conference);
        if (host is null) return;
        if (host.ReportingSentences.Any(s => SaysBeforeOrAfterSigning(analysis.Tokens, analysis.Sentences[s]))) return;
        foreach (var signing in events.Where(e => e.Type == EventTypes.Signing).ToList())
        {
            if (signing.Date?.Start is { } a && host.Date?.Start is { } b && a != b) continue;
            host.Agreements.AddRange(signing.Agreements.Where(x => !host.Agreements.Contains(x)));
            foreach (var x in signing.Sentences) host.AddSentence(x);
            host.ReportingSentences.AddRange(signing.ReportingSentences.Where(x => !host.ReportingSentences.Contains(x)));
            host.Date ??= signing.Date;
            host.Location ??= signing.Location;
            host.Evidence.AddRange(signing.Evidence);
            events.Remove(signing);
        }
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

    private static bool SaysBeforeOrAfterSigning(IReadOnlyList<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k + 2 < sentence.EndToken; k++)
            if ((tokens[k].Is("before") || tokens[k].Is("after")) && tokens[k + 1].Is("the") && tokens[k + 2].Is("signing")) return true;
        return false;
    }

    private static void AssignParticipants(ArticleAnalysis analysis, Dictionary<int, List<(int Token, string Name)>> namesBySentence,
        HashSet<string> passing, HashSet<string> plannedOnly)
    {
        var events = analysis.Events;
        foreach (var e in events)
            foreach (var s in e.Sentences.Order())
                foreach (var n in Names(namesBySentence, s).Where(n => !passing.Contains(n) && !e.Excluded.Contains(n))) e.AddParticipant(n);

        // Everyone who took part somewhere but was placed in no event belongs to the main one: the first
        // meeting, else the event with most people.
        var main = events.FirstOrDefault(e => e.Type == EventTypes.Meeting) ?? events.MaxBy(e => e.Participants.Count)!;
        foreach (var name in analysis.Names.Select(n => n.Name).Distinct(StringComparer.Ordinal))
            if (!passing.Contains(name) && !plannedOnly.Contains(name) && !events.Any(e => e.Participants.Contains(name))) main.AddParticipant(name);

        // A visit or signing reported with no names of its own was made by the main event's people.
        foreach (var e in events.Where(e => e != main && e.Participants.Count == 0 && e.Type is EventTypes.Visit))
            foreach (var n in main.Participants) e.AddParticipant(n);

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

    // The token after the clause that starts at token: the next punctuation other than a hyphen.
    private static int ClauseEnd(IReadOnlyList<Token> tokens, int token, int sentenceEnd)
    {
        var k = token;
        while (k < sentenceEnd && !(tokens[k].Kind == TokenKind.Punctuation && !tokens[k].Is('-'))) k++;
        return k;
    }

    // Every mention of a person by sentence, with its first token, in text order.
    private static Dictionary<int, List<(int Token, string Name)>> NamesBySentence(ArticleAnalysis analysis, List<(int Token, string Name)> references)
    {
        var map = new Dictionary<int, List<(int Token, string Name)>>();
        var mentions = analysis.Names.Select(n => (n.Mention.FirstToken, n.Name))
            .Concat(analysis.ShortMentions.Select(m => (m.Mention.FirstToken, Name: m.FullName)))
            .Concat(references.Select(r => (FirstToken: r.Token, r.Name)))
            .OrderBy(m => m.FirstToken);
        foreach (var (token, name) in mentions)
        {
            var s = analysis.SentenceOf(token).Index;
            if (!map.TryGetValue(s, out var list)) map[s] = list = [];
            list.Add((token, name));
        }
        return map;
    }

    // The people named in a sentence, once each, in order of mention.
    private static List<string> Names(Dictionary<int, List<(int Token, string Name)>> namesBySentence, int sentence) =>
        namesBySentence.TryGetValue(sentence, out var list) ? list.Select(m => m.Name).Distinct(StringComparer.Ordinal).ToList() : [];

    // A sentence without an event word tells more about the event just reported, unless the people it
    // names all belong to an earlier one: after "Last year, X visited Y.", "Z said …" is about Z's meeting.
    private static EventDraft TalkedAbout(List<EventDraft> events, EventDraft current, List<string> named)
    {
        if (named.Count == 0 || named.Any(current.Named.Contains)) return current;
        return events.LastOrDefault(e => e != current && named.Any(e.Named.Contains)) ?? current;
    }
}
