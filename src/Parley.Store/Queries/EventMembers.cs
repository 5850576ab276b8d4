using Dapper;
using Microsoft.Data.Sqlite;

namespace Parley.Store.Queries;

/// <summary>
/// Which nodes of a network level took part in each event of the temporary table <c>matched_events</c>.
/// Every query starts from that table with a CROSS JOIN, which SQLite never reorders: it has no statistics
/// on a temporary table and would otherwise scan the big table and probe the small one.
/// </summary>
internal static class EventMembers
{
    /// <summary>The table of matched event ids these queries read; filled by <see cref="NetworkQuery"/>.</summary>
    public const string MatchedEvents = "temp.matched_events";

    /// <summary>(event, node) rows for <paramref name="level"/>; a node may appear twice for one event.</summary>
    public static IEnumerable<(long EventId, long NodeId)> Read(SqliteConnection connection, SqliteTransaction transaction, NetworkLevel level) =>
        level switch
        {
            NetworkLevel.Person => connection.Query<(long, long)>(
                $"""
                SELECT ep.event_id, r.entity_id FROM {MatchedEvents} m
                CROSS JOIN event_participants ep ON ep.event_id = m.id
                JOIN person_resolutions r ON r.article_person_id = ep.article_person_id
                """, transaction: transaction, buffered: false),
            NetworkLevel.Organization => connection.Query<(long, long)>(
                EventOrganizationSql.MembersOf(MatchedEvents), transaction: transaction, buffered: false),
            NetworkLevel.Place => Regions(connection, transaction),
            _ => throw new ArgumentOutOfRangeException(nameof(level)),
        };

    // An event's own place and the places of the organizations taking part, each rolled up to its region.
    private static IEnumerable<(long, long)> Regions(SqliteConnection connection, SqliteTransaction transaction)
    {
        var regions = PlaceRegions.Load(connection, transaction);
        var places = connection.Query<(long EventId, long PlaceId)>(
            $"""
            SELECT ep.event_id, ep.place_entity_id FROM {MatchedEvents} m
            CROSS JOIN event_places ep ON ep.event_id = m.id
            UNION ALL
            SELECT o.EventId, oe.place_entity_id FROM ({EventOrganizationSql.MembersOf(MatchedEvents)}) o
            JOIN organization_entities oe ON oe.id = o.EntityId
            WHERE oe.place_entity_id IS NOT NULL
            """, transaction: transaction, buffered: false);
        return places.Select(p => (p.EventId, regions.GetValueOrDefault(p.PlaceId, p.PlaceId)));
    }
}
