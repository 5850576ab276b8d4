namespace Parley.Store.Queries;

/// <summary>How many of an edge's shared events carry one topic.</summary>
/// <param name="Topic">The topic label.</param>
/// <param name="Events">Shared events with that topic.</param>
public sealed record TopicCount(string Topic, int Events)
{
    /// <summary>The counts as an edge lists them: most shared first, then by label; zero counts left out.</summary>
    public static TopicCount[] Listed(IEnumerable<TopicCount> counts) =>
        counts.Where(t => t.Events > 0).OrderByDescending(t => t.Events).ThenBy(t => t.Topic, StringComparer.Ordinal).ToArray();
}
