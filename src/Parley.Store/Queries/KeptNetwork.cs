namespace Parley.Store.Queries;

/// <summary>
/// What <see cref="QueryResultCache"/> keeps of a <see cref="Network"/>: everything but the level and the
/// resolved filter, which the caller has at hand (and which would not survive a JSON round trip).
/// </summary>
internal sealed record KeptNetwork(int Events, int NodeCount, int EdgeCount, IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges)
{
    public static KeptNetwork Of(Network network) =>
        new(network.Events, network.NodeCount, network.EdgeCount, network.Nodes, network.Edges);

    public Network With(NetworkLevel level, ResolvedFilter resolved) => new(level, resolved, Events, NodeCount, EdgeCount, Nodes, Edges);
}
