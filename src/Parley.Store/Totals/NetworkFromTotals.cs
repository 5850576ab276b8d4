using Dapper;
using Microsoft.Data.Sqlite;
using Parley.Store.Queries;

namespace Parley.Store.Totals;

/// <summary>
/// Answers a network question from the totals when they hold its answer: organizations in the whole store
/// or in one place, people in the whole store. Then the edges come off the ranking index and only the
/// nodes and names of the edges returned are read, whatever the number of events behind them.
/// </summary>
internal static class NetworkFromTotals
{
    /// <summary>The scope of the totals that answer <paramref name="resolved"/> at <paramref name="level"/>, or null when none does.</summary>
    public static long? ScopeFor(SqliteConnection connection, SqliteTransaction transaction, ResolvedFilter resolved, NetworkLevel level)
    {
        var column = (int)level;
        if (column != TotalsLevels.People && column != TotalsLevels.Organizations) return null;
        if (resolved.Filter == EventFilter.All) return TotalsLevels.WholeStore;
        // A place and nothing else.
        if (!TotalsLevels.KeptPerPlace(column) || resolved.Filter with { Place = null } != EventFilter.All || resolved.Places is not { Count: > 0 } places)
            return null;
        if (places is [var place]) return place.Id;
        // A name of several places ("Chongqing", the municipality and its city) matches the events inside any
        // of them: when one holds all the others, those are its events, and its totals answer.
        return connection.QuerySingleOrDefault<long?>(
            """
            SELECT ancestor_id FROM place_ancestors
            WHERE place_entity_id IN (SELECT value FROM json_each(@Ids)) AND ancestor_id IN (SELECT value FROM json_each(@Ids))
            GROUP BY ancestor_id HAVING count(*) = @Count
            """, new { Ids = JsonIds.Of(places.Select(p => p.Id)), places.Count }, transaction);
    }

    /// <summary>The network from the totals, or null when they cannot answer it now (some event's share is pending).</summary>
    public static Network? TryRead(SqliteConnection connection, ResolvedFilter resolved, NetworkLevel level, int edgeLimit)
    {
        using var transaction = connection.BeginTransaction(deferred: true);
        if (ScopeFor(connection, transaction, resolved, level) is not { } scope || !NetworkTotals.AreCurrent(connection, transaction)) return null;
        var arguments = new { Level = (int)level, Scope = scope, Limit = edgeLimit == 0 ? -1 : edgeLimit };
        var (events, nodeCount, edgeCount) = connection.QuerySingleOrDefault<(int, int, int)>(
            "SELECT events, nodes, edges FROM network_scope_totals WHERE level = @Level AND scope = @Scope", arguments, transaction);
        var pairs = connection.Query<PairRow>(
            """
            SELECT source AS Source, target AS Target, weight AS Weight, first AS First, last AS Last,
                   meetings AS Meetings, visits AS Visits, conferences AS Conferences, signings AS Signings, topics AS Topics
            FROM network_pair_totals WHERE level = @Level AND scope = @Scope
            ORDER BY weight DESC, last DESC, source, target LIMIT @Limit
            """, arguments, transaction).AsList();
        var edges = pairs.Select(p => new NetworkEdge(p.Source, p.Target, p.Weight, p.First, p.Last, p.Types(), PairTopics.Listed(p.Topics))).ToList();

        var nodeIds = pairs.SelectMany(p => new[] { p.Source, p.Target }).Distinct().Order().ToList();
        var nodeEvents = connection.Query<(long Node, int Events)>(
                "SELECT node, events FROM network_node_totals WHERE level = @Level AND scope = @Scope AND node IN (SELECT value FROM json_each(@Ids))",
                new { arguments.Level, arguments.Scope, Ids = JsonIds.Of(nodeIds) }, transaction)
            .ToDictionary(n => n.Node, n => n.Events);
        var names = NetworkQuery.Names(connection, transaction, level, nodeIds);
        var nodes = nodeIds.Select(id => new NetworkNode(id, names.GetValueOrDefault(id, "?"), nodeEvents.GetValueOrDefault(id))).ToList();
        return new Network(level, resolved, events, nodeCount, edgeCount, nodes, edges);
    }

    private sealed record PairRow
    {
        public long Source { get; init; }
        public long Target { get; init; }
        public int Weight { get; init; }
        public string? First { get; init; }
        public string? Last { get; init; }
        public int Meetings { get; init; }
        public int Visits { get; init; }
        public int Conferences { get; init; }
        public int Signings { get; init; }
        public string Topics { get; init; } = PairTopics.None;

        /// <summary>The types among the shared events, in the spec's order (that of <see cref="EdgeTally.TypeOrder"/>).</summary>
        public string[] Types() =>
            EdgeTally.TypeOrder.Where((_, i) => new[] { Meetings, Visits, Conferences, Signings }[i] > 0).ToArray();
    }
}
