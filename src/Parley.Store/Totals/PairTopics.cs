using System.Text.Json;
using Parley.Store.Queries;

namespace Parley.Store.Totals;

/// <summary>
/// The <c>topics</c> column of <c>network_pair_totals</c>: how many of a pair's shared events carry each
/// topic, as a JSON object with the labels in ordinal order and no zero counts ({"investment": 1, "trade": 3}).
/// </summary>
internal static class PairTopics
{
    public const string None = "{}";

    /// <summary>The counts of <paramref name="json"/> changed by <paramref name="change"/>, as JSON again.</summary>
    public static string Apply(string json, IReadOnlyDictionary<string, int> change)
    {
        if (change.Count == 0) return json;
        var counts = new SortedDictionary<string, int>(Read(json), StringComparer.Ordinal);
        foreach (var (topic, events) in change)
        {
            var now = counts.GetValueOrDefault(topic) + events;
            if (now < 0) throw TotalsWriter.Inconsistent($"topic '{topic}' would count {now} events");
            if (now == 0) counts.Remove(topic);
            else counts[topic] = now;
        }
        return JsonSerializer.Serialize(counts);
    }

    /// <summary>The counts as a network edge lists them (<see cref="TopicCount.Listed"/>).</summary>
    public static IReadOnlyList<TopicCount> Listed(string json) => TopicCount.Listed(Read(json).Select(t => new TopicCount(t.Key, t.Value)));

    private static Dictionary<string, int> Read(string json) =>
        json == None ? [] : JsonSerializer.Deserialize<Dictionary<string, int>>(json) ?? [];
}
