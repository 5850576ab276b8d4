namespace Parley.Store.Export;

/// <summary>An undirected edge of an exported graph: two nodes that took part in the same events.</summary>
/// <param name="Id">The edge id in the file (<c>e0</c>, <c>e1</c>, ...).</param>
/// <param name="Source">The node id of one end.</param>
/// <param name="Target">The node id of the other end.</param>
/// <param name="Weight">How many events they shared.</param>
/// <param name="First">The earliest start among them, or null.</param>
/// <param name="Last">The latest day among them, or null.</param>
/// <param name="Types">The event types among them.</param>
/// <param name="Topics">The topics among them, most shared first.</param>
public sealed record GraphEdge(
    string Id,
    string Source,
    string Target,
    int Weight,
    string? First,
    string? Last,
    IReadOnlyList<string> Types,
    IReadOnlyList<string> Topics);
