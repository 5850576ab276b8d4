using Dapper;
using Microsoft.Data.Sqlite;
using Parley.Model;

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
        var connection = store.Connection;
        var resolved = FilterResolver.Resolve(connection, filter);
        if (resolved.MatchesNothing) return new Network(level, resolved, 0, 0, 0, [], []);

        using var transaction = connection.BeginTransaction(deferred: true);
        var plan = EventPlan.For(connection, transaction, resolved);
        // The matched ids are kept in a temporary table so the filter runs once for the several reads below.
        connection.Execute($"CREATE TABLE {EventMembers.MatchedEvents} (id INTEGER PRIMARY KEY)", transaction: transaction);
        connection.Execute($"INSERT INTO {EventMembers.MatchedEvents} SELECT e.id FROM {plan.All}", plan.Parameters, transaction);

        var topicLabels = new List<string>();
        var events = ReadEvents(connection, transaction, topicLabels);
        foreach (var (eventId, node) in EventMembers.Read(connection, transaction, level)) events[eventId].Members.Add(node);
        var tally = new EdgeTally(topicLabels);
        foreach (var matched in events.Values) tally.Add(matched);

        var edges = tally.Edges(edgeLimit);
        var nodeIds = edges.SelectMany(e => new[] { e.Source, e.Target }).Distinct().Order().ToList();
        var names = Names(connection, transaction, level, nodeIds);
        var nodes = nodeIds.Select(id => new NetworkNode(id, names.GetValueOrDefault(id, "?"), tally.EventsOf(id))).ToList();
        // Rolling back drops the temporary table too; nothing else was written.
        transaction.Rollback();
        return new Network(level, resolved, events.Count, tally.NodeCount(), tally.EdgeCount, nodes, edges);
    }

    /// <summary>Dates, type and topics of every matched event; topic labels are collected into <paramref name="topicLabels"/>.</summary>
    private static Dictionary<long, MatchedEvent> ReadEvents(SqliteConnection connection, SqliteTransaction transaction, List<string> topicLabels)
    {
        var typeIndex = EdgeTally.TypeOrder.Select((type, i) => (type, i)).ToDictionary(p => p.type, p => p.i);
        var events = connection.Query<(long Id, string Type, string? Start, string? Last)>(
                $"""
                SELECT e.id, e.type, e.start, coalesce(e."end", e.start) FROM {EventMembers.MatchedEvents} m
                CROSS JOIN events e ON e.id = m.id
                """, transaction: transaction)
            .ToDictionary(e => e.Id, e => new MatchedEvent(typeIndex[e.Type], e.Start, e.Last));

        var topicIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var topic in Topics.All) topicIndex[topic] = topicIndex.Count;
        topicLabels.AddRange(Topics.All);
        var topics = connection.Query<(long EventId, string Topic)>(
            $"SELECT t.event_id, t.topic FROM {EventMembers.MatchedEvents} m CROSS JOIN event_topics t ON t.event_id = m.id",
            transaction: transaction, buffered: false);
        foreach (var (eventId, topic) in topics)
        {
            if (!topicIndex.TryGetValue(topic, out var index))
            {
                // A label outside the spec's list (an older or edited record) still counts, under its own name.
                index = topicIndex[topic] = topicLabels.Count;
                topicLabels.Add(topic);
            }
            events[eventId].Topics.Add(index);
        }
        return events;
    }

    private static Dictionary<long, string> Names(SqliteConnection connection, SqliteTransaction transaction, NetworkLevel level, IEnumerable<long> ids)
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
