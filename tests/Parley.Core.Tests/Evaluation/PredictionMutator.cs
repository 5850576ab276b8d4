using System.Text.Json.Nodes;

namespace Parley.Core.Tests.Evaluation;

/// <summary>
/// Builds a plausible but wrong prediction from a gold record, deterministically from a seed: the kinds of
/// mistakes an extractor makes (and some malformed shapes score.py tolerates), so the two scorers are
/// compared on every code path, not only on perfect or empty input.
/// </summary>
internal sealed class PredictionMutator(int seed, double rate)
{
    private static readonly string[] TypeCycle = ["meeting", "visit", "conference", "signing"];
    private static readonly string[] SpuriousTopics = ["trade", "energy", "politics", "finance", "culture_tourism"];
    private readonly Random _random = new(seed);

    /// <summary>True when the whole file should be left out of the predictions.</summary>
    public bool DropFile() => Chance(rate / 3);

    /// <summary>A mutated deep copy of <paramref name="gold"/>.</summary>
    public JsonObject Mutate(JsonObject gold)
    {
        var rec = (JsonObject)gold.DeepClone();
        if (Chance(rate)) rec["published"] = Chance(0.5) ? null : "1999-01-01";
        if (Chance(rate / 2)) rec.Remove("aliases");
        MutatePeople(rec);
        MutateEvents(rec);
        return rec;
    }

    private void MutatePeople(JsonObject rec)
    {
        if (rec["people"] is not JsonArray people) return;
        for (var i = people.Count - 1; i >= 0; i--)
        {
            if (people[i] is not JsonObject person) continue;
            if (Chance(rate / 2)) { people.RemoveAt(i); continue; }
            if (Chance(rate / 2)) person["name"] = Rename(person["name"]?.GetValue<string>());
            else if (Chance(rate / 4)) person["name"] = Recase(person["name"]?.GetValue<string>());
            if (person["positions"] is not JsonArray positions) continue;
            foreach (var pos in positions.OfType<JsonObject>())
            {
                if (Chance(rate)) pos["title"] = Chance(0.5) ? "Deputy " + pos["title"] : "The " + pos["title"]?.GetValue<string>()?.ToUpperInvariant();
                if (Chance(rate)) pos["org"] = MutateOrg(pos["org"]?.GetValue<string>());
            }
        }
        if (Chance(rate)) people.Add(new JsonObject { ["name"] = "Spurious Person " + _random.Next(100), ["positions"] = new JsonArray() });
    }

    private void MutateEvents(JsonObject rec)
    {
        if (rec["events"] is not JsonArray events) return;
        for (var i = events.Count - 1; i >= 0; i--)
        {
            if (events[i] is not JsonObject ev) continue;
            if (Chance(rate / 2)) { events.RemoveAt(i); continue; }
            if (Chance(rate)) ev["type"] = TypeCycle[(Array.IndexOf(TypeCycle, ev["type"]?.GetValue<string>()) + 1 + _random.Next(3)) % 4];
            if (Chance(rate)) ev["start"] = ShiftDate(ev["start"]?.GetValue<string>());
            if (Chance(rate / 2)) ev["end"] = ShiftDate(ev["end"]?.GetValue<string>());
            if (Chance(rate)) ev["location"] = Chance(0.5) ? null : "City of " + ev["location"];
            if (ev["participants"] is JsonArray parts)
            {
                if (parts.Count > 0 && Chance(rate)) parts.RemoveAt(_random.Next(parts.Count));
                if (Chance(rate / 3)) parts.Add(Chance(0.5) ? "" : "Someone Else");
            }
            if (ev["topics"] is JsonArray topics && Chance(rate)) topics.Add(SpuriousTopics[_random.Next(SpuriousTopics.Length)]);
        }
        if (Chance(rate)) events.Add(SpuriousEvent(rec));
        // Stable duplicates stress the pairing's tie-breaking.
        if (events.Count > 0 && Chance(rate / 2)) events.Add(events[_random.Next(events.Count)]!.DeepClone());
    }

    private JsonObject SpuriousEvent(JsonObject rec)
    {
        var names = (rec["people"] as JsonArray ?? []).OfType<JsonObject>().Select(p => p["name"]?.GetValue<string>()).OfType<string>().ToList();
        var participants = new JsonArray();
        foreach (var n in names.Where(_ => Chance(0.5))) participants.Add(n);
        return new JsonObject
        {
            ["type"] = TypeCycle[_random.Next(4)],
            ["mode"] = "in_person",
            ["start"] = Chance(0.5) ? null : "2023-05-0" + _random.Next(1, 10),
            ["end"] = null,
            ["location"] = Chance(0.5) ? null : "Hanoi",
            ["participants"] = participants,
            ["organizations"] = new JsonArray(),
            ["agreements"] = new JsonArray(),
            ["topics"] = new JsonArray(SpuriousTopics[_random.Next(SpuriousTopics.Length)]),
        };
    }

    private string? Rename(string? name) =>
        name is null ? null : _random.Next(3) switch
        {
            0 => name + " Jr",
            1 => string.Join(' ', name.Split(' ').Reverse()),
            _ => name.Replace('a', 'á').Replace('o', 'ô'),
        };

    private static string? Recase(string? name) => name?.ToUpperInvariant().Replace(' ', '-');

    private string? MutateOrg(string? org) =>
        _random.Next(4) switch
        {
            0 => null,
            1 => org is null ? "Some Ministry" : "the " + org,
            2 => org is null ? null : string.Join(' ', org.Split(' ').Skip(1)),
            _ => org is null ? null : org + " of the Province",
        };

    private string? ShiftDate(string? date)
    {
        if (date is null) return Chance(0.5) ? "2024-01-01" : null;
        return DateOnly.TryParseExact(date, "yyyy-MM-dd", out var d) ? d.AddDays(_random.Next(1, 3)).ToString("yyyy-MM-dd") : null;
    }

    private bool Chance(double p) => _random.NextDouble() < p;
}
