namespace Parley.Store.Queries;

/// <summary>What a network needs of one matched event: when, what kind, about what, and who took part.</summary>
/// <param name="Type">The event type's index in <see cref="EdgeTally.TypeOrder"/>.</param>
/// <param name="Start">The first day, or null.</param>
/// <param name="Last">The last day (end, else start), or null.</param>
internal sealed record MatchedEvent(int Type, string? Start, string? Last)
{
    /// <summary>Indexes of the event's topics in the query's topic labels.</summary>
    public List<int> Topics { get; } = [];

    /// <summary>The nodes that took part; may repeat until <see cref="EdgeTally.Add"/> sorts them out.</summary>
    public List<long> Members { get; } = [];
}
