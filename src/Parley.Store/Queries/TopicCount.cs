namespace Parley.Store.Queries;

/// <summary>How many of an edge's shared events carry one topic.</summary>
/// <param name="Topic">The topic label.</param>
/// <param name="Events">Shared events with that topic.</param>
public sealed record TopicCount(string Topic, int Events);
