using Dapper;
using Microsoft.Data.Sqlite;

namespace Parley.Store.Queries;

/// <summary>Finds the events an <see cref="EventFilter"/> matches (<c>parley events</c>).</summary>
public sealed class EventQuery(SqliteKnowledgeStore store)
{
    /// <summary>How many matching events are counted at most, unless asked otherwise: counting more would read them all.</summary>
    public const int DefaultCountCap = 10_000;

    /// <summary>The temporary table of a plan's matches (id, start), while one query runs.</summary>
    private const string GatheredMatches = "temp.gathered_matches";

    /// <summary>
    /// Counts the matching events (up to <paramref name="countCap"/>) and lists the newest <paramref name="limit"/>
    /// of them (all when <paramref name="limit"/> is 0) with participants, organizations, topics and agreements.
    /// </summary>
    public EventPage Run(EventFilter filter, int limit, int countCap = DefaultCountCap)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(countCap);
        var connection = store.Connection;
        var resolved = FilterResolver.Resolve(connection, filter);
        if (resolved.MatchesNothing) return new EventPage(resolved, 0, false, []);

        // One snapshot for the count and the page, also while another process ingests.
        using var transaction = connection.BeginTransaction(deferred: true);
        var plan = EventPlan.For(connection, transaction, resolved);
        var (all, newest) = (plan.All.ToString(), plan.Newest.ToString());
        if (plan.FromCandidates)
        {
            // The count and the page would each read every candidate and check it: gathered once instead.
            connection.Execute($"CREATE TABLE {GatheredMatches} (id INTEGER PRIMARY KEY, start TEXT)", transaction: transaction);
            connection.Execute($"INSERT INTO {GatheredMatches} SELECT e.id, e.start FROM {all}", plan.Parameters, transaction);
            all = newest = $"{GatheredMatches} e";
        }
        plan.Parameters.Add("CountCap", countCap + 1);
        var counted = connection.ExecuteScalar<int>(
            $"SELECT count(*) FROM (SELECT 1 FROM {all} LIMIT @CountCap)", plan.Parameters, transaction);
        plan.Parameters.Add("Limit", limit == 0 ? -1 : limit);
        // Newest first: NULLs sort lowest, so undated events come last, and the events_start index gives the order.
        var heads = connection.Query<EventListing>(
            $"""
            SELECT e.id AS Id, a.record_id AS ArticleId, a.title AS Title, e.type AS Type, e.mode AS Mode,
                   e.start AS Start, e."end" AS "End", e.location AS Location, pl.name AS Place
            FROM (SELECT e.id FROM {(limit == 0 ? all : newest)} ORDER BY e.start DESC, e.id DESC LIMIT @Limit) page
            CROSS JOIN events e ON e.id = page.id
            JOIN articles a ON a.id = e.article_id
            LEFT JOIN event_places ep ON ep.event_id = e.id
            LEFT JOIN place_entities pl ON pl.id = ep.place_entity_id
            ORDER BY e.start DESC, e.id DESC
            """,
            plan.Parameters, transaction).AsList();
        var events = heads.Count == 0 ? heads : WithDetails(connection, transaction, heads);
        // Rolling back drops the temporary table too; nothing else was written.
        transaction.Rollback();
        return new EventPage(resolved, Math.Min(counted, countCap), counted > countCap, events);
    }

    private static List<EventListing> WithDetails(SqliteConnection connection, SqliteTransaction transaction, List<EventListing> heads)
    {
        var ids = new { Ids = JsonIds.Of(heads.Select(h => h.Id)) };
        var participants = connection.Query<(long EventId, long? PersonId, string Name)>(
                """
                SELECT ep.event_id, r.entity_id, ep.name FROM event_participants ep
                LEFT JOIN person_resolutions r ON r.article_person_id = ep.article_person_id
                WHERE ep.event_id IN (SELECT value FROM json_each(@Ids))
                ORDER BY ep.event_id, ep.ordinal
                """, ids, transaction)
            .ToLookup(p => p.EventId, p => new EventParticipant(p.PersonId, p.Name));
        var organizations = Texts(connection, transaction, "SELECT event_id, name FROM event_organizations WHERE event_id IN (SELECT value FROM json_each(@Ids)) ORDER BY event_id, ordinal", ids);
        var topics = Texts(connection, transaction, "SELECT event_id, topic FROM event_topics WHERE event_id IN (SELECT value FROM json_each(@Ids)) ORDER BY event_id, rowid", ids);
        var agreements = Texts(connection, transaction, "SELECT event_id, text FROM agreements WHERE event_id IN (SELECT value FROM json_each(@Ids)) ORDER BY event_id, ordinal", ids);
        return heads.Select(h => h with
        {
            Participants = participants[h.Id].ToArray(),
            Organizations = organizations[h.Id].ToArray(),
            Topics = topics[h.Id].ToArray(),
            Agreements = agreements[h.Id].ToArray(),
        }).ToList();
    }

    private static ILookup<long, string> Texts(SqliteConnection connection, SqliteTransaction transaction, string sql, object ids) =>
        connection.Query<(long EventId, string Text)>(sql, ids, transaction).ToLookup(r => r.EventId, r => r.Text);
}
