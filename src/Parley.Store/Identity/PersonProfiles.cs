using Dapper;
using Parley.Store.Queries;
using Parley.Store.Totals;
using Parley.Text;

namespace Parley.Store.Identity;

/// <summary>
/// Builds a <see cref="PersonProfile"/>. Every statement starts from the person's own rows in
/// <c>person_resolutions</c> and follows indexes from there, and counts, rankings and the newest rows are
/// computed inside SQLite, so only what is shown crosses into .NET: the cost grows with how often this
/// person is mentioned, never with the size of the knowledge base.
/// </summary>
public static class PersonProfiles
{
    private const string WrittenAsSql = """
        SELECT ap.name FROM person_resolutions r JOIN article_people ap ON ap.id = r.article_person_id
        WHERE r.entity_id = @Id
        GROUP BY ap.name ORDER BY count(*) DESC, ap.name LIMIT @Limit
        """;

    // Organization names are looked up once per organization afterwards, not once per title mention.
    private static readonly string PositionsSql = $"""
        SELECT p.title AS Title, p.org AS Org, coalesce(ao.entity_id, o.entity_id) AS OrganizationId,
               a.record_id AS ArticleId, {MentionDate.Of("p.article_person_id", "a.published")} AS Seen
        FROM person_resolutions r
        JOIN positions p ON p.article_person_id = r.article_person_id
        JOIN {ArticleListing.As("a")} ON a.id = p.article_id
        LEFT JOIN article_organizations ao ON ao.article_id = p.article_id AND ao.organization_id = p.organization_id
        LEFT JOIN organization_resolutions o ON o.organization_id = p.organization_id
        WHERE r.entity_id = @Id
        """;

    private const string OrganizationNamesSql = "SELECT id, name FROM organization_entities WHERE id IN @Ids";

    // The window count is taken over every event before LIMIT keeps the newest: one pass for both. Events of
    // near-duplicate articles are the same events reported again, so they count once, as in every event query;
    // an event counts once however many of its participants are this person.
    private static readonly string EventsSql = $"""
        SELECT e.id AS EventId, e.type AS Type, e.mode AS Mode, e.start AS Start, e."end" AS "End", e.location AS Location,
               a.record_id AS Source, count(*) OVER () AS Total
        FROM events e
        JOIN articles a ON a.id = e.article_id
        WHERE e.id IN (SELECT ep.event_id FROM person_resolutions r JOIN event_participants ep ON ep.article_person_id = r.article_person_id
                       WHERE r.entity_id = @Id)
          AND {NearDuplicateExclusion.Condition}
        ORDER BY e.start IS NULL, e.start DESC, e.id DESC
        LIMIT @Limit
        """;

    // The same from the network totals: the person's events come newest first off an index, and their number is kept.
    private static readonly string EventsFromTotalsSql = $"""
        SELECT e.id AS EventId, e.type AS Type, e.mode AS Mode, e.start AS Start, e."end" AS "End", e.location AS Location,
               a.record_id AS Source, t.events AS Total
        FROM network_event_members m
        JOIN events e ON e.id = m.event_id
        JOIN articles a ON a.id = e.article_id
        JOIN network_node_totals t ON t.level = {TotalsLevels.People} AND t.scope = {TotalsLevels.WholeStore} AND t.node = @Id
        WHERE m.level = {TotalsLevels.People} AND m.node = @Id
        ORDER BY m.start DESC, m.event_id DESC
        LIMIT @Limit
        """;

    private const string OthersSql = """
        SELECT ep.event_id AS EventId, ep.name AS Name
        FROM event_participants ep LEFT JOIN person_resolutions r ON r.article_person_id = ep.article_person_id
        WHERE ep.event_id IN @Events AND (r.entity_id IS NULL OR r.entity_id <> @Id)
        ORDER BY ep.event_id, ep.ordinal
        """;

    // Counted in events shared, not in rows joined: two mentions in one event are still one meeting.
    private static readonly string CounterpartsSql = $"""
        SELECT x.Id, pe.name AS Name, x.Events
        FROM (SELECT r2.entity_id AS Id, count(DISTINCT ep.event_id) AS Events
              FROM person_resolutions r
              JOIN event_participants ep ON ep.article_person_id = r.article_person_id
              JOIN events e ON e.id = ep.event_id
              JOIN event_participants other ON other.event_id = ep.event_id
              JOIN person_resolutions r2 ON r2.article_person_id = other.article_person_id
              WHERE r.entity_id = @Id AND r2.entity_id <> @Id AND {NearDuplicateExclusion.Condition}
              GROUP BY r2.entity_id ORDER BY Events DESC, r2.entity_id LIMIT @Limit) x
        JOIN person_entities pe ON pe.id = x.Id
        ORDER BY x.Events DESC, pe.name
        """;

    // The same from the network totals: the person's pairs, from either end. "+weight" keeps SQLite from
    // walking the ranking index of every person's pairs for its order instead of seeking this person's.
    private static readonly string CounterpartsFromTotalsSql = $"""
        SELECT x.Id, pe.name AS Name, x.Events
        FROM (SELECT target AS Id, +weight AS Events FROM network_pair_totals
              WHERE level = {TotalsLevels.People} AND scope = {TotalsLevels.WholeStore} AND source = @Id
              UNION ALL
              SELECT source, +weight FROM network_pair_totals
              WHERE level = {TotalsLevels.People} AND scope = {TotalsLevels.WholeStore} AND target = @Id
              ORDER BY Events DESC, Id LIMIT @Limit) x
        JOIN person_entities pe ON pe.id = x.Id
        ORDER BY x.Events DESC, pe.name
        """;

    // The newest few are picked from the listing index; only they are read whole, for their title and address.
    private static readonly string SourcesSql = $"""
        SELECT a.record_id AS Id, a.source_key AS SourceKey, a.published AS Published, a.title AS Title, a.url AS Url, x.Total
        FROM (SELECT l.id, count(*) OVER () AS Total FROM {ArticleListing.As("l")}
              WHERE l.id IN (SELECT ap.article_id FROM person_resolutions r JOIN article_people ap ON ap.id = r.article_person_id WHERE r.entity_id = @Id)
              ORDER BY l.published IS NULL, l.published DESC, l.source_key
              LIMIT @Limit) x
        JOIN articles a ON a.id = x.id
        ORDER BY a.published IS NULL, a.published DESC, a.source_key
        """;

    /// <summary>Every statement a profile runs, each keyed on one person's rows (checked by a query-plan test).</summary>
    internal static IReadOnlyList<string> Statements =>
        [WrittenAsSql, PositionsSql, OrganizationNamesSql, EventsSql, EventsFromTotalsSql, OthersSql, CounterpartsSql, CounterpartsFromTotalsSql, SourcesSql];

    /// <summary>The profile of <paramref name="person"/> (as found by <see cref="PersonDirectory"/>).</summary>
    /// <param name="store">The knowledge base.</param>
    /// <param name="person">Who.</param>
    /// <param name="limit">At most this many spellings, events, counterparts and sources are listed, and sources per title.</param>
    public static PersonProfile Read(SqliteKnowledgeStore store, PersonCandidate person, int limit = 20)
    {
        // A busy person's profile reads every one of their mentions; asked again over unchanged data, it is read back.
        if (limit > KeptProfile.MaxLimit) return Compute(store, person, limit, fromTotals: true);
        var key = KeptProfile.Key(person.Id, limit);
        return QueryResultCache.GetOrCompute(store.Connection, "person", key, () => KeptProfile.Of(Compute(store, person, limit, fromTotals: true))).With(person);
    }

    /// <summary>
    /// The profile read from the mentions themselves, never from kept answers; its events and counterparts
    /// come from the network totals when <paramref name="fromTotals"/> and they are current (tests compare both ways).
    /// </summary>
    internal static PersonProfile Compute(SqliteKnowledgeStore store, PersonCandidate person, int limit, bool fromTotals = false)
    {
        var connection = store.Connection;
        var arguments = new { person.Id, Limit = limit };
        // One read transaction: the totals must be current in the snapshot they are read from.
        using var transaction = connection.BeginTransaction(deferred: true);
        var totals = fromTotals && store.KeepsNetworkTotals && NetworkTotals.AreCurrent(connection, transaction);
        var events = connection.Query<EventRow>(totals ? EventsFromTotalsSql : EventsSql, arguments, transaction).AsList();
        var with = connection.Query<(long EventId, string Name)>(OthersSql, new { person.Id, Events = events.Select(e => e.EventId).ToArray() }, transaction)
            .ToLookup(o => o.EventId, o => o.Name);
        var positions = connection.Query<PositionRow>(PositionsSql, arguments, transaction).AsList();
        var organizations = connection.Query<(long Id, string Name)>(
                OrganizationNamesSql, new { Ids = positions.Select(p => p.OrganizationId).OfType<long>().Distinct().ToArray() }, transaction)
            .ToDictionary(o => o.Id, o => o.Name);
        var sources = connection.Query<SourceRow>(SourcesSql, arguments, transaction).AsList();
        return new PersonProfile(
            person,
            connection.Query<string>(WrittenAsSql, arguments, transaction).AsList(),
            Spells(positions, organizations, limit),
            events.Select(e => new AttendedEvent(e.EventId, e.Type, e.Mode, e.Start, e.End, e.Location, with[e.EventId].ToList(), e.Source)).ToList(),
            events.Count == 0 ? 0 : (int)events[0].Total,
            connection.Query<(long Id, string Name, long Events)>(totals ? CounterpartsFromTotalsSql : CounterpartsSql, arguments, transaction).Select(c => new Counterpart(c.Id, c.Name, (int)c.Events)).ToList(),
            Ties(positions, organizations),
            sources.Select(s => new ArticleReference(s.Id, s.SourceKey, s.Published, s.Title, s.Url)).ToList(),
            sources.Count == 0 ? 0 : (int)sources[0].Total);
    }

    /// <summary>Titles grouped by title key and organization, each with its first and last dated mention.</summary>
    private static List<PositionSpell> Spells(List<PositionRow> positions, Dictionary<long, string> organizations, int limit) =>
        positions
            .GroupBy(p => (Title: NameKey.Of(p.Title), Organization: OrganizationKey(p)))
            .Select(g =>
            {
                var dated = g.Where(p => p.Seen is not null).OrderBy(p => p.Seen, StringComparer.Ordinal).ToList();
                var first = g.First();
                return new PositionSpell(
                    g.GroupBy(p => p.Title).MaxBy(t => t.Count())!.Key, OrganizationName(first, organizations), first.OrganizationId,
                    dated.FirstOrDefault()?.Seen, dated.LastOrDefault()?.Seen, g.Count(),
                    dated.Concat(g.Where(p => p.Seen is null)).Select(p => p.ArticleId).Distinct().Take(limit).ToList());
            })
            .OrderBy(s => s.FirstSeen is null).ThenBy(s => s.FirstSeen, StringComparer.Ordinal).ThenBy(s => s.Title, StringComparer.Ordinal)
            .ToList();

    /// <summary>The organizations of the titles, by entity (or by name when unresolved).</summary>
    private static List<OrganizationTie> Ties(List<PositionRow> positions, Dictionary<long, string> organizations) =>
        positions.Where(p => p.Org is not null)
            .GroupBy(OrganizationKey)
            .Select(g =>
            {
                var dates = g.Select(p => p.Seen).OfType<string>().Order(StringComparer.Ordinal).ToList();
                var first = g.First();
                return new OrganizationTie(first.OrganizationId, OrganizationName(first, organizations)!, g.Count(), dates.FirstOrDefault(), dates.LastOrDefault());
            })
            .OrderByDescending(t => t.Mentions).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>The entity's name, else the name as written; null when the title names no organization.</summary>
    private static string? OrganizationName(PositionRow p, Dictionary<long, string> organizations) =>
        p.OrganizationId is { } id && organizations.TryGetValue(id, out var name) ? name : p.Org;

    private static string OrganizationKey(PositionRow p) =>
        p.OrganizationId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? (p.Org is null ? "" : NameKey.Of(p.Org));

    // Rows with property setters, not positional records: Dapper matches constructors by exact column type,
    // and a computed column that is NULL in the first row has no type to match.
    private sealed record PositionRow
    {
        public string Title { get; init; } = "";
        public string? Org { get; init; }
        public long? OrganizationId { get; init; }
        public string ArticleId { get; init; } = "";
        public string? Seen { get; init; }
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
        public long Total { get; init; }
    }

    private sealed record SourceRow
    {
        public string Id { get; init; } = "";
        public string SourceKey { get; init; } = "";
        public string? Published { get; init; }
        public string? Title { get; init; }
        public string? Url { get; init; }
        public long Total { get; init; }
    }
}
