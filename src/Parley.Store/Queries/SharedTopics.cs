namespace Parley.Store.Queries;

/// <summary>How many of the events each chosen pair shared carry each topic.</summary>
internal static class SharedTopics
{
    /// <summary>
    /// The events that hold at least one of <paramref name="pairs"/> (all that hold any pair when
    /// <paramref name="pairs"/> is null): only their topics need reading.
    /// </summary>
    public static List<long> EventsOf(Dictionary<long, MatchedEvent> events, HashSet<(long, long)>? pairs) =>
        events.Where(e => e.Value.Members.Count > 1 && (pairs is null || e.Value.Pairs().Any(pairs.Contains))).Select(e => e.Key).ToList();

    /// <summary>Per pair, its topics with their counts, most shared first, then by label.</summary>
    public static Dictionary<(long, long), IReadOnlyList<TopicCount>> Count(
        IEnumerable<MatchedEvent> events, HashSet<(long, long)>? pairs, IReadOnlyList<string> labels)
    {
        var counts = new Dictionary<(long, long), int[]>();
        foreach (var matched in events)
        {
            if (matched.Topics.Count == 0) continue;
            foreach (var pair in matched.Pairs())
            {
                if (pairs is not null && !pairs.Contains(pair)) continue;
                if (!counts.TryGetValue(pair, out var perTopic)) counts[pair] = perTopic = new int[labels.Count];
                foreach (var topic in matched.Topics) perTopic[topic]++;
            }
        }
        return counts.ToDictionary(
            c => c.Key,
            c => (IReadOnlyList<TopicCount>)TopicCount.Listed(c.Value.Select((n, i) => new TopicCount(labels[i], n))));
    }
}
