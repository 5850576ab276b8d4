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

    private static readonly HashSet<string> DelegationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "delegation", "delegations", "delegates", "officials", "guests", "visitors", "ambassador", "representatives", "counterpart", "counterparts", "sides", "leaders",
    };

    /// <summary>The shared framer.</summary>
    public static EventFramer Default { get; } = new(EventTriggerLexicon.Default);

    /// <summary>Frames the events of <paramref name="analysis"/> into its <see cref="ArticleAnalysis.Events"/>.</summary>
    public void Frame(ArticleAnalysis analysis)
    {
        var tokens = analysis.Tokens;
        var namesBySentence = NamesBySentence(analysis);
        var passing = PassingMentions.Find(analysis);
        var orgTokens = OrganizationTokens(analysis);
        var events = analysis.Events;
        EventDraft? current = null;
        var before = new List<int>(); // sentences read before the first event

        for (var s = analysis.BodyStart; s < analysis.Sentences.Count; s++)
        {
            var sentence = analysis.Sentences[s];
            var trigger = BestTrigger(analysis, sentence, namesBySentence.ContainsKey(s));
            if (trigger is null)
            {
                if (current is null) before.Add(s); else current.AddSentence(s, namesBySentence.GetValueOrDefault(s));
                continue;
            }
            var date = DateOf(analysis, sentence);
            if (date is { } d && analysis.PublishedDate is { } published && d.IsResolved && DateTagger.IsFutureRelative(d, published))
            {
                current?.AddSentence(s, namesBySentence.GetValueOrDefault(s));
                continue; // a future date: a plan
            }
            // "attended the meeting", "at the talks": a definite reference to the event just reported.
            if (current is not null && IsAnaphoric(tokens, trigger.Value, sentence) && date is null)
            {
                current.AddSentence(s, namesBySentence.GetValueOrDefault(s));
                current.IsVirtual |= trigger.Value.IsVirtual;
                AddAgreement(analysis, sentence, current);
                // "inspected X … At the meeting held there, …": a visit where counterparts met is a meeting.
                if (current.Type == EventTypes.Visit && trigger.Value.Type == EventTypes.Meeting) current.Type = EventTypes.Meeting;
                continue;
            }
            var location = trigger.Value.IsVirtual ? null : LocationFinder.Find(analysis, sentence, orgTokens);
            var named = namesBySentence.GetValueOrDefault(s) ?? [];
            var target = events.FirstOrDefault(e => Compatible(e, trigger.Value.Type, date, location) && !IsOtherEncounter(e, named));
            if (target is null)
            {
                target = new EventDraft(trigger.Value.Type, s);
                events.Add(target);
            }
            target.AddSentence(s, named);
            target.IsVirtual |= trigger.Value.IsVirtual;
            target.Date ??= date;
            target.Location ??= location;
            target.Evidence.Add(new TextSpan(tokens[trigger.Value.FirstToken].Span.Start, tokens[trigger.Value.EndToken - 1].Span.End));
            AddAgreement(analysis, sentence, target);
            current = target;
        }

        if (events.Count == 0) FrameFromHeadline(analysis, before);
        if (events.Count == 0) return;
        foreach (var b in before) events[0].AddSentence(b, namesBySentence.GetValueOrDefault(b));

        FoldSignings(events);
        AssignParticipants(analysis, namesBySentence, passing);
        // A conference with nobody named in it was only mentioned, unless it is all the article reports.
        if (events.Count > 1) events.RemoveAll(e => e.Type == EventTypes.Conference && e.Participants.Count == 0);
        FillDatesAndPlaces(analysis, orgTokens);
        foreach (var e in events) e.SortSentences();
    }

    private EventTrigger? BestTrigger(ArticleAnalysis analysis, Sentence sentence, bool hasPeople)
    {
        var tokens = analysis.Tokens;
        var found = new List<EventTrigger>();
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var trigger = lexicon.Match(tokens, i, sentence.EndToken);
            if (trigger is null) continue;
            i = trigger.Value.EndToken - 1;
            var t = trigger.Value;
            if (lexicon.IsPlanned(tokens, t.FirstToken, sentence.FirstToken)) continue;
            // "Work Meeting", "Investment Forum": a capitalized event name is a conference.
            if (t.Type == EventTypes.Meeting && t.FirstToken > sentence.FirstToken && tokens[t.FirstToken].IsCapitalized
                && tokens[t.FirstToken - 1].IsCapitalized && tokens[t.FirstToken].Is("Meeting"))
                t = t with { Type = EventTypes.Conference };
            // A meeting needs someone to meet: a named person or a delegation in the sentence.
            if (t.Type == EventTypes.Meeting && !hasPeople && !HasDelegationWord(tokens, sentence)) continue;
            if (t.Type == EventTypes.Conference && !HasAny(tokens, sentence, HoldingVerbs)) continue;
            if (t.FirstToken > sentence.FirstToken && VirtualMarkers.Contains(tokens[t.FirstToken - 1].Value)) t = t with { IsVirtual = true };
            analysis.Triggers.Add(new Recognition.Mention(Recognition.MentionKind.EventTrigger,
                new TextSpan(tokens[t.FirstToken].Span.Start, tokens[t.EndToken - 1].Span.End), t.FirstToken, t.EndToken, t.Type));
            found.Add(t);
        }
        if (found.Count == 0) return null;
        var best = found.OrderBy(t => Array.IndexOf(Priority, t.Type)).First();
        return best with { IsVirtual = found.Any(f => f.IsVirtual) };
    }

    private static bool HasDelegationWord(IReadOnlyList<Token> tokens, Sentence sentence) => HasAny(tokens, sentence, DelegationWords);

    private static bool HasAny(IReadOnlyList<Token> tokens, Sentence sentence, HashSet<string> words)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (words.Contains(tokens[i].Value)) return true;
        return false;
    }

    // "the meeting", "this visit", "the talks": the event word refers back rather than reporting a new event.
    private static bool IsAnaphoric(IReadOnlyList<Token> tokens, EventTrigger trigger, Sentence sentence)
    {
        var k = trigger.FirstToken - 1;
        // "the informal meeting", "the bilateral talks": one adjective may stand between.
        if (k > sentence.FirstToken && tokens[k].Kind == TokenKind.Word && !tokens[k].IsCapitalized && !tokens[k - 1].IsCapitalized
            && (tokens[k - 1].Is("the") || tokens[k - 1].Is("this"))) k--;
        if (k < sentence.FirstToken) return false;
        return tokens[k].Is("the") || tokens[k].Is("this") || tokens[k].Is("that") || tokens[k].Is("its");
    }

    private static DateMention? DateOf(ArticleAnalysis analysis, Sentence sentence) =>
        analysis.DatesIn(sentence).FirstOrDefault(d => !d.IsDateline && d.Kind != DateMentionKind.Vague)
        ?? analysis.DatesIn(sentence).FirstOrDefault(d => d.Kind != DateMentionKind.Vague);

    private static bool Compatible(EventDraft e, string type, DateMention? date, (string Name, TextSpan Span)? location)
    {
        if (e.Type != type) return false;
        if (e.Date?.Start is { } a && date?.Start is { } b && a != b) return false;
        if (e.Location is { } l && location is { } m && NameKey.Of(l.Name) != NameKey.Of(m.Name)) return false;
        return true;
    }

    // A meeting sentence that names someone the event has not met, and leaves out someone it has
    // (beyond the people they share, usually the host), reports a different encounter:
    // "Then Li visited Geespace and exchanged ideas with its CEO Wang" after a meeting with Yao.
    private static bool IsOtherEncounter(EventDraft e, List<string> named)
    {
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

    // A signing reported together with a meeting or conference is that event's agreement.
    private static void FoldSignings(List<EventDraft> events)
    {
        var host = events.FirstOrDefault(e => e.Type is EventTypes.Meeting or EventTypes.Conference);
        if (host is null) return;
        foreach (var signing in events.Where(e => e.Type == EventTypes.Signing).ToList())
        {
            if (signing.Date?.Start is { } a && host.Date?.Start is { } b && a != b) continue;
            host.Agreements.AddRange(signing.Agreements.Where(x => !host.Agreements.Contains(x)));
            foreach (var x in signing.Sentences) host.AddSentence(x);
            host.Evidence.AddRange(signing.Evidence);
            events.Remove(signing);
        }
    }

    private static void AssignParticipants(ArticleAnalysis analysis, Dictionary<int, List<string>> namesBySentence, HashSet<string> passing)
    {
        var events = analysis.Events;
        foreach (var e in events)
            foreach (var s in e.Sentences.Order())
                if (namesBySentence.TryGetValue(s, out var names))
                    foreach (var n in names.Where(n => !passing.Contains(n))) e.AddParticipant(n);

        // Everyone who took part somewhere but was placed in no event belongs to the main one: the first
        // meeting, else the event with most people.
        var main = events.FirstOrDefault(e => e.Type == EventTypes.Meeting) ?? events.MaxBy(e => e.Participants.Count)!;
        foreach (var name in analysis.Names.Select(n => n.Name).Distinct(StringComparer.Ordinal))
            if (!passing.Contains(name) && !events.Any(e => e.Participants.Contains(name))) main.AddParticipant(name);

        // A visit or signing reported with no names of its own was made by the main event's people.
        foreach (var e in events.Where(e => e != main && e.Participants.Count == 0 && e.Type is EventTypes.Visit))
            foreach (var n in main.Participants) e.AddParticipant(n);
    }

    private void FillDatesAndPlaces(ArticleAnalysis analysis, HashSet<int> orgTokens)
    {
        var events = analysis.Events;
        // An event with no date of its own in its trigger sentence takes the first date of its other sentences,
        // else the first event's date (a trip's stops share its range).
        foreach (var e in events.Where(e => e.Date is null))
        {
            e.Date = e.Sentences.Select(s => DateOf(analysis, analysis.Sentences[s])).FirstOrDefault(d => d is not null && d.IsResolved
                && !(analysis.PublishedDate is { } p && DateTagger.IsFutureRelative(d, p)));
        }
        var mainDate = events[0].Date;
        foreach (var e in events.Skip(1).Where(e => e.Date is null)) e.Date = mainDate;
        // A place written in another sentence of the event ("During the investigation in Beijing, …").
        foreach (var e in events.Where(e => e.Location is null && !e.IsVirtual))
            e.Location = e.Sentences.Select(s => LocationFinder.Find(analysis, analysis.Sentences[s], orgTokens))
                .FirstOrDefault(l => l is not null);
        // A meeting held during a visit took place where the visit went.
        var visited = events.FirstOrDefault(e => e.Type == EventTypes.Visit && e.Location is not null)?.Location;
        foreach (var e in events.Where(e => e.Location is null && !e.IsVirtual && e.Type == EventTypes.Meeting)) e.Location = visited;
        if (events[0].Location is null && !events[0].IsVirtual)
        {
            var dateline = analysis.Dates.FirstOrDefault(d => d.IsDateline);
            if (dateline is not null)
            {
                var sentence = analysis.SentenceOf(Math.Min(analysis.TokenAt(dateline.Span.Start), analysis.Tokens.Count - 1));
                var place = analysis.Places.FirstOrDefault(p => p.FirstToken >= sentence.FirstToken && p.Span.End <= dateline.Span.Start);
                if (place is not null) events[0].Location = (ToDisplayCase(place.Span.Of(analysis.Text)), place.Span);
            }
        }
    }

    // "BEIJING" in a dateline is written in capitals; the record shows it as a name.
    private static string ToDisplayCase(string s) =>
        s.Any(char.IsLower) ? s : string.Join(' ', s.Split(' ').Select(w => w.Length == 0 ? w : w[0] + w[1..].ToLowerInvariant()));

    private static Dictionary<int, List<string>> NamesBySentence(ArticleAnalysis analysis)
    {
        var map = new Dictionary<int, List<string>>();
        var mentions = analysis.Names.Select(n => (n.Mention.FirstToken, n.Name))
            .Concat(analysis.ShortMentions.Select(m => (m.Mention.FirstToken, Name: m.FullName)))
            .OrderBy(m => m.FirstToken);
        foreach (var (token, name) in mentions)
        {
            var s = analysis.SentenceOf(token).Index;
            if (!map.TryGetValue(s, out var list)) map[s] = list = [];
            if (!list.Contains(name)) list.Add(name);
        }
        return map;
    }

    // Tokens inside organization names (from titles), where a place is part of a name, not a location.
    private static HashSet<int> OrganizationTokens(ArticleAnalysis analysis)
    {
        var set = new HashSet<int>();
        foreach (var claim in analysis.Positions)
            for (var k = analysis.TokenAt(claim.Span.Start); k < analysis.Tokens.Count && analysis.Tokens[k].Span.End <= claim.Span.End; k++) set.Add(k);
        return set;
    }
}
