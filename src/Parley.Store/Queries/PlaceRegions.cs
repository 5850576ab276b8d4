using Dapper;
using Microsoft.Data.Sqlite;

namespace Parley.Store.Queries;

/// <summary>
/// The region each stored place rolls up to for the place-level network: its province when it lies in one
/// (a Chinese city, county or prefecture; a province is its own), else its country (a foreign city).
/// </summary>
internal static class PlaceRegions
{
    /// <summary>Place entity id → region entity id, for every place with a province or country above or at it.</summary>
    public static Dictionary<long, long> Load(SqliteConnection connection, SqliteTransaction transaction)
    {
        var regions = new Dictionary<long, long>();
        var rows = connection.Query<(long Place, long Ancestor, string Kind)>(
            """
            SELECT pa.place_entity_id, pa.ancestor_id, anc.kind
            FROM place_ancestors pa JOIN place_entities anc ON anc.id = pa.ancestor_id
            WHERE anc.kind IN ('province', 'country')
            """, transaction: transaction);
        // A province beats the country above it; each place has at most one of each.
        foreach (var (place, ancestor, kind) in rows)
            if (kind == "province" || !regions.ContainsKey(place)) regions[place] = ancestor;
        return regions;
    }
}
