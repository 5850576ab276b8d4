using Dapper;
using Microsoft.Data.Sqlite;

namespace Parley.Store.Queries;

/// <summary>
/// Which nodes of a network level took part in each event of the temporary table <c>matched_events</c>.
/// Every query starts from that table with a CROSS JOIN, which SQLite never reorders: it has no statistics
/// on a temporary table and would otherwise scan the big table and probe the small one. Rows are read
/// straight off the data reader: a province's network reads a quarter of a million of them.
/// </summary>
internal static class EventMembers
{
    /// <summary>The table of matched events (id, type, start, last) these queries read; filled by <see cref="NetworkQuery"/>.</summary>
    public const string MatchedEvents = "temp.matched_events";

    /// <summary>(event, node) rows for <paramref name="level"/>; a node may appear twice for one event.</summary>
    public static IEnumerable<(long EventId, long NodeId)> Read(SqliteConnection connection, SqliteTransaction transaction, NetworkLevel level) =>
        level switch
        {
            NetworkLevel.Person => Pairs(connection, transaction,
                $"""
                SELECT ep.event_id, r.entity_id FROM {MatchedEvents} m
                CROSS JOIN event_participants ep ON ep.event_id = m.id
                JOIN person_resolutions r ON r.article_person_id = ep.article_person_id
                """),
            NetworkLevel.Organization => Organizations(connection, transaction),
            NetworkLevel.Place => Regions(connection, transaction),
            _ => throw new ArgumentOutOfRangeException(nameof(level)),
        };

    /// <summary>
    /// Organization entities through the per-event links to organization names. The names' resolutions are
    /// read whole, once: there are far fewer names than links, and a dictionary beats a b-tree look-up per link.
    /// </summary>
    private static IEnumerable<(long, long)> Organizations(SqliteConnection connection, SqliteTransaction transaction)
    {
        var entities = Pairs(connection, transaction, "SELECT organization_id, entity_id FROM organization_resolutions").ToDictionary(p => p.Item1, p => p.Item2);
        foreach (var (eventId, organization) in Pairs(connection, transaction,
                     $"SELECT l.event_id, l.organization_id FROM {MatchedEvents} m CROSS JOIN event_organization_links l ON l.event_id = m.id"))
            if (entities.TryGetValue(organization, out var entity)) yield return (eventId, entity);
    }

    // An event's own place and the places of the organizations taking part, each rolled up to its region.
    private static IEnumerable<(long, long)> Regions(SqliteConnection connection, SqliteTransaction transaction)
    {
        var regions = PlaceRegions.Load(connection, transaction);
        var placeOf = Pairs(connection, transaction, "SELECT id, place_entity_id FROM organization_entities WHERE place_entity_id IS NOT NULL")
            .ToDictionary(p => p.Item1, p => p.Item2);
        var places = Pairs(connection, transaction, $"SELECT ep.event_id, ep.place_entity_id FROM {MatchedEvents} m CROSS JOIN event_places ep ON ep.event_id = m.id")
            .Concat(Organizations(connection, transaction).Where(o => placeOf.ContainsKey(o.Item2)).Select(o => (o.Item1, placeOf[o.Item2])));
        return places.Select(p => (p.Item1, regions.GetValueOrDefault(p.Item2, p.Item2)));
    }

    /// <summary>The two integer columns of each row of <paramref name="sql"/>.</summary>
    private static IEnumerable<(long, long)> Pairs(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var reader = connection.ExecuteReader(sql, transaction: transaction);
        while (reader.Read()) yield return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
