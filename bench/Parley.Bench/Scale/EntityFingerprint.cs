using Dapper;
using Microsoft.Data.Sqlite;

namespace Parley.Bench.Scale;

/// <summary>
/// A fingerprint of the entities and resolutions stored up to some point: ids, names and which entity each
/// article-level person and organization name resolves to. Equal fingerprints before and after an ingest
/// mean nothing existing was renumbered, renamed or re-resolved.
/// </summary>
internal sealed record EntityFingerprint(long People, long Organizations, long Places, long Mentions, double Checksum)
{
    /// <summary>
    /// Reads the fingerprint of the rows with ids up to those counted in <paramref name="upTo"/> (all rows when
    /// null), so rows appended later do not count.
    /// </summary>
    public static EntityFingerprint Read(string database, EntityFingerprint? upTo)
    {
        using var raw = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        raw.Open();
        var limits = upTo ?? raw.QuerySingle<EntityFingerprint>(
            """
            SELECT (SELECT max(id) FROM person_entities) AS People, (SELECT max(id) FROM organization_entities) AS Organizations,
                   (SELECT max(id) FROM place_entities) AS Places, (SELECT max(article_person_id) FROM person_resolutions) AS Mentions, 0.0 AS Checksum
            """);
        // Sums of per-row hashes: any renamed, renumbered or re-resolved row changes them.
        return raw.QuerySingle<EntityFingerprint>(
            """
            SELECT @People AS People, @Organizations AS Organizations, @Places AS Places, @Mentions AS Mentions,
                   (SELECT total(id * 31 + length(name) + unicode(name)) FROM person_entities WHERE id <= @People)
                 + (SELECT total(id * 37 + length(name) + unicode(name) + coalesce(place_entity_id, 0)) FROM organization_entities WHERE id <= @Organizations)
                 + (SELECT total(id * 41 + gazetteer_id + coalesce(parent_id, 0)) FROM place_entities WHERE id <= @Places)
                 + (SELECT total(article_person_id * 43 + entity_id) FROM person_resolutions WHERE article_person_id <= @Mentions) AS Checksum
            """, limits);
    }
}
