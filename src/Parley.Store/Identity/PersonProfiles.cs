using Dapper;
using Microsoft.Data.Sqlite;
using Parley.Text;

namespace Parley.Store.Identity;

/// <summary>
/// Builds a <see cref="PersonProfile"/>. Every query starts from the person's own rows in
/// <c>person_resolutions</c> and follows indexes from there, so the cost grows with how often this
/// person is mentioned, not with the size of the knowledge base.
/// </summary>
public static class PersonProfiles
{
    private static readonly string MentionsSql = $"""
        SELECT ap.id AS ArticlePersonId, ap.name AS Name, a.record_id AS ArticleId, a.source_key AS SourceKey,
               a.published AS Published, a.title AS Title, a.url AS Url, {MentionDate.Of("ap.id", "a.published")} AS Seen
        FROM person_resolutions r JOIN article_people ap ON ap.id = r.article_person_id JOIN articles a ON a.id = ap.article_id
        WHERE r.entity_id = @Id
        """;

    private const string PositionsSql = """
        SELECT p.article_person_id AS ArticlePersonId, p.title AS Title, p.org AS Org,
               coalesce(ao.entity_id, o.entity_id) AS OrganizationId, oe.name AS Organization
        FROM person_resolutions r
        JOIN positions p ON p.article_person_id = r.article_person_id
        LEFT JOIN article_organizations ao ON ao.article_id = p.article_id AND ao.organization_id = p.organization_id
        LEFT JOIN organization_resolutions o ON o.organization_id = p.organization_id
        LEFT JOIN organization_entities oe ON oe.id = coalesce(ao.entity_id, o.entity_id)
        WHERE r.entity_id = @Id
        """;

    private const string EventsSql = """
        SELECT e.id AS EventId, e.type AS Type, e.mode AS Mode, e.start AS Start, e."end" AS "End", e.location AS Location, a.record_id AS Source
        FROM person_resolutions r
        JOIN event_participants ep ON ep.article_person_id = r.article_person_id
        JOIN events e ON e.id = ep.event_id
        JOIN articles a ON a.id = e.article_id
        WHERE r.entity_id = @Id
        """;

    private const string OthersSql = """
        SELECT ep.event_id AS EventId, other.name AS Name, r2.entity_id AS EntityId, pe.name AS EntityName
        FROM person_resolutions r
        JOIN event_participants ep ON ep.article_person_id = r.article_person_id
        JOIN event_participants other ON other.event_id = ep.event_id AND other.ordinal <> ep.ordinal
        LEFT JOIN person_resolutions r2 ON r2.article_person_id = other.article_person_id
        LEFT JOIN person_entities pe ON pe.id = r2.entity_id
        WHERE r.entity_id = @Id AND (r2.entity_id IS NULL OR r2.entity_id <> @Id)
        ORDER BY ep.event_id, other.ordinal
        """;

    /// <summary>Every statement a profile runs, each keyed on one person's rows (checked by a query-plan test).</summary>
    internal static IReadOnlyList<string> Statements => [MentionsSql, PositionsSql, EventsSql, OthersSql];

    /// <summary>The profile of person entity <paramref name="id"/>, or null when it has no mentions.</summary>
    /// <param name="store">The knowledge base.</param>
    /// <param name="id">The entity id.</param>
    /// <param name="limit">At most this many events, counterparts and sources are listed.</param>
    public static PersonProfile? Read(SqliteKnowledgeStore store, long id, int limit = 20)
    {
        var connection = store.Connection;
        if (PersonDirectory.Describe(connection, [id]) is not [var person]) return null;
        var arguments = new { Id = id };
        var mentions = connection.Query<MentionRow>(MentionsSql, arguments).ToDictionary(m => m.ArticlePersonId);
        var positions = connection.Query<PositionRow>(PositionsSql, arguments).AsList();
        var events = connection.Query<EventRow>(EventsSql, arguments).DistinctBy(e => e.EventId).AsList();
        var others = connection.Query<OtherParticipantRow>(OthersSql, arguments).AsList();

        var with = others.ToLookup(o => o.EventId, o => o.Name);
        return new PersonProfile(
            person,
            mentions.Values.GroupBy(m => m.Name.Trim()).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList(),
            Spells(positions, mentions),
            events.OrderBy(e => e.Start is null).ThenByDescending(e => e.Start, StringComparer.Ordinal).ThenByDescending(e => e.EventId).Take(limit)
                .Select(e => new AttendedEvent(e.EventId, e.Type, e.Mode, e.Start, e.End, e.Location, with[e.EventId].ToList(), e.Source)).ToList(),
            events.Count,
            others.Where(o => o.EntityId is not null)
                .GroupBy(o => (Id: o.EntityId!.Value, Name: o.EntityName ?? o.Name))
                .Select(g => new Counterpart(g.Key.Id, g.Key.Name, g.Select(o => o.EventId).Distinct().Count()))
                .OrderByDescending(c => c.Events).ThenBy(c => c.Name, StringComparer.Ordinal).Take(limit).ToList(),
            Ties(positions, mentions),
            mentions.Values.DistinctBy(m => m.SourceKey)
                .OrderBy(m => m.Published is null).ThenByDescending(m => m.Published, StringComparer.Ordinal).ThenBy(m => m.SourceKey, StringComparer.Ordinal)
                .Take(limit).Select(m => new ArticleReference(m.ArticleId, m.SourceKey, m.Published, m.Title, m.Url)).ToList(),
            mentions.Values.Select(m => m.SourceKey).Distinct().Count());
    }

    /// <summary>Titles grouped by title key and organization, each with its first and last dated mention.</summary>
    private static List<PositionSpell> Spells(List<PositionRow> positions, Dictionary<long, MentionRow> mentions) =>
        positions
            .GroupBy(p => (Title: NameKey.Of(p.Title), Organization: p.OrganizationId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? (p.Org is null ? "" : NameKey.Of(p.Org))))
            .Select(g =>
            {
                var seen = g.Select(p => mentions[p.ArticlePersonId]).OrderBy(m => m.Seen is null).ThenBy(m => m.Seen, StringComparer.Ordinal).ToList();
                var title = g.GroupBy(p => p.Title).MaxBy(t => t.Count())!.Key;
                var first = g.First();
                return new PositionSpell(
                    title, first.Organization ?? first.Org, first.OrganizationId,
                    seen.Select(m => m.Seen).OfType<string>().FirstOrDefault(), seen.Select(m => m.Seen).OfType<string>().LastOrDefault(),
                    g.Count(), seen.Select(m => m.ArticleId).Distinct().ToList());
            })
            .OrderBy(s => s.FirstSeen is null).ThenBy(s => s.FirstSeen, StringComparer.Ordinal).ThenBy(s => s.Title, StringComparer.Ordinal)
            .ToList();

    /// <summary>The organizations of the titles, by entity (or by name when unresolved).</summary>
    private static List<OrganizationTie> Ties(List<PositionRow> positions, Dictionary<long, MentionRow> mentions) =>
        positions.Where(p => p.Org is not null)
            .GroupBy(p => p.OrganizationId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? NameKey.Of(p.Org!))
            .Select(g =>
            {
                var dates = g.Select(p => mentions[p.ArticlePersonId].Seen).OfType<string>().Order(StringComparer.Ordinal).ToList();
                var first = g.First();
                return new OrganizationTie(first.OrganizationId, first.Organization ?? first.Org!, g.Count(), dates.FirstOrDefault(), dates.LastOrDefault());
            })
            .OrderByDescending(t => t.Mentions).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

    // Rows with property setters, not positional records: Dapper matches constructors by exact column type,
    // and a computed column that is NULL in the first row has no type to match.
    private sealed record MentionRow
    {
        public long ArticlePersonId { get; init; }
        public string Name { get; init; } = "";
        public string ArticleId { get; init; } = "";
        public string SourceKey { get; init; } = "";
        public string? Published { get; init; }
        public string? Title { get; init; }
        public string? Url { get; init; }
        public string? Seen { get; init; }
    }

    private sealed record PositionRow
    {
        public long ArticlePersonId { get; init; }
        public string Title { get; init; } = "";
        public string? Org { get; init; }
        public long? OrganizationId { get; init; }
        public string? Organization { get; init; }
    }

    private sealed record EventRow
    {
        public long EventId { get; init; }
        public string Type { get; init; } = "";
        public string Mode { get; init; } = "";
        public string? Start { get; init; }
        public string? End { get; init; }
        public string? Location { get; init; }
        public string Source { get; init; } = "";
    }

    private sealed record OtherParticipantRow
    {
        public long EventId { get; init; }
        public string Name { get; init; } = "";
        public long? EntityId { get; init; }
        public string? EntityName { get; init; }
    }
}
