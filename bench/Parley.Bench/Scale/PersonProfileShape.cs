using Dapper;
using Microsoft.Data.Sqlite;
using Parley.Text;

namespace Parley.Bench.Scale;

/// <summary>
/// The reads a <c>parley person NAME</c> profile needs, written here because that command belongs to the
/// identity work and is not in this branch: the entities of the name, then for each its spellings, the
/// positions it held (with how often and when), its events (count, first, last, the ten newest) and the
/// ten people it shared most events with. Timing this shape times the store's indexes for that command.
/// </summary>
internal sealed class PersonProfileShape(SqliteConnection connection)
{
    /// <summary>Reads the profile of every person called <paramref name="name"/>; returns how many entities, events and positions.</summary>
    public string Run(string name)
    {
        var entities = connection.Query<long>(
            """
            SELECT DISTINCT r.entity_id FROM people p
            JOIN article_people ap ON ap.person_id = p.id
            JOIN person_resolutions r ON r.article_person_id = ap.id
            WHERE p.key = @Key
            """, new { Key = NameKey.Of(name) }).AsList();
        long events = 0, positions = 0;
        foreach (var id in entities)
        {
            var entity = new { Id = id };
            connection.Query<string>(
                "SELECT DISTINCT ap.name FROM person_resolutions r JOIN article_people ap ON ap.id = r.article_person_id WHERE r.entity_id = @Id",
                entity).AsList();
            positions += connection.Query<(string Title, string? Org, long Times, string? First, string? Last)>(
                """
                SELECT p.title, p.org, count(*), min(a.published), max(a.published)
                FROM person_resolutions r JOIN positions p ON p.article_person_id = r.article_person_id JOIN articles a ON a.id = p.article_id
                WHERE r.entity_id = @Id GROUP BY p.title, p.org ORDER BY count(*) DESC LIMIT 20
                """, entity).Count();
            events += connection.QuerySingle<(long Count, string? First, string? Last)>(
                """
                SELECT count(DISTINCT ep.event_id), min(e.start), max(coalesce(e."end", e.start))
                FROM person_resolutions r JOIN event_participants ep ON ep.article_person_id = r.article_person_id JOIN events e ON e.id = ep.event_id
                WHERE r.entity_id = @Id
                """, entity).Count;
            connection.Query<(long Id, string? Start, string Type, string? Location)>(
                """
                SELECT e.id, e.start, e.type, e.location
                FROM person_resolutions r JOIN event_participants ep ON ep.article_person_id = r.article_person_id JOIN events e ON e.id = ep.event_id
                WHERE r.entity_id = @Id ORDER BY e.start DESC LIMIT 10
                """, entity).AsList();
            connection.Query<(long Entity, long Shared)>(
                """
                SELECT r2.entity_id, count(DISTINCT ep.event_id) AS shared
                FROM person_resolutions r
                JOIN event_participants ep ON ep.article_person_id = r.article_person_id
                JOIN event_participants ep2 ON ep2.event_id = ep.event_id
                JOIN person_resolutions r2 ON r2.article_person_id = ep2.article_person_id
                WHERE r.entity_id = @Id AND r2.entity_id <> @Id
                GROUP BY r2.entity_id ORDER BY shared DESC LIMIT 10
                """, entity).AsList();
        }
        return $"{entities.Count} person(s), {events:N0} events, {positions} positions";
    }
}
