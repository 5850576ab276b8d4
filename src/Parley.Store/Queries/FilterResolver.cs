using Dapper;
using Microsoft.Data.Sqlite;
using Parley.Lexicons;
using Parley.Text;

namespace Parley.Store.Queries;

/// <summary>Looks up the entities the names in an <see cref="EventFilter"/> stand for.</summary>
internal static class FilterResolver
{
    /// <summary>Resolves the person, organization and place names of <paramref name="filter"/>.</summary>
    public static ResolvedFilter Resolve(SqliteConnection connection, EventFilter filter) => new(
        filter,
        Blank(filter.Person) ? null : People(connection, filter.Person!),
        Blank(filter.Organization) ? null : Organizations(connection, filter.Organization!),
        Blank(filter.Place) ? null : Places(connection, filter.Place!));

    private static bool Blank(string? name) => string.IsNullOrWhiteSpace(name);

    // Through the name keys of the written names: every person entity some article calls by this name.
    private static List<EntityMatch> People(SqliteConnection connection, string name) =>
        connection.Query<EntityMatch>(
            """
            SELECT DISTINCT pe.id AS Id, pe.name AS Name
            FROM people p
            JOIN article_people ap ON ap.person_id = p.id
            JOIN person_resolutions r ON r.article_person_id = ap.id
            JOIN person_entities pe ON pe.id = r.entity_id
            WHERE p.key = @Key
            ORDER BY pe.id
            """,
            new { Key = NameKey.Of(name) }).AsList();

    private static List<EntityMatch> Organizations(SqliteConnection connection, string name) =>
        connection.Query<EntityMatch>(
            """
            SELECT DISTINCT oe.id AS Id, oe.name AS Name
            FROM organizations o
            JOIN organization_resolutions r ON r.organization_id = o.id
            JOIN organization_entities oe ON oe.id = r.entity_id
            WHERE o.key = @Key
            ORDER BY oe.id
            """,
            new { Key = NameKey.Of(name) }).AsList();

    /// <summary>
    /// Stored places of that name; when none, the gazetteer's reading of it (aliases such as "Guangdong
    /// Province" or "Tibet"), so a place is found under any of its names. The gazetteer loads only then.
    /// </summary>
    private static List<EntityMatch> Places(SqliteConnection connection, string name)
    {
        var byName = connection.Query<EntityMatch>(
            "SELECT id AS Id, name AS Name FROM place_entities WHERE name = @Name COLLATE NOCASE ORDER BY id",
            new { Name = name.Trim() }).AsList();
        if (byName.Count > 0) return byName;
        var gazetteerIds = Gazetteer.Default.FindAll(name).Select(p => p.Id).ToArray();
        if (gazetteerIds.Length == 0) return [];
        return connection.Query<EntityMatch>(
            "SELECT id AS Id, name AS Name FROM place_entities WHERE gazetteer_id IN (SELECT value FROM json_each(@Ids)) ORDER BY id",
            new { Ids = JsonIds.Of(gazetteerIds.Select(i => (long)i)) }).AsList();
    }
}
