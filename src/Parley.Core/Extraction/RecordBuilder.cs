using Parley.Model;
using Parley.Text;

namespace Parley.Extraction;

/// <summary>Turns a finished <see cref="ArticleAnalysis"/> into the spec's <see cref="ArticleRecord"/>.</summary>
public static class RecordBuilder
{
    /// <summary>Builds the record: people once each (as first written), their titles, and the events.</summary>
    public static ArticleRecord Build(ArticleAnalysis analysis)
    {
        // The same names, titles and organizations are compared many times over: each key is computed once.
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        string Key(string s)
        {
            if (!keys.TryGetValue(s, out var key)) keys[s] = key = NameKey.Of(s);
            return key;
        }

        var people = new List<PersonRecord>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var evidence = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        foreach (var name in analysis.Names)
        {
            var key = Key(name.Name);
            if (!byKey.ContainsKey(key))
            {
                byKey[key] = people.Count;
                people.Add(new PersonRecord { Name = name.Name });
                evidence[key] = [];
            }
            evidence[key].Add(name.Mention.Span);
        }
        foreach (var (mention, full) in analysis.ShortMentions)
            if (evidence.TryGetValue(Key(full), out var list)) list.Add(mention.Span);

        var positions = people.Select(_ => new List<PositionRecord>()).ToList();
        foreach (var claim in analysis.Positions)
        {
            if (!byKey.TryGetValue(Key(claim.Person.Name), out var index)) continue;
            var list = positions[index];
            var titleKey = Key(claim.Title);
            var orgKey = claim.Org is null ? null : Key(claim.Org);
            var existing = list.FindIndex(p => Key(p.Title) == titleKey && (p.Org is null ? null : Key(p.Org)) == orgKey);
            if (existing >= 0) continue;
            // "Party chief of Anhui" and "Party chief of Anhui province" are one position; the fuller name is kept.
            var nested = orgKey is null ? -1 : list.FindIndex(p => NameKey.Of(p.Title) == titleKey && p.Org is not null && NestedWords(NameKey.Of(p.Org), orgKey));
            if (nested >= 0)
            {
                if (orgKey!.Length > NameKey.Of(list[nested].Org!).Length) list[nested] = list[nested] with { Org = claim.Org };
                continue;
            }
            // A title seen once without and once with its organization is one position.
            var orgless = orgKey is null ? -1 : list.FindIndex(p => Key(p.Title) == titleKey && p.Org is null);
            if (orgless >= 0) { list[orgless] = list[orgless] with { Org = claim.Org }; continue; }
            if (orgKey is null && list.Any(p => Key(p.Title) == titleKey)) continue;
            list.Add(new PositionRecord { Title = claim.Title, Org = claim.Org, Evidence = [claim.Span] });
        }
        foreach (var list in positions) list.RemoveAll(p => p.Org is null && IsShortFormOfAnother(p, list));
        for (var i = 0; i < people.Count; i++)
            people[i] = people[i] with { Positions = positions[i], Evidence = evidence[Key(people[i].Name)] };

        string Recorded(string name) => people[byKey[Key(name)]].Name;

        var events = analysis.Events.Select(e => new EventRecord
        {
            Type = e.Type,
            Mode = e.IsVirtual ? EventModes.Virtual : EventModes.InPerson,
            Start = e.Date?.Start?.ToString(),
            End = e.Date?.Start is null ? null : (e.Date.End ?? e.Date.Start)?.ToString(),
            Location = e.IsVirtual ? null : e.Location?.Name,
            Participants = e.Participants.Where(p => byKey.ContainsKey(Key(p))).Select(Recorded).Distinct().ToList(),
            Organizations = OrganizationsOf(e, analysis, Key),
            Agreements = e.Agreements.ToList(),
            Topics = e.Topics.ToList(),
            Evidence = e.Sentences.Select(s => analysis.Sentences[s].Span).ToList(),
        }).ToList();

        return new ArticleRecord
        {
            Id = analysis.Source.Id,
            Title = analysis.Title,
            Published = analysis.Published,
            Aliases = analysis.Aliases.ToList(),
            People = people,
            Events = events,
        };
    }

    // "Ambassador" beside "Ambassador to China", "Minister" beside "Minister for Foreign Affairs": the same office written shorter.
    private static bool IsShortFormOfAnother(PositionRecord position, List<PositionRecord> all)
    {
        var key = NameKey.Of(position.Title);
        return all.Any(other => NameKey.Of(other.Title) is var longer
            && (longer.StartsWith(key + " to ", StringComparison.Ordinal) || longer.StartsWith(key + " for ", StringComparison.Ordinal)));
    }

    // One key's words appear, in order, as whole words inside the other's.
    private static bool NestedWords(string a, string b) =>
        $" {a} ".Contains($" {b} ", StringComparison.Ordinal) || $" {b} ".Contains($" {a} ", StringComparison.Ordinal);

    // The organizations of an event: those its participants' titles name.
    private static List<string> OrganizationsOf(Events.EventDraft e, ArticleAnalysis analysis, Func<string, string> key)
    {
        var participants = e.Participants.Select(key).ToHashSet(StringComparer.Ordinal);
        return analysis.Positions.Where(p => p.Org is not null && participants.Contains(key(p.Person.Name)))
            .Select(p => p.Org!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }
}
