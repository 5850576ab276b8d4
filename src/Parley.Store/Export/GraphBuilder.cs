using Dapper;
using Microsoft.Data.Sqlite;
using Parley.Store.Queries;

namespace Parley.Store.Export;

/// <summary>
/// Builds the graph of the events a filter matches: the network of <see cref="NetworkQuery"/>, with each
/// node's names, positions and place looked up for the analyst.
/// </summary>
public static class GraphBuilder
{
    /// <summary>The graph of <paramref name="level"/> nodes over the events <paramref name="filter"/> matches.</summary>
    public static Graph Build(SqliteKnowledgeStore store, EventFilter filter, NetworkLevel level)
    {
        var network = new NetworkQuery(store).Run(filter, level);
        var details = new NodeDetails(store.Connection, JsonIds.Of(network.Nodes.Select(n => n.Id)));
        var (prefix, type) = level switch
        {
            NetworkLevel.Person => ("person", "person"),
            NetworkLevel.Organization => ("org", "organization"),
            _ => ("place", "place"),
        };
        switch (level)
        {
            case NetworkLevel.Person:
                details.AddNames("""
                    SELECT DISTINCT r.entity_id, ap.name FROM person_resolutions r
                    JOIN article_people ap ON ap.id = r.article_person_id
                    WHERE r.entity_id IN (SELECT value FROM json_each(@Ids)) ORDER BY 2
                    """);
                details.AddPositions("""
                    SELECT DISTINCT r.entity_id, p.title || coalesce(', ' || p.org, '') FROM person_resolutions r
                    JOIN positions p ON p.article_person_id = r.article_person_id
                    WHERE r.entity_id IN (SELECT value FROM json_each(@Ids)) ORDER BY 2
                    """);
                break;
            case NetworkLevel.Organization:
                details.AddNames("""
                    SELECT DISTINCT r.entity_id, o.name FROM organization_resolutions r
                    JOIN organizations o ON o.id = r.organization_id
                    WHERE r.entity_id IN (SELECT value FROM json_each(@Ids)) ORDER BY 2
                    """);
                details.AddPlaces("""
                    SELECT oe.id, pl.name, NULL FROM organization_entities oe
                    JOIN place_entities pl ON pl.id = oe.place_entity_id
                    WHERE oe.id IN (SELECT value FROM json_each(@Ids))
                    """);
                break;
            default:
                details.AddNames("SELECT id, name FROM place_entities WHERE id IN (SELECT value FROM json_each(@Ids))");
                // A place's own place is the one enclosing it: a province's country.
                details.AddPlaces("""
                    SELECT p.id, parent.name, p.kind FROM place_entities p
                    LEFT JOIN place_entities parent ON parent.id = p.parent_id
                    WHERE p.id IN (SELECT value FROM json_each(@Ids))
                    """);
                break;
        }

        string NodeId(long id) => $"{prefix}-{id}";
        var nodes = network.Nodes.Select(n => details.Apply(n.Id, new GraphNode(NodeId(n.Id), type, n.Name, n.Events))).ToList();
        var edges = network.Edges
            .Select((e, i) => new GraphEdge($"e{i}", NodeId(e.Source), NodeId(e.Target), e.Weight, e.First, e.Last, e.Types,
                e.Topics.Select(t => t.Topic).ToArray()))
            .ToList();
        return new Graph(level, network.Events, nodes, edges);
    }

    /// <summary>The attributes of the nodes with the given ids, read by one query each (ids passed as a JSON array).</summary>
    private sealed class NodeDetails(SqliteConnection connection, string ids)
    {
        private readonly Dictionary<long, List<string>> names = [];
        private readonly Dictionary<long, List<string>> positions = [];
        private readonly Dictionary<long, (string? Place, string? Kind)> places = [];

        /// <summary>Reads (id, name) rows.</summary>
        public void AddNames(string sql) => Collect(sql, names);

        /// <summary>Reads (id, position) rows.</summary>
        public void AddPositions(string sql) => Collect(sql, positions);

        /// <summary>Reads (id, place, kind) rows.</summary>
        public void AddPlaces(string sql)
        {
            foreach (var (id, place, kind) in connection.Query<(long, string?, string?)>(sql, new { Ids = ids })) places[id] = (place, kind);
        }

        /// <summary>The node with the attributes read for entity <paramref name="id"/>.</summary>
        public GraphNode Apply(long id, GraphNode node) => node with
        {
            Names = names.GetValueOrDefault(id) ?? [],
            Positions = positions.GetValueOrDefault(id) ?? [],
            Place = places.GetValueOrDefault(id).Place,
            Kind = places.GetValueOrDefault(id).Kind,
        };

        private void Collect(string sql, Dictionary<long, List<string>> into)
        {
            foreach (var (id, text) in connection.Query<(long, string)>(sql, new { Ids = ids }))
            {
                if (!into.TryGetValue(id, out var list)) into[id] = list = [];
                list.Add(text);
            }
        }
    }
}
