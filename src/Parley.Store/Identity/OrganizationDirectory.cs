using Dapper;
using Microsoft.Data.Sqlite;
using Parley.Lexicons;
using Parley.Text;

namespace Parley.Store.Identity;

/// <summary>
/// Finds organization entities by id (<c>O7</c>) or by name: by the canonical key the resolver files names
/// under (so "Sunlit Batteries Co., Ltd." finds "Sunlit Batteries"), by acronym, and by every entity
/// the written name stood for in some article ("Municipal Party Committee" lists each city's).
/// </summary>
public static class OrganizationDirectory
{
    /// <summary>The organizations <paramref name="reference"/> may mean in <paramref name="store"/>.</summary>
    public static OrganizationLookup Find(SqliteKnowledgeStore store, string reference) => Find(store.Connection, reference);

    internal static OrganizationLookup Find(SqliteConnection connection, string reference)
    {
        if (EntityReference.Id(reference, 'O') is { } id)
        {
            var live = EntityReference.FollowMerges(connection, "organization_entities", id);
            var found = Describe(connection, [live]);
            return new OrganizationLookup(found, live != id && found.Count > 0 ? $"O{id} was merged into O{live}." : null);
        }
        var name = OrganizationName.Of(reference.Trim(), Gazetteer.Default);
        var keys = new List<string> { name.Body };
        if (name.IsPlaceBody && connection.ExecuteScalar<long?>(
                "SELECT id FROM place_entities WHERE gazetteer_id = @Id", new { name.Place!.Id }) is { } place)
            keys.Add(name.PlaceKey(place));
        var ids = connection.Query<long>(
            """
            SELECT entity_id FROM organization_entity_keys WHERE key IN @Keys
            UNION SELECT entity_id FROM organization_acronyms WHERE acronym = @Acronym
            UNION SELECT r.entity_id FROM organizations o JOIN organization_resolutions r ON r.organization_id = o.id WHERE o.key = @NameKey
            UNION SELECT ao.entity_id FROM organizations o JOIN article_organizations ao ON ao.organization_id = o.id WHERE o.key = @NameKey
            """,
            new { Keys = keys, Acronym = name.IsAcronym ? name.Body : "", NameKey = NameKey.Of(reference) }).AsList();
        return new OrganizationLookup(Describe(connection, ids));
    }

    /// <summary>The live entities among <paramref name="ids"/>, most often named first.</summary>
    private static IReadOnlyList<OrganizationCandidate> Describe(SqliteConnection connection, IReadOnlyList<long> ids) =>
        connection.Query<(long Id, string Name, string? Place, long Articles)>(
            """
            SELECT e.id AS Id, e.name AS Name, p.name AS Place,
                   (SELECT count(*) FROM article_organizations ao WHERE ao.entity_id = e.id) AS Articles
            FROM organization_entities e LEFT JOIN place_entities p ON p.id = e.place_entity_id
            WHERE e.id IN @Ids AND e.merged_into IS NULL
            """,
            new { Ids = ids.Distinct().ToArray() })
            .Select(c => new OrganizationCandidate(c.Id, c.Name, c.Place, (int)c.Articles))
            .OrderByDescending(c => c.Articles).ThenBy(c => c.Id).ToList();
}
