namespace Parley.Store.Queries;

/// <summary>Two nodes that took part in the same events; undirected, the smaller id first.</summary>
/// <param name="Source">The node with the smaller id.</param>
/// <param name="Target">The node with the larger id.</param>
/// <param name="Weight">How many events they shared.</param>
/// <param name="First">The earliest start of those events, or null when none is dated.</param>
/// <param name="Last">The latest day of those events (end, else start), or null when none is dated.</param>
/// <param name="Types">The event types among them, in the spec's order.</param>
/// <param name="Topics">The topics among them, most shared first, with how many events carry each.</param>
public sealed record NetworkEdge(
    long Source,
    long Target,
    int Weight,
    string? First,
    string? Last,
    IReadOnlyList<string> Types,
    IReadOnlyList<TopicCount> Topics);
