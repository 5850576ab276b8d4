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
            // Plain loops rather than FindIndex with lambdas: this runs for every claim, and each lambda captured
            // the keys in a fresh closure. Each search keeps the first match, as FindIndex did.
            var existing = -1;
            var nested = -1;
            var orgless = -1;
            var sameTitle = false;
            for (var p = 0; p < list.Count; p++)
            {
                if (Key(list[p].Title) != titleKey) continue;
                sameTitle = true;
                var org = list[p].Org;
                if (existing < 0 && (org is null ? null : Key(org)) == orgKey) existing = p;
                if (orgKey is null) continue;
                if (nested < 0 && org is not null && NestedWords(Key(org), orgKey)) nested = p;
                if (orgless < 0 && org is null) orgless = p;
            }
            if (existing >= 0) continue;
            // "Party chief of Anhui" and "Party chief of Anhui province" are one position; the fuller name is kept.
            if (nested >= 0)
            {
                if (orgKey!.Length > Key(list[nested].Org!).Length) list[nested] = list[nested] with { Org = claim.Org };
                continue;
            }
            // A title seen once without and once with its organization is one position.
            if (orgless >= 0) { list[orgless] = list[orgless] with { Org = claim.Org }; continue; }
            if (orgKey is null && sameTitle) continue;
            list.Add(new PositionRecord { Title = claim.Title, Org = claim.Org, Evidence = [claim.Span] });
        }
        foreach (var list in positions) list.RemoveAll(p => p.Org is null && IsShortFormOfAnother(p, list, Key));
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
    private static bool IsShortFormOfAnother(PositionRecord position, List<PositionRecord> all, Func<string, string> key)
    {
        var shortKey = key(position.Title);
        var beforeTo = shortKey + " to ";
        var beforeFor = shortKey + " for ";
        foreach (var other in all)
        {
            var longer = key(other.Title);
            if (longer.StartsWith(beforeTo, StringComparison.Ordinal) || longer.StartsWith(beforeFor, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    // One key's words appear, in order, as whole words inside the other's.
    private static bool NestedWords(string a, string b) => HasWords(a, b) || HasWords(b, a);

    // As $" {outer} ".Contains($" {inner} "), without building the padded strings: an occurrence of inner whose
    // ends touch a space or an end of outer. An empty key (only when a name had no letters) keeps the padded form.
    private static bool HasWords(string outer, string inner)
    {
        if (inner.Length == 0 || outer.Length == 0) return $" {outer} ".Contains($" {inner} ", StringComparison.Ordinal);
        for (var at = outer.IndexOf(inner, StringComparison.Ordinal); at >= 0; at = outer.IndexOf(inner, at + 1, StringComparison.Ordinal))
        {
            var end = at + inner.Length;
            if ((at == 0 || outer[at - 1] == ' ') && (end == outer.Length || outer[end] == ' ')) return true;
        }
        return false;
    }

    // The organizations of an event: those its participants' titles name.
    private static List<string> OrganizationsOf(Events.EventDraft e, ArticleAnalysis analysis, Func<string, string> key)
    {
        var participants = e.Participants.Select(key).ToHashSet(StringComparer.Ordinal);
        return analysis.Positions.Where(p => p.Org is not null && participants.Contains(key(p.Person.Name)))
            .Select(p => p.Org!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }
}
