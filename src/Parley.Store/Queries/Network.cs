namespace Parley.Store.Queries;

/// <summary>The who-met-whom network of the events a filter matches.</summary>
/// <param name="Level">What the nodes are.</param>
/// <param name="Filter">The filter with the entities its names stood for.</param>
/// <param name="Events">How many events matched.</param>
/// <param name="NodeCount">How many nodes are on at least one edge.</param>
/// <param name="EdgeCount">How many edges there are.</param>
/// <param name="Nodes">The nodes on the returned edges, by id.</param>
/// <param name="Edges">The edges asked for (all, or the heaviest few), heaviest first, then most recent.</param>
public sealed record Network(
    NetworkLevel Level,
    ResolvedFilter Filter,
    int Events,
    int NodeCount,
    int EdgeCount,
    IReadOnlyList<NetworkNode> Nodes,
    IReadOnlyList<NetworkEdge> Edges);
