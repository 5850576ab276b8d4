using Dapper;
using Microsoft.Data.Sqlite;
using Parley.Store.Queries;
using static Parley.Store.Totals.PreparedStatements;

namespace Parley.Store.Totals;

/// <summary>
/// Reads events' shares of the totals: as the stored data says now (<see cref="Current"/>), and as they were
/// last added (<see cref="Recorded"/>, from the <c>network_event_*</c> tables). Every statement starts from the
/// list of ids with a CROSS JOIN, so SQLite looks each id up rather than scanning a big table.
/// </summary>
internal static class EventShareReader
{
    /// <summary>The shares of those of <paramref name="ids"/> that are counted now: stored, and not in a near-duplicate article.</summary>
    public static Dictionary<long, EventShare> Current(SqliteConnection connection, SqliteTransaction transaction, string ids)
    {
        var shares = Read(connection, transaction, ids, $"""
            SELECT e.id, e.type, e.start, coalesce(e."end", e.start), p.place_entity_id
            FROM json_each(@Ids) j CROSS JOIN events e ON e.id = j.value
            LEFT JOIN event_places p ON p.event_id = e.id
            WHERE {NearDuplicateExclusion.Condition}
            """);
        AddMembers(connection, transaction, ids, shares, s => s.People, """
            SELECT DISTINCT ep.event_id, r.entity_id FROM json_each(@Ids) j CROSS JOIN event_participants ep ON ep.event_id = j.value
            JOIN person_resolutions r ON r.article_person_id = ep.article_person_id
            """);
        AddMembers(connection, transaction, ids, shares, s => s.Organizations, """
            SELECT DISTINCT l.event_id, r.entity_id FROM json_each(@Ids) j CROSS JOIN event_organization_links l ON l.event_id = j.value
            JOIN organization_resolutions r ON r.organization_id = l.organization_id
            """);
        AddTopics(connection, transaction, ids, shares,
            "SELECT t.event_id, t.topic FROM json_each(@Ids) j CROSS JOIN event_topics t ON t.event_id = j.value");
        return Sorted(shares);
    }

    /// <summary>The shares last added for <paramref name="ids"/>; an event never counted has none.</summary>
    public static Dictionary<long, EventShare> Recorded(SqliteConnection connection, SqliteTransaction transaction, string ids)
    {
        var shares = Read(connection, transaction, ids, """
            SELECT s.event_id, s.type, s.start, s.last, s.place_entity_id
            FROM json_each(@Ids) j CROSS JOIN network_event_shares s ON s.event_id = j.value
            """);
        AddMembers(connection, transaction, ids, shares, s => s.People,
            $"SELECT m.event_id, m.node FROM json_each(@Ids) j CROSS JOIN network_event_members m ON m.event_id = j.value AND m.level = {TotalsLevels.People}");
        AddMembers(connection, transaction, ids, shares, s => s.Organizations,
            $"SELECT m.event_id, m.node FROM json_each(@Ids) j CROSS JOIN network_event_members m ON m.event_id = j.value AND m.level = {TotalsLevels.Organizations}");
        AddTopics(connection, transaction, ids, shares,
            "SELECT t.event_id, t.topic FROM json_each(@Ids) j CROSS JOIN network_event_topics t ON t.event_id = j.value");
        return Sorted(shares);
    }

    /// <summary>Replaces the recorded shares of <paramref name="ids"/> with <paramref name="shares"/>.</summary>
    public static void Record(SqliteConnection connection, SqliteTransaction transaction, string ids, IEnumerable<EventShare> shares)
    {
        connection.Execute(
            """
            DELETE FROM network_event_shares WHERE event_id IN (SELECT value FROM json_each(@Ids));
            DELETE FROM network_event_members WHERE event_id IN (SELECT value FROM json_each(@Ids));
            DELETE FROM network_event_topics WHERE event_id IN (SELECT value FROM json_each(@Ids));
            """, new { Ids = ids }, transaction);
        using var share = Prepared(connection, transaction,
            "INSERT INTO network_event_shares (event_id, type, start, last, place_entity_id) VALUES ($id, $type, $start, $last, $place)",
            "$id", "$type", "$start", "$last", "$place");
        using var member = Prepared(connection, transaction,
            "INSERT INTO network_event_members (event_id, level, node, start) VALUES ($id, $level, $node, $start)", "$id", "$level", "$node", "$start");
        using var topic = Prepared(connection, transaction,
            "INSERT INTO network_event_topics (event_id, topic) VALUES ($id, $topic)", "$id", "$topic");
        foreach (var s in shares)
        {
            Run(share, s.EventId, s.Type, s.Start, s.Last, s.Place);
            foreach (var level in TotalsLevels.All)
                foreach (var node in s.Members(level)) Run(member, s.EventId, level, node, s.Start);
            foreach (var label in s.Topics) Run(topic, s.EventId, label);
        }
    }

    private static Dictionary<long, EventShare> Read(SqliteConnection connection, SqliteTransaction transaction, string ids, string sql)
    {
        var shares = new Dictionary<long, EventShare>();
        using var reader = connection.ExecuteReader(sql, new { Ids = ids }, transaction);
        while (reader.Read())
            shares[reader.GetInt64(0)] = new EventShare(reader.GetInt64(0), reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetInt64(4));
        return shares;
    }

    private static void AddMembers(SqliteConnection connection, SqliteTransaction transaction, string ids,
        Dictionary<long, EventShare> shares, Func<EventShare, List<long>> members, string sql)
    {
        using var reader = connection.ExecuteReader(sql, new { Ids = ids }, transaction);
        while (reader.Read())
            if (shares.TryGetValue(reader.GetInt64(0), out var share)) members(share).Add(reader.GetInt64(1));
    }

    private static void AddTopics(SqliteConnection connection, SqliteTransaction transaction, string ids, Dictionary<long, EventShare> shares, string sql)
    {
        using var reader = connection.ExecuteReader(sql, new { Ids = ids }, transaction);
        while (reader.Read())
            if (shares.TryGetValue(reader.GetInt64(0), out var share)) share.Topics.Add(reader.GetString(1));
    }

    // Members come sorted and distinct so pairs are (smaller, larger) and two shares compare element by element.
    private static Dictionary<long, EventShare> Sorted(Dictionary<long, EventShare> shares)
    {
        foreach (var share in shares.Values)
        {
            SortedIds.SortDistinct(share.People);
            SortedIds.SortDistinct(share.Organizations);
            share.Topics.Sort(StringComparer.Ordinal);
        }
        return shares;
    }
}
