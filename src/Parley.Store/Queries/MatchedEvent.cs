namespace Parley.Store.Queries;

/// <summary>What a network needs of one matched event: when, what kind, about what, and who took part.</summary>
/// <param name="Type">The event type's index in <see cref="EdgeTally.TypeOrder"/>.</param>
/// <param name="Start">The first day, or null.</param>
/// <param name="Last">The last day (end, else start), or null.</param>
internal sealed record MatchedEvent(int Type, string? Start, string? Last)
{
    /// <summary>Indexes of the event's topics in the query's topic labels (read only for the events of the edges shown).</summary>
    public List<int> Topics { get; } = [];

    /// <summary>The nodes that took part, as read: a node may come twice (two names of one organization).</summary>
    public List<long> Members { get; } = [];

    /// <summary>Sorts <see cref="Members"/> and drops repeats, in place; returns it.</summary>
    public List<long> DistinctMembers() => SortedIds.SortDistinct(Members);

    /// <summary>The pairs of members (smaller id first); call after <see cref="DistinctMembers"/>.</summary>
    public IEnumerable<(long, long)> Pairs()
    {
        for (var i = 0; i < Members.Count; i++)
            for (var j = i + 1; j < Members.Count; j++)
                yield return (Members[i], Members[j]);
    }
}
