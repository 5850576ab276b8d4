using Parley.Model;
using Parley.Text;

namespace Parley.Extraction;

/// <summary>Turns a finished <see cref="ArticleAnalysis"/> into the spec's <see cref="ArticleRecord"/>.</summary>
public static class RecordBuilder
{
    /// <summary>Builds the record: people once each (as first written), their titles, and the events.</summary>
    public static ArticleRecord Build(ArticleAnalysis analysis)
    {
        var people = new List<PersonRecord>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var evidence = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        foreach (var name in analysis.Names)
        {
            var key = NameKey.Of(name.Name);
            if (!byKey.ContainsKey(key))
            {
                byKey[key] = people.Count;
                people.Add(new PersonRecord { Name = name.Name });
                evidence[key] = [];
            }
            evidence[key].Add(name.Mention.Span);
        }
        foreach (var (mention, full) in analysis.ShortMentions)
            if (evidence.TryGetValue(NameKey.Of(full), out var list)) list.Add(mention.Span);

        var positions = people.Select(_ => new List<PositionRecord>()).ToList();
        foreach (var claim in analysis.Positions)
        {
            if (!byKey.TryGetValue(NameKey.Of(claim.Person.Name), out var index)) continue;
            var list = positions[index];
            var titleKey = NameKey.Of(claim.Title);
            var orgKey = claim.Org is null ? null : NameKey.Of(claim.Org);
            var existing = list.FindIndex(p => NameKey.Of(p.Title) == titleKey && (p.Org is null ? null : NameKey.Of(p.Org)) == orgKey);
            if (existing >= 0) continue;
            // A title seen once without and once with its organization is one position.
            var orgless = orgKey is null ? -1 : list.FindIndex(p => NameKey.Of(p.Title) == titleKey && p.Org is null);
            if (orgless >= 0) { list[orgless] = list[orgless] with { Org = claim.Org }; continue; }
            if (orgKey is null && list.Any(p => NameKey.Of(p.Title) == titleKey)) continue;
            list.Add(new PositionRecord { Title = claim.Title, Org = claim.Org, Evidence = [claim.Span] });
        }
        for (var i = 0; i < people.Count; i++)
            people[i] = people[i] with { Positions = positions[i], Evidence = evidence[NameKey.Of(people[i].Name)] };

        string Recorded(string name) => people[byKey[NameKey.Of(name)]].Name;

        var events = analysis.Events.Select(e => new EventRecord
        {
            Type = e.Type,
            Mode = e.IsVirtual ? EventModes.Virtual : EventModes.InPerson,
            Start = e.Date?.Start?.ToString(),
            End = e.Date?.Start is null ? null : (e.Date.End ?? e.Date.Start)?.ToString(),
            Location = e.IsVirtual ? null : e.Location?.Name,
            Participants = e.Participants.Where(p => byKey.ContainsKey(NameKey.Of(p))).Select(Recorded).Distinct().ToList(),
            Organizations = OrganizationsOf(e, analysis, byKey),
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

    // The organizations of an event: those its participants' titles name.
    private static List<string> OrganizationsOf(Events.EventDraft e, ArticleAnalysis analysis, Dictionary<string, int> byKey)
    {
        var participants = e.Participants.Select(NameKey.Of).ToHashSet(StringComparer.Ordinal);
        return analysis.Positions.Where(p => p.Org is not null && participants.Contains(NameKey.Of(p.Person.Name)))
            .Select(p => p.Org!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }
}
