using Parley.Store.Queries;

namespace Parley.Store.Export;

/// <summary>A who-met-whom network ready to be written as GraphML or GEXF.</summary>
/// <param name="Level">What the nodes are.</param>
/// <param name="Events">How many events it was built from.</param>
/// <param name="Nodes">The nodes, every one on at least one edge.</param>
/// <param name="Edges">The edges, heaviest first.</param>
public sealed record Graph(NetworkLevel Level, int Events, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);
