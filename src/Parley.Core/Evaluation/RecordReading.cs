using System.Text.Json;
using Parley.Evaluation.Python;

namespace Parley.Evaluation;

/// <summary>The record fields score.py derives before comparing: position triples, participants, topics, met pairs.</summary>
internal static class RecordReading
{
    private static readonly HashSet<string> MeetingTypes = new(["meeting", "visit", "signing"], StringComparer.Ordinal);

    /// <summary>One <c>(norm(name), norm(title), org)</c> triple; the org stays raw for <see cref="OrgMatcher"/>.</summary>
    public readonly record struct PositionTriple(string? Name, string? Title, JsonElement? Org);

    /// <summary><c>position_triples(rec)</c>.</summary>
    public static List<PositionTriple> PositionTriples(JsonElement record)
    {
        var triples = new List<PositionTriple>();
        foreach (var person in LooseJson.IterateOrEmpty(LooseJson.Get(record, "people")))
            foreach (var pos in LooseJson.IterateOrEmpty(LooseJson.Get(person, "positions")))
                triples.Add(new(ScoreText.Norm(LooseJson.Get(person, "name")), ScoreText.Norm(LooseJson.Get(pos, "title")), LooseJson.Get(pos, "org")));
        return triples;
    }

    /// <summary><c>{norm(p.get("name")) for p in rec.get("people") or []}</c>.</summary>
    public static HashSet<string?> PeopleNames(JsonElement record) =>
        LooseJson.IterateOrEmpty(LooseJson.Get(record, "people")).Select(p => ScoreText.Norm(LooseJson.Get(p, "name"))).ToHashSet();

    /// <summary><c>parts(ev)</c>: normalized names of the truthy participants.</summary>
    public static HashSet<string> Participants(JsonElement ev) =>
        LooseJson.IterateOrEmpty(LooseJson.Get(ev, "participants")).Where(n => LooseJson.Truthy(n))
            .Select(n => ScoreText.Norm(n)!).ToHashSet(StringComparer.Ordinal);

    /// <summary><c>set(ev.get("topics") or [])</c>, as Python hash keys.</summary>
    public static HashSet<string> Topics(JsonElement ev) =>
        LooseJson.IterateOrEmpty(LooseJson.Get(ev, "topics")).Select(t => LooseJson.HashKey(t)).ToHashSet(StringComparer.Ordinal);

    /// <summary><c>rec.get("events") or []</c>.</summary>
    public static List<JsonElement> Events(JsonElement record) => LooseJson.IterateOrEmpty(LooseJson.Get(record, "events")).ToList();

    /// <summary><c>met_pairs(rec)</c>: unordered pairs of participants of one meeting, visit or signing.</summary>
    public static HashSet<(string, string)> MetPairs(JsonElement record)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var ev in Events(record))
        {
            var type = LooseJson.Get(ev, "type");
            if (type is not { ValueKind: JsonValueKind.String } t || !MeetingTypes.Contains(t.GetString()!)) continue;
            // Any fixed order makes the pair canonical; Python's code point order is the natural one.
            var ps = Participants(ev).Order(CodePointComparer.Instance).ToList();
            for (var i = 0; i < ps.Count; i++)
                for (var j = i + 1; j < ps.Count; j++)
                    pairs.Add((ps[i], ps[j]));
        }
        return pairs;
    }
}
