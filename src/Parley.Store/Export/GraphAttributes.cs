using System.Globalization;

namespace Parley.Store.Export;

/// <summary>
/// The node and edge attributes of exported graphs, one list for GraphML and GEXF so both files carry the
/// same columns. Gephi and Cytoscape read <see cref="Label"/> as the node's caption and
/// <see cref="Weight"/> as the edge's weight.
/// </summary>
internal static class GraphAttributes
{
    /// <summary>The node attribute holding its caption (GEXF has its own <c>label</c> for it).</summary>
    public const string Label = "label";

    /// <summary>The edge attribute holding its weight (GEXF has its own <c>weight</c> for it).</summary>
    public const string Weight = "weight";

    /// <summary>The node attributes, in file order.</summary>
    public static readonly IReadOnlyList<GraphAttribute<GraphNode>> Node =
    [
        new("type", GraphValueType.Text, n => n.Type),
        new(Label, GraphValueType.Text, n => n.Label),
        new("names", GraphValueType.Text, n => Join(n.Names)),
        new("positions", GraphValueType.Text, n => Join(n.Positions)),
        new("place", GraphValueType.Text, n => n.Place),
        new("kind", GraphValueType.Text, n => n.Kind),
        new("events", GraphValueType.Integer, n => n.Events.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>The edge attributes, in file order.</summary>
    public static readonly IReadOnlyList<GraphAttribute<GraphEdge>> Edge =
    [
        new(Weight, GraphValueType.Real, e => e.Weight.ToString(CultureInfo.InvariantCulture)),
        new("first", GraphValueType.Text, e => e.First),
        new("last", GraphValueType.Text, e => e.Last),
        new("types", GraphValueType.Text, e => Join(e.Types)),
        new("topics", GraphValueType.Text, e => Join(e.Topics)),
    ];

    /// <summary>A short description of what the graph shows, for the file's header.</summary>
    public static string Describe(Graph graph) => string.Format(CultureInfo.InvariantCulture,
        "Parley who-met-whom network of {0} over {1} events: weight = events shared",
        graph.Level switch
        {
            Queries.NetworkLevel.Person => "people",
            Queries.NetworkLevel.Organization => "organizations",
            _ => "regions",
        },
        graph.Events);

    // "; " like the CSV export; an empty list leaves the attribute out.
    private static string? Join(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join("; ", values);
}
