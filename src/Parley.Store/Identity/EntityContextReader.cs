using Dapper;
using Microsoft.Data.Sqlite;

namespace Parley.Store.Identity;

/// <summary>
/// Reads the <see cref="PersonContext"/> of a person entity from the features of its mentions. Only the
/// latest <see cref="RecentMentions"/> mentions count: they keep the cost of a decision flat however often
/// a person is in the news, and recent context says most about who the person is now.
/// </summary>
internal static class EntityContextReader
{
    /// <summary>How many of an entity's newest mentions its context is gathered from.</summary>
    public const int RecentMentions = 200;

    private const string Recent =
        "SELECT article_person_id FROM person_resolutions WHERE entity_id = @Entity ORDER BY article_person_id DESC LIMIT @Recent";

    private const string NamesSql = $"""
        SELECT m.name_key, count(*), min(m.seen), max(m.seen)
        FROM ({Recent}) r JOIN person_mentions m ON m.article_person_id = r.article_person_id
        GROUP BY m.name_key
        """;

    private const string FeaturesSql = $"""
        SELECT f.kind, f.value, count(*), min(m.seen), max(m.seen)
        FROM ({Recent}) r
        JOIN person_mention_features f ON f.article_person_id = r.article_person_id
        JOIN person_mentions m ON m.article_person_id = r.article_person_id
        GROUP BY f.kind, f.value
        """;

    /// <summary>Every statement a read runs, each keyed on one entity's rows (checked by a query-plan test).</summary>
    internal static IReadOnlyList<string> Statements => [NamesSql, FeaturesSql];

    /// <summary>The context of entity <paramref name="entityId"/>; no mentions and no features when it has none.</summary>
    public static PersonContext Read(SqliteConnection connection, SqliteTransaction? transaction, long entityId)
    {
        var arguments = new { Entity = entityId, Recent = RecentMentions };
        var names = connection.Query<(string NameKey, long Count, string? First, string? Last)>(NamesSql, arguments, transaction).AsList();
        var features = connection.Query<(string Kind, string Value, long Count, string? First, string? Last)>(FeaturesSql, arguments, transaction)
            .Select(f => new ContextFeature(f.Kind, f.Value, (int)f.Count, new DateSpan(f.First, f.Last)))
            .ToList();

        var keys = names.Select(n => PersonNameKey.Of(n.NameKey)).ToList();
        return new PersonContext(
            keys.Select(k => k.LookupKey).ToHashSet(StringComparer.Ordinal),
            keys.Select(k => k.OrderedKey).ToHashSet(StringComparer.Ordinal),
            keys.Any(k => k.IsShortChineseName),
            (int)names.Sum(n => n.Count),
            new DateSpan(names.Select(n => n.First).OfType<string>().Min(StringComparer.Ordinal), names.Select(n => n.Last).OfType<string>().Max(StringComparer.Ordinal)),
            features);
    }
}
