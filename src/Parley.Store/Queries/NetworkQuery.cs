using Dapper;
using Microsoft.Data.Sqlite;
using Parley.Model;
using Parley.Store.Totals;

namespace Parley.Store.Queries;

/// <summary>Builds the who-met-whom network of the events an <see cref="EventFilter"/> matches (<c>parley network</c>, graph exports).</summary>
public sealed class NetworkQuery(SqliteKnowledgeStore store)
{
    /// <summary>
    /// The network of <paramref name="level"/> nodes over the events <paramref name="filter"/> matches, with its
    /// <paramref name="edgeLimit"/> heaviest edges (all when 0) and the nodes on them.
    /// </summary>
    public Network Run(EventFilter filter, NetworkLevel level, int edgeLimit = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(edgeLimit);
        var resolved = FilterResolver.Resolve(store.Connection, filter);
        if (resolved.MatchesNothing) return new Network(level, resolved, 0, 0, 0, [], []);
        // Organizations in a place or the whole store, people in the whole store: kept as totals at every write.
        if (store.KeepsNetworkTotals && NetworkFromTotals.TryRead(store.Connection, resolved, level, edgeLimit) is { } totalled) return totalled;
        // A whole network (no edge limit) is what exports write once; only shown tables are asked again.
        if (edgeLimit == 0) return Compute(resolved, level, edgeLimit);
        // The names are resolved again inside: what is kept must come from the data of the generation it is kept under.
        var kept = QueryResultCache.GetOrCompute(store.Connection, "network", NetworkQueryKey.Of(filter, level, edgeLimit), () =>
        {
            var current = FilterResolver.Resolve(store.Connection, filter);
            return KeptNetwork.Of(current.MatchesNothing ? new Network(level, current, 0, 0, 0, [], []) : Compute(current, level, edgeLimit));
        });
        return kept.With(level, resolved);
    }

    /// <summary>The network computed from the events themselves, never from kept answers (tests compare the two).</summary>
    internal Network Compute(ResolvedFilter resolved, NetworkLevel level, int edgeLimit)
    {
        var connection = store.Connection;

        using var transaction = connection.BeginTransaction(deferred: true);
        var plan = EventPlan.For(connection, transaction, resolved);
        // The matched events are kept in a temporary table, with what the edges need of them, so the filter
        // runs once for the several reads below.
        connection.Execute($"CREATE TABLE {EventMembers.MatchedEvents} (id INTEGER PRIMARY KEY, type TEXT NOT NULL, start TEXT, last TEXT)", transaction: transaction);
        connection.Execute(
            $"""INSERT INTO {EventMembers.MatchedEvents} SELECT e.id, e.type, e.start, coalesce(e."end", e.start) FROM {plan.All}""",
            plan.Parameters, transaction);
        var events = ReadEvents(connection, transaction);
        foreach (var (eventId, node) in EventMembers.Read(connection, transaction, level)) events[eventId].Members.Add(node);
        var tally = new EdgeTally();
        foreach (var matched in events.Values) tally.Add(matched);

        var chosen = tally.Heaviest(edgeLimit);
        // Topics are read only for the events behind the edges returned: a table of fifty edges needs a few hundred.
        var pairs = edgeLimit == 0 ? null : chosen.ToHashSet();
        var labels = new List<string>(Topics.All);
        var withTopics = ReadTopics(connection, transaction, events, SharedTopics.EventsOf(events, pairs), labels, all: pairs is null);
        var topics = SharedTopics.Count(withTopics, pairs, labels);
        var edges = chosen.Select(pair => tally.Edge(pair, topics.GetValueOrDefault(pair, []))).ToList();

        var nodeIds = chosen.SelectMany(p => new[] { p.Source, p.Target }).Distinct().Order().ToList();
        var names = Names(connection, transaction, level, nodeIds);
        var nodes = nodeIds.Select(id => new NetworkNode(id, names.GetValueOrDefault(id, "?"), tally.EventsOf(id))).ToList();
        // Rolling back drops the temporary table too; nothing else was written.
        transaction.Rollback();
        return new Network(level, resolved, events.Count, tally.NodeCount, tally.EdgeCount, nodes, edges);
    }

    /// <summary>Dates and type of every matched event.</summary>
    private static Dictionary<long, MatchedEvent> ReadEvents(SqliteConnection connection, SqliteTransaction transaction)
    {
        var events = new Dictionary<long, MatchedEvent>();
        using var reader = connection.ExecuteReader($"SELECT id, type, start, last FROM {EventMembers.MatchedEvents}", transaction: transaction);
        while (reader.Read())
            events[reader.GetInt64(0)] = new MatchedEvent(EdgeTally.TypeIndex(reader.GetString(1)),
                reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));
        return events;
    }

    /// <summary>
    /// Reads the topics of the events <paramref name="ids"/> (of all matched events when <paramref name="all"/>);
    /// returns those events. Labels outside the spec's list (an older or edited record) are added to <paramref name="labels"/>.
    /// </summary>
    private static List<MatchedEvent> ReadTopics(SqliteConnection connection, SqliteTransaction transaction,
        Dictionary<long, MatchedEvent> events, List<long> ids, List<string> labels, bool all)
    {
        var index = labels.Select((label, i) => (label, i)).ToDictionary(p => p.label, p => p.i, StringComparer.Ordinal);
        var rows = all
            ? connection.Query<(long EventId, string Topic)>(
                $"SELECT t.event_id, t.topic FROM {EventMembers.MatchedEvents} m CROSS JOIN event_topics t ON t.event_id = m.id",
                transaction: transaction, buffered: false)
            : connection.Query<(long EventId, string Topic)>(
                "SELECT event_id, topic FROM event_topics WHERE event_id IN (SELECT value FROM json_each(@Ids))",
                new { Ids = JsonIds.Of(ids) }, transaction, buffered: false);
        foreach (var (eventId, topic) in rows)
        {
            if (!index.TryGetValue(topic, out var i))
            {
                i = index[topic] = labels.Count;
                labels.Add(topic);
            }
            events[eventId].Topics.Add(i);
        }
        return ids.Select(id => events[id]).ToList();
    }

    /// <summary>The names of the nodes <paramref name="ids"/> of <paramref name="level"/>.</summary>
    internal static Dictionary<long, string> Names(SqliteConnection connection, SqliteTransaction transaction, NetworkLevel level, IEnumerable<long> ids)
    {
        var table = level switch
        {
            NetworkLevel.Person => "person_entities",
            NetworkLevel.Organization => "organization_entities",
            _ => "place_entities",
        };
        return connection.Query<(long Id, string Name)>(
                $"SELECT id, name FROM {table} WHERE id IN (SELECT value FROM json_each(@Ids))",
                new { Ids = JsonIds.Of(ids) }, transaction)
            .ToDictionary(r => r.Id, r => r.Name);
    }
}
