namespace Parley.Store.Export;

/// <summary>A node of an exported graph, with the attributes analysts' tools show and filter on.</summary>
/// <param name="Id">The node id in the file: the entity kind and id, e.g. <c>person-12</c>, stable across exports.</param>
/// <param name="Type">person, organization or place.</param>
/// <param name="Label">The entity's display name.</param>
/// <param name="Events">How many of the graph's events it took part in.</param>
public sealed record GraphNode(string Id, string Type, string Label, int Events)
{
    /// <summary>Every name or spelling the stored articles use for it.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>A person's titles, each with its organization when known ("Chairman, Harbor Trade Council").</summary>
    public IReadOnlyList<string> Positions { get; init; } = [];

    /// <summary>The place an organization is named after or based in, or null.</summary>
    public string? Place { get; init; }

    /// <summary>A place node's level (province, country, ...), or null for other nodes.</summary>
    public string? Kind { get; init; }
}
