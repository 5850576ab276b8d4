using Dapper;
using Microsoft.Data.Sqlite;
using static Parley.Store.Totals.PreparedStatements;

namespace Parley.Store.Totals;

/// <summary>
/// Writes a <see cref="TotalsDelta"/> into the total tables: pairs first (a pair reaching or leaving zero
/// shared events changes its nodes' and scope's edge counts), then nodes (a node gaining or losing its last
/// edge changes its scope's node count), then scopes. Each row is read, changed in memory and written back.
/// Call after the recorded shares are up to date: a pair whose first or last day was taken out is read
/// again from them.
/// </summary>
internal sealed class TotalsWriter(SqliteConnection connection, SqliteTransaction transaction)
{
    private readonly Dictionary<(int, long, long), int> nodeEdges = [];
    private readonly Dictionary<(int, long), (int Nodes, int Edges)> scopeCounts = [];

    public void Apply(TotalsDelta delta)
    {
        WritePairs(delta);
        WriteNodes(delta);
        WriteScopes(delta);
    }

    private void WritePairs(TotalsDelta delta)
    {
        using var read = Prepared(connection, transaction, """
            SELECT weight, first, last, meetings, visits, conferences, signings, topics FROM network_pair_totals
            WHERE level = $level AND scope = $scope AND source = $source AND target = $target
            """, "$level", "$scope", "$source", "$target");
        string[] columns = ["$level", "$scope", "$source", "$target", "$weight", "$first", "$last", "$m", "$v", "$c", "$s", "$topics"];
        using var insert = Prepared(connection, transaction, """
            INSERT INTO network_pair_totals (level, scope, source, target, weight, first, last, meetings, visits, conferences, signings, topics)
            VALUES ($level, $scope, $source, $target, $weight, $first, $last, $m, $v, $c, $s, $topics)
            """, columns);
        // An update rewrites only the indexes whose columns change; a replace would delete and insert every one.
        using var update = Prepared(connection, transaction, """
            UPDATE network_pair_totals SET weight = $weight, first = $first, last = $last,
                meetings = $m, visits = $v, conferences = $c, signings = $s, topics = $topics
            WHERE level = $level AND scope = $scope AND source = $source AND target = $target
            """, columns);
        using var remove = Prepared(connection, transaction,
            "DELETE FROM network_pair_totals WHERE level = $level AND scope = $scope AND source = $source AND target = $target",
            "$level", "$scope", "$source", "$target");

        // In key order: the rows are then visited in the order the table keeps them, page after page.
        foreach (var ((level, scope, source, target), change) in delta.Pairs.OrderBy(p => p.Key))
        {
            var stored = ReadPair(read, level, scope, source, target);
            var weight = stored?.Weight ?? 0;
            var now = weight + change.Weight;
            if (now < 0) throw Inconsistent($"pair {source}-{target} at level {level} in scope {scope} would share {now} events");
            if (now == 0)
            {
                if (weight > 0)
                {
                    Run(remove, level, scope, source, target);
                    EdgeChanged(level, scope, source, target, -1);
                }
                continue;
            }
            if (weight == 0) EdgeChanged(level, scope, source, target, +1);
            var (first, last) = (stored?.First, stored?.Last);
            var types = stored?.Types ?? new int[4];
            for (var i = 0; i < types.Length; i++) types[i] += change.Types[i];
            // A day taken out that was the pair's first (or last) may leave a later (earlier) one in its place: read again.
            var firstGone = change.RemovedFirst is not null && (first is null || string.CompareOrdinal(change.RemovedFirst, first) <= 0);
            var lastGone = change.RemovedLast is not null && (last is null || string.CompareOrdinal(change.RemovedLast, last) >= 0);
            if (firstGone || lastGone) (first, last) = DaysFromShares(level, scope, source, target);
            else (first, last) = (PairDelta.Earlier(first, change.AddedFirst), PairDelta.Later(last, change.AddedLast));
            var topics = PairTopics.Apply(stored?.Topics ?? PairTopics.None, change.Topics);
            Run(stored is null ? insert : update, level, scope, source, target, now, first, last, types[0], types[1], types[2], types[3], topics);
        }
    }

    private sealed record StoredPair(int Weight, string? First, string? Last, int[] Types, string Topics);

    private static StoredPair? ReadPair(SqliteCommand read, int level, long scope, long source, long target)
    {
        read.Parameters[0].Value = level;
        read.Parameters[1].Value = scope;
        read.Parameters[2].Value = source;
        read.Parameters[3].Value = target;
        using var reader = read.ExecuteReader();
        if (!reader.Read()) return null;
        return new StoredPair(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
            [reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6)], reader.GetString(7));
    }

    /// <summary>The first and last day of the events a pair shares in a scope, from the recorded shares.</summary>
    private (string? First, string? Last) DaysFromShares(int level, long scope, long source, long target) =>
        connection.QuerySingle<(string?, string?)>(
            """
            SELECT min(s.start), max(s.last) FROM network_event_members a
            JOIN network_event_members b ON b.event_id = a.event_id AND b.level = a.level AND b.node = @Target
            JOIN network_event_shares s ON s.event_id = a.event_id
            WHERE a.level = @Level AND a.node = @Source
              AND (@Scope = 0 OR s.place_entity_id IN (SELECT place_entity_id FROM place_ancestors WHERE ancestor_id = @Scope))
            """, new { Level = level, Scope = scope, Source = source, Target = target }, transaction);

    private void EdgeChanged(int level, long scope, long source, long target, int sign)
    {
        nodeEdges[(level, scope, source)] = nodeEdges.GetValueOrDefault((level, scope, source)) + sign;
        nodeEdges[(level, scope, target)] = nodeEdges.GetValueOrDefault((level, scope, target)) + sign;
        var counts = scopeCounts.GetValueOrDefault((level, scope));
        scopeCounts[(level, scope)] = counts with { Edges = counts.Edges + sign };
    }

    private void WriteNodes(TotalsDelta delta)
    {
        using var read = Prepared(connection, transaction,
            "SELECT events, edges FROM network_node_totals WHERE level = $level AND scope = $scope AND node = $node", "$level", "$scope", "$node");
        using var write = Prepared(connection, transaction,
            "INSERT OR REPLACE INTO network_node_totals (level, scope, node, events, edges) VALUES ($level, $scope, $node, $events, $edges)",
            "$level", "$scope", "$node", "$events", "$edges");
        using var remove = Prepared(connection, transaction,
            "DELETE FROM network_node_totals WHERE level = $level AND scope = $scope AND node = $node", "$level", "$scope", "$node");

        foreach (var key in delta.Nodes.Keys.Union(nodeEdges.Keys).Order())
        {
            var (level, scope, node) = key;
            read.Parameters[0].Value = level;
            read.Parameters[1].Value = scope;
            read.Parameters[2].Value = node;
            var (events, edges) = (0, 0);
            using (var reader = read.ExecuteReader())
                if (reader.Read()) (events, edges) = (reader.GetInt32(0), reader.GetInt32(1));
            var (nowEvents, nowEdges) = (events + delta.Nodes.GetValueOrDefault(key), edges + nodeEdges.GetValueOrDefault(key));
            if (nowEvents < 0 || nowEdges < 0 || (nowEvents == 0 && nowEdges > 0))
                throw Inconsistent($"node {node} at level {level} in scope {scope} would have {nowEvents} events and {nowEdges} edges");
            if (nowEvents == 0) Run(remove, level, scope, node);
            else Run(write, level, scope, node, nowEvents, nowEdges);
            if ((edges > 0) != (nowEdges > 0))
            {
                var counts = scopeCounts.GetValueOrDefault((level, scope));
                scopeCounts[(level, scope)] = counts with { Nodes = counts.Nodes + (nowEdges > 0 ? 1 : -1) };
            }
        }
    }

    private void WriteScopes(TotalsDelta delta)
    {
        foreach (var key in delta.Scopes.Keys.Union(scopeCounts.Keys))
        {
            var (level, scope) = key;
            var arguments = new { Level = level, Scope = scope };
            var (events, nodes, edges) = connection.QuerySingleOrDefault<(int, int, int)>(
                "SELECT events, nodes, edges FROM network_scope_totals WHERE level = @Level AND scope = @Scope", arguments, transaction);
            var counts = scopeCounts.GetValueOrDefault(key);
            var now = new { Level = level, Scope = scope, Events = events + delta.Scopes.GetValueOrDefault(key), Nodes = nodes + counts.Nodes, Edges = edges + counts.Edges };
            if (now.Events < 0 || now.Nodes < 0 || now.Edges < 0 || (now.Events == 0 && (now.Nodes != 0 || now.Edges != 0)))
                throw Inconsistent($"scope {scope} at level {level} would have {now.Events} events, {now.Nodes} nodes and {now.Edges} edges");
            connection.Execute(now.Events == 0
                    ? "DELETE FROM network_scope_totals WHERE level = @Level AND scope = @Scope"
                    : "INSERT OR REPLACE INTO network_scope_totals (level, scope, events, nodes, edges) VALUES (@Level, @Scope, @Events, @Nodes, @Edges)",
                now, transaction);
        }
    }

    /// <summary>The error for totals that disagree with the recorded shares they add up; <paramref name="what"/> says where.</summary>
    internal static InvalidOperationException Inconsistent(string what) =>
        new($"The network totals do not match the recorded event shares: {what}. 'parley totals --rebuild' recomputes them.");
}
