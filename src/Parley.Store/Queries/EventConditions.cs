using Dapper;
using Microsoft.Data.Sqlite;

namespace Parley.Store.Queries;

/// <summary>
/// The SQL criteria of a <see cref="ResolvedFilter"/> on events (aliased <c>e</c>), with every value passed
/// as a parameter. Each named criterion reaches its events through its own index (people, organizations,
/// places, topics, full text); dates use the index on the start. <see cref="EventPlan"/> decides which
/// one to start from.
/// </summary>
internal sealed class EventConditions
{
    private readonly List<EventCondition> conditions = [];

    // Criteria are listed from the usually narrowest (a person) to the usually broadest (a topic), so that
    // when several let more events through than a plan counts, the earlier one is started from.
    private EventConditions(SqliteConnection connection, ResolvedFilter resolved)
    {
        var filter = resolved.Filter;
        if (filter.Type is { } type) AddCheck("e.type = @Type", "Type", type);
        if (filter.Mode is { } mode) AddCheck("e.mode = @Mode", "Mode", mode);
        if (resolved.People is { } people)
            AddIndexed(
                "SELECT ep.event_id FROM person_resolutions r JOIN event_participants ep ON ep.article_person_id = r.article_person_id WHERE r.entity_id IN (SELECT value FROM json_each(@People))",
                """
                EXISTS (SELECT 1 FROM event_participants ep JOIN person_resolutions r ON r.article_person_id = ep.article_person_id
                        WHERE ep.event_id = e.id AND r.entity_id IN (SELECT value FROM json_each(@People)))
                """,
                "People", JsonIds.Of(people.Select(p => p.Id)));
        if (resolved.Organizations is { } organizations)
            AddIndexed(
                EventOrganizationSql.EventsOf("(SELECT value FROM json_each(@Organizations))"),
                EventOrganizationSql.Involves("e.id", "(SELECT value FROM json_each(@Organizations))"),
                "Organizations", JsonIds.Of(organizations.Select(o => o.Id)));
        if (filter.Text is { } text && FullTextQuery.AllWords(text) is { Length: > 0 } words)
            // Probed by articles, which the full-text index lists in order, rather than by their events.
            AddIndexed(
                "SELECT x.id AS event_id FROM article_text JOIN events x ON x.article_id = article_text.rowid WHERE article_text MATCH @Text",
                // A list built once: FTS5 would run the whole match again for every event checked one by one.
                "e.article_id IN (SELECT rowid FROM article_text WHERE article_text MATCH @Text)",
                "Text", words,
                probe: "SELECT rowid FROM article_text WHERE article_text MATCH @Text");
        if (resolved.Places is { } places)
            // place_ancestors holds every place with itself and each ancestor: all places inside the named ones.
            AddIndexed(
                "SELECT ep.event_id FROM place_ancestors pa JOIN event_places ep ON ep.place_entity_id = pa.place_entity_id WHERE pa.ancestor_id IN (SELECT value FROM json_each(@Places))",
                """
                EXISTS (SELECT 1 FROM event_places ep JOIN place_ancestors pa ON pa.place_entity_id = ep.place_entity_id
                        WHERE ep.event_id = e.id AND pa.ancestor_id IN (SELECT value FROM json_each(@Places)))
                """,
                "Places", JsonIds.Of(places.Select(p => p.Id)));
        if (filter.From is not null || filter.To is not null) AddDates(filter.From, filter.To);
        if (filter.Topic is { } topic)
            AddIndexed(
                "SELECT t.event_id FROM event_topics t WHERE t.topic = @Topic",
                "EXISTS (SELECT 1 FROM event_topics t WHERE t.event_id = e.id AND t.topic = @Topic)",
                "Topic", topic);
        conditions.Add(new EventCondition(NearDuplicateExclusion.Condition, null, null));
    }

    /// <summary>The criteria; all must hold.</summary>
    public IReadOnlyList<EventCondition> All => conditions;

    /// <summary>The values the criteria refer to.</summary>
    public DynamicParameters Parameters { get; } = new();

    /// <summary>The criteria of <paramref name="resolved"/> on the store behind <paramref name="connection"/>.</summary>
    public static EventConditions For(SqliteConnection connection, ResolvedFilter resolved) => new(connection, resolved);

    private void AddCheck(string check, string name, object value)
    {
        conditions.Add(new EventCondition(check, null, null));
        Parameters.Add(name, value);
    }

    private void AddIndexed(string candidates, string check, string name, object value, string? probe = null)
    {
        conditions.Add(new EventCondition(check, candidates, probe ?? candidates));
        Parameters.Add(name, value);
    }

    private void AddDates(DateBound? from, DateBound? to)
    {
        var checks = new List<string>();
        if (from is not null)
        {
            // The year bound lets the events_start index narrow the scan; the second keeps a month-precise
            // start ("2023-05") when the bound is a day in that month, comparing at the start's own precision.
            checks.Add("e.start >= @FromYear AND e.start >= substr(@From, 1, length(e.start))");
            Parameters.Add("FromYear", from.Value[..4]);
            Parameters.Add("From", from.Value);
        }
        if (to is not null)
        {
            // '~' sorts after digits and '-': "2023-05~" is after every day of May 2023, so a month or year bound takes in all of it.
            checks.Add("e.start <= @To");
            Parameters.Add("To", to.Value + "~");
        }
        var check = string.Join(" AND ", checks);
        // No candidates: started from, dates are a range of the events_start index, which SQLite walks itself.
        conditions.Add(new EventCondition(check, null, $"SELECT 1 FROM events e WHERE {check}"));
    }
}
