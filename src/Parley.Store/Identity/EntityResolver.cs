using Dapper;
using Microsoft.Data.Sqlite;
using Parley.Lexicons;

namespace Parley.Store.Identity;

/// <summary>
/// Maps one freshly written article's event locations, organization names and people onto the
/// cross-article entities (schema version 2), inside the article's transaction. Places come first
/// (organizations named without their place take it from the article), then organizations (people are
/// told apart by them), then people. Existing entities keep their ids; new ones are appended.
/// </summary>
internal sealed class EntityResolver(SqliteConnection connection, SqliteTransaction transaction)
{
    private readonly PlaceEntities places = new(connection, transaction, Gazetteer.Default);

    /// <summary>Resolves everything the article <paramref name="articleKey"/> names.</summary>
    public void ResolveArticle(long articleKey)
    {
        var facts = ArticleFacts.Load(connection, transaction, articleKey);
        var eventPlaces = ResolveEventPlaces(facts);
        var organizations = new OrganizationResolver(connection, transaction, places).Resolve(facts);
        var mentions = PersonMention.Of(facts, organizations, eventPlaces, places);
        new PersonResolver(connection, transaction).Resolve(facts.SourceKey, mentions);
    }

    /// <summary>Links each located event to its gazetteer place; returns the places by event id.</summary>
    private Dictionary<long, Place> ResolveEventPlaces(ArticleFacts facts)
    {
        var located = new Dictionary<long, Place>();
        foreach (var e in facts.Events)
        {
            if (e.Location is null || !places.Gazetteer.TryFind(e.Location, out var place)) continue;
            connection.Execute(
                "INSERT INTO event_places (event_id, place_entity_id) VALUES (@Id, @Place)",
                new { e.Id, Place = places.EntityOf(place) }, transaction);
            located[e.Id] = place;
        }
        return located;
    }
}
