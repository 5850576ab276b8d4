using Dapper;
using Microsoft.Data.Sqlite;
using Parley.Store.Queries;
using Parley.Text;

namespace Parley.Store.Identity;

/// <summary>Finds person entities by id (<c>P12</c>) or by name, in any spelling the resolver unifies.</summary>
public static class PersonDirectory
{
    // The key table may name an entity that has since lost every mention of the name (to a split or a
    // replaced article), so a mention with the key is checked for; people.key needs no check.
    private const string LookupSql = """
        SELECT k.entity_id FROM person_entity_keys k JOIN person_entities e ON e.id = k.entity_id
        WHERE k.lookup_key = @LookupKey AND e.merged_into IS NULL
          AND EXISTS (SELECT 1 FROM resolved_mentions x WHERE x.entity_id = k.entity_id AND x.lookup_key = @LookupKey)
        UNION
        SELECT r.entity_id FROM people p
        JOIN article_people ap ON ap.person_id = p.id
        JOIN person_resolutions r ON r.article_person_id = ap.id
        WHERE p.key = @NameKey
        """;

    private static readonly string SeenSql = $"""
        SELECT count(*), min(seen), max(seen) FROM (
            SELECT {MentionDate.Of("ap.id", "a.published")} AS seen
            FROM person_resolutions r JOIN article_people ap ON ap.id = r.article_person_id JOIN {ArticleListing.As("a")} ON a.id = ap.article_id
            WHERE r.entity_id = @Id)
        """;

    private const string KnownAsSql = """
        SELECT p.title || coalesce(', ' || p.org, '')
        FROM person_resolutions r JOIN positions p ON p.article_person_id = r.article_person_id
        WHERE r.entity_id = @Id
        GROUP BY p.title, p.org ORDER BY count(*) DESC, min(p.id) LIMIT 1
        """;

    /// <summary>Every statement a look-up runs, each keyed on one name or one person (checked by a query-plan test).</summary>
    internal static IReadOnlyList<string> Statements => [LookupSql, SeenSql, KnownAsSql];

    /// <summary>The people <paramref name="reference"/> may mean in <paramref name="store"/>.</summary>
    public static PersonLookup Find(SqliteKnowledgeStore store, string reference) => Find(store.Connection, reference);

    internal static PersonLookup Find(SqliteConnection connection, string reference)
    {
        if (EntityReference.Id(reference, 'P') is { } id)
        {
            var live = EntityReference.FollowMerges(connection, "person_entities", id);
            var found = Describe(connection, [live]);
            return new PersonLookup(found, live != id && found.Count > 0 ? $"P{id} was merged into P{live}." : null);
        }
        var keys = PersonNameKey.Of(reference);
        var ids = connection.Query<long>(
            LookupSql,
            new { keys.LookupKey, NameKey = NameKey.Of(reference) }).AsList();
        return new PersonLookup(Describe(connection, ids));
    }

    /// <summary>The candidates among <paramref name="ids"/> that have mentions, most mentioned first.</summary>
    internal static IReadOnlyList<PersonCandidate> Describe(SqliteConnection connection, IReadOnlyList<long> ids)
    {
        var candidates = new List<PersonCandidate>();
        foreach (var id in ids.Distinct())
        {
            // A busy person's dates and title read every one of their mentions; over unchanged data they are read back.
            var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (QueryResultCache.GetOrCompute(connection, "person-candidate", key, () => DescribeOne(connection, id)) is { } candidate)
                candidates.Add(candidate);
        }
        return candidates.OrderByDescending(c => c.Mentions).ThenBy(c => c.Id).ToList();
    }

    /// <summary>Person <paramref name="id"/> as read from their mentions; null when the entity has none (or does not exist).</summary>
    internal static PersonCandidate? DescribeOne(SqliteConnection connection, long id)
    {
        var name = connection.ExecuteScalar<string?>("SELECT name FROM person_entities WHERE id = @Id", new { Id = id });
        var (mentions, first, last) = connection.QuerySingle<(long, string?, string?)>(SeenSql, new { Id = id });
        if (name is null || mentions == 0) return null;
        var knownAs = connection.QueryFirstOrDefault<string?>(KnownAsSql, new { Id = id });
        return new PersonCandidate(id, name, (int)mentions, first, last, knownAs);
    }
}
