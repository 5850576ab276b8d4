using Dapper;
using Microsoft.Data.Sqlite;
using Parley.Lexicons;

namespace Parley.Store.Identity;

/// <summary>
/// Maps one freshly written article's people, organization names and event locations onto the
/// cross-article entities (schema version 2). This first resolver joins people and organizations on
/// equal normalized names only and resolves locations to the gazetteer's best entry; existing
/// entities keep their ids, new ones are appended.
/// </summary>
internal sealed class EntityResolver(SqliteConnection connection, SqliteTransaction transaction)
{
    private readonly Gazetteer gazetteer = Gazetteer.Default;

    /// <summary>Resolves everything the article <paramref name="articleKey"/> names that has no entity yet.</summary>
    public void ResolveArticle(long articleKey)
    {
        ResolvePeople(articleKey);
        ResolveOrganizations();
        ResolveEventPlaces(articleKey);
    }

    private void ResolvePeople(long articleKey)
    {
        var mentions = connection.Query<(long Id, long PersonId, string Name)>(
            "SELECT id, person_id, name FROM article_people WHERE article_id = @ArticleKey ORDER BY ordinal",
            new { ArticleKey = articleKey }, transaction);
        foreach (var (id, personId, name) in mentions)
        {
            var entity = connection.ExecuteScalar<long?>(
                """
                SELECT r.entity_id FROM article_people p JOIN person_resolutions r ON r.article_person_id = p.id
                WHERE p.person_id = @PersonId LIMIT 1
                """,
                new { PersonId = personId }, transaction)
                ?? Insert("INSERT INTO person_entities (name) VALUES (@Name) RETURNING id", new { Name = name });
            connection.Execute(
                "INSERT INTO person_resolutions (article_person_id, entity_id) VALUES (@Id, @Entity)",
                new { Id = id, Entity = entity }, transaction);
        }
    }

    private void ResolveOrganizations()
    {
        var unresolved = connection.Query<(long Id, string Name)>(
            """
            SELECT o.id, o.name FROM organizations o
            WHERE NOT EXISTS (SELECT 1 FROM organization_resolutions r WHERE r.organization_id = o.id)
            """, transaction: transaction);
        foreach (var (id, name) in unresolved)
        {
            var place = gazetteer.FindIn(name) is [var first, ..] ? PlaceEntity(first.Place) : (long?)null;
            var entity = Insert(
                "INSERT INTO organization_entities (name, place_entity_id) VALUES (@Name, @Place) RETURNING id",
                new { Name = name, Place = place });
            connection.Execute(
                "INSERT INTO organization_resolutions (organization_id, entity_id) VALUES (@Id, @Entity)",
                new { Id = id, Entity = entity }, transaction);
        }
    }

    private void ResolveEventPlaces(long articleKey)
    {
        var located = connection.Query<(long Id, string Location)>(
            "SELECT id, location FROM events WHERE article_id = @ArticleKey AND location IS NOT NULL",
            new { ArticleKey = articleKey }, transaction);
        foreach (var (id, location) in located)
        {
            if (!gazetteer.TryFind(location, out var place)) continue;
            connection.Execute(
                "INSERT INTO event_places (event_id, place_entity_id) VALUES (@Id, @Place)",
                new { Id = id, Place = PlaceEntity(place) }, transaction);
        }
    }

    /// <summary>The entity of a gazetteer place, created together with its ancestors and their closure rows when new.</summary>
    private long PlaceEntity(Place place)
    {
        var existing = connection.ExecuteScalar<long?>(
            "SELECT id FROM place_entities WHERE gazetteer_id = @Id", new { place.Id }, transaction);
        if (existing is { } known) return known;

        var parent = gazetteer.Parent(place) is { } p ? PlaceEntity(p) : (long?)null;
        var id = Insert(
            """
            INSERT INTO place_entities (gazetteer_id, name, kind, country_code, parent_id)
            VALUES (@GazetteerId, @Name, @Kind, @CountryCode, @Parent) RETURNING id
            """,
            new { GazetteerId = place.Id, place.Name, Kind = place.Kind.ToString().ToLowerInvariant(), place.CountryCode, Parent = parent });
        connection.Execute(
            "INSERT INTO place_ancestors (place_entity_id, ancestor_id, depth) VALUES (@Id, @Id, 0)", new { Id = id }, transaction);
        if (parent is { } parentId)
            connection.Execute(
                """
                INSERT INTO place_ancestors (place_entity_id, ancestor_id, depth)
                SELECT @Id, ancestor_id, depth + 1 FROM place_ancestors WHERE place_entity_id = @Parent
                """,
                new { Id = id, Parent = parentId }, transaction);
        return id;
    }

    private long Insert(string sql, object parameters) => connection.ExecuteScalar<long>(sql, parameters, transaction);
}
