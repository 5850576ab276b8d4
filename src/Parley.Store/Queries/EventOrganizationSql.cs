namespace Parley.Store.Queries;

/// <summary>
/// Which organization entities take part in an event: those the event names, and those in which one of its
/// participants holds a position in the same article, as kept in <c>event_organization_links</c> (see the
/// migration that creates it). One definition for the <c>--org</c> filter and the organization network.
/// </summary>
internal static class EventOrganizationSql
{
    /// <summary>A query of the ids (column <c>event_id</c>) of events in which any entity of <paramref name="entityIds"/> (an SQL list or subquery) takes part.</summary>
    public static string EventsOf(string entityIds) => $"""
        SELECT l.event_id FROM organization_resolutions r
        JOIN event_organization_links l ON l.organization_id = r.organization_id
        WHERE r.entity_id IN {entityIds}
        """;

    /// <summary>A condition true when any entity of <paramref name="entityIds"/> takes part in the event <paramref name="eventId"/>.</summary>
    public static string Involves(string eventId, string entityIds) => $"""
        EXISTS (SELECT 1 FROM event_organization_links l JOIN organization_resolutions r ON r.organization_id = l.organization_id
                WHERE l.event_id = {eventId} AND r.entity_id IN {entityIds})
        """;
}
