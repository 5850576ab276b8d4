using Dapper;
using Microsoft.Data.Sqlite;
using Parley.Lexicons;

namespace Parley.Store.Identity;

/// <summary>
/// Gazetteer places as stored entities: each entry gets one <c>place_entities</c> row, created on first
/// use together with its ancestors and the closure rows that let a query for a province reach its cities.
/// </summary>
internal sealed class PlaceEntities(SqliteConnection connection, SqliteTransaction transaction, Gazetteer gazetteer)
{
    private readonly Dictionary<int, long> known = [];

    /// <summary>The gazetteer the places come from.</summary>
    public Gazetteer Gazetteer => gazetteer;

    /// <summary>The entity of a gazetteer place, created together with its ancestors and their closure rows when new.</summary>
    public long EntityOf(Place place)
    {
        if (known.TryGetValue(place.Id, out var cached)) return cached;
        var id = connection.ExecuteScalar<long?>(
            "SELECT id FROM place_entities WHERE gazetteer_id = @Id", new { place.Id }, transaction) ?? Create(place);
        known[place.Id] = id;
        return id;
    }

    /// <summary>
    /// The region a place lies in, for telling whether two places are far apart: its province (or itself
    /// when it is one) in China, its country elsewhere.
    /// </summary>
    public Place RegionOf(Place place)
    {
        if (place.Kind is PlaceKind.Province or PlaceKind.Country) return place;
        foreach (var ancestor in gazetteer.Ancestors(place))
            if (ancestor.Kind == PlaceKind.Province) return ancestor;
        return gazetteer.CountryOf(place);
    }

    private long Create(Place place)
    {
        var parent = gazetteer.Parent(place) is { } p ? EntityOf(p) : (long?)null;
        var id = connection.ExecuteScalar<long>(
            """
            INSERT INTO place_entities (gazetteer_id, name, kind, country_code, parent_id)
            VALUES (@GazetteerId, @Name, @Kind, @CountryCode, @Parent) RETURNING id
            """,
            new { GazetteerId = place.Id, place.Name, Kind = place.Kind.ToString().ToLowerInvariant(), place.CountryCode, Parent = parent },
            transaction);
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
}
