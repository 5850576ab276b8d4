using Dapper;
using Microsoft.Data.Sqlite;
using Parley.Lexicons;
using Parley.Text;

namespace Parley.Store.Identity;

/// <summary>
/// Maps the organization names of one article onto organization entities. A name finds its entity by its
/// canonical key (<see cref="OrganizationName"/>: legal forms, Party spellings and word order of public
/// bodies do not matter), a bare acronym by the initials of a long name seen before, and the names of one
/// alias group ("X (Y)") share an entity; when a group joins two existing entities they are merged.
/// </summary>
internal sealed class OrganizationResolver(SqliteConnection connection, SqliteTransaction transaction, PlaceEntities places)
{
    /// <summary>Resolves every organization row <paramref name="facts"/> names; returns them by organization id.</summary>
    public IReadOnlyDictionary<long, ResolvedOrganization> Resolve(ArticleFacts facts)
    {
        var names = facts.Organizations.ToDictionary(o => o.Id, o => OrganizationName.Of(o.Written.Trim(), places.Gazetteer));
        var context = new ArticlePlaceContext(facts, names.Values.Select(n => n.Place).OfType<Place>(), places.Gazetteer);
        var keyed = names.ToDictionary(n => n.Key, n => Keyed(n.Value, context, facts.SourceKey));

        var resolved = new Dictionary<long, ResolvedOrganization>();
        foreach (var group in Groups(facts))
        {
            var members = group.Select(id => (Id: id, Name: names[id], Keyed: keyed[id])).ToList();
            var entity = members.Any(m => !m.Name.IsAcronym) ? ResolveNamed(members) : ResolveAcronyms(members);
            foreach (var (id, name, (_, place, _)) in members)
            {
                Execute(
                    "INSERT INTO article_organizations (article_id, organization_id, entity_id) VALUES (@Article, @Id, @Entity)",
                    new { Article = facts.ArticleKey, Id = id, Entity = entity });
                // The name on its own, without this article around it: a body that needs a place is only its generic kind.
                var global = name.NeedsPlace is null ? entity : GenericEntity(name);
                Execute("INSERT OR IGNORE INTO organization_resolutions (organization_id, entity_id) VALUES (@Id, @Entity)", new { Id = id, Entity = global });
                resolved[id] = new ResolvedOrganization(entity, place, name.Written, name.IsAcronym ? name.Body : null, name.Initials);
            }
        }
        return resolved;
    }

    /// <summary>The canonical key of a name in this article, the place it belongs to, and the display name for a new entity.</summary>
    private (string Key, Place? Place, string Display) Keyed(OrganizationName name, ArticlePlaceContext context, string sourceKey)
    {
        if (name.IsPlaceBody) return (name.PlaceKey(places.EntityOf(name.Place!)), name.Place, name.Written);
        if (name.NeedsPlace is not { } level) return (name.Body, name.Place, name.Written);
        if (context.For(level, places) is { } place) return (name.PlaceKey(places.EntityOf(place)), place, $"{name.Written} ({place.Name})");
        // No place of that level in the article: the body is this article's own, never merged with another article's.
        return ($"#{sourceKey} {name.Body}", null, name.Written);
    }

    /// <summary>The article's organization ids grouped by alias group (names in no group alone), in order of appearance.</summary>
    private static IEnumerable<List<long>> Groups(ArticleFacts facts)
    {
        // Union-find over the alias groups: a name in two groups joins them.
        var parent = facts.Organizations.ToDictionary(o => o.Id, o => o.Id);
        long Root(long id) => parent[id] == id ? id : parent[id] = Root(parent[id]);
        foreach (var group in facts.Aliases.GroupBy(a => a.Group))
        {
            var first = Root(group.First().OrganizationId);
            foreach (var member in group) parent[Root(member.OrganizationId)] = first;
        }
        return facts.Organizations.GroupBy(o => Root(o.Id)).Select(g => g.Select(o => o.Id).ToList());
    }

    /// <summary>
    /// The entity of an alias group with at least one full name: the full names' existing entities (merged
    /// when the group shows two are one), else a new one. Acronyms in the group become acronyms of it, never
    /// keys: two organizations may share an acronym, and only a full name says which one an article means.
    /// </summary>
    private long ResolveNamed(List<(long Id, OrganizationName Name, (string Key, Place? Place, string Display) Keyed)> members)
    {
        var full = members.Where(m => !m.Name.IsAcronym).ToList();
        var existing = full.Select(m => ByKey(m.Keyed.Key)).OfType<long>().Distinct().Order().ToList();
        var entity = existing.Count > 0 ? existing[0] : Create(members.Select(m => m.Keyed).ToList());
        foreach (var other in existing.Skip(1)) Merge(entity, other);
        foreach (var m in full)
        {
            Execute("INSERT OR IGNORE INTO organization_entity_keys (key, entity_id) VALUES (@Key, @Entity)", new { m.Keyed.Key, Entity = entity });
            if (m.Name.Initials is { } initials) AddAcronym(initials, entity);
        }
        foreach (var m in members.Where(m => m.Name.IsAcronym))
        {
            AddAcronym(m.Name.Body, entity);
            // A bare acronym seen before that no other organization has: it meant this one all along. Its key is
            // dropped, so a later bare use is decided by the owners of the acronym again.
            if (ByKey(m.Name.Body) is { } bare && bare != entity && OwnersOf(m.Name.Body).All(o => o == entity))
            {
                Merge(entity, bare);
                Execute("DELETE FROM organization_entity_keys WHERE key = @Key", new { Key = m.Name.Body });
            }
        }
        return entity;
    }

    /// <summary>
    /// The entity of acronyms without a full name: the one organization known to have the acronym, else the
    /// entity of the bare acronym itself (created when new), which stands for it while its owner is unknown or ambiguous.
    /// </summary>
    private long ResolveAcronyms(List<(long Id, OrganizationName Name, (string Key, Place? Place, string Display) Keyed)> members)
    {
        foreach (var m in members)
            if (OwnersOf(m.Name.Body) is [var owner]) return owner;
        var entity = members.Select(m => ByKey(m.Keyed.Key)).OfType<long>().FirstOrDefault();
        if (entity == 0) entity = Create(members.Select(m => m.Keyed).ToList());
        foreach (var m in members)
            Execute("INSERT OR IGNORE INTO organization_entity_keys (key, entity_id) VALUES (@Key, @Entity)", new { m.Keyed.Key, Entity = entity });
        return entity;
    }

    private long? ByKey(string key) => Scalar("SELECT entity_id FROM organization_entity_keys WHERE key = @Key", new { Key = key });

    /// <summary>Up to two entities with this acronym (two already make it ambiguous).</summary>
    private List<long> OwnersOf(string acronym) =>
        connection.Query<long>("SELECT entity_id FROM organization_acronyms WHERE acronym = @Acronym LIMIT 2", new { Acronym = acronym }, transaction).AsList();

    private void AddAcronym(string acronym, long entity) =>
        Execute("INSERT OR IGNORE INTO organization_acronyms (acronym, entity_id) VALUES (@Acronym, @Entity)", new { Acronym = acronym, Entity = entity });

    private long Create(IReadOnlyList<(string Key, Place? Place, string Display)> members)
    {
        // The longest name displays best: the full name rather than its acronym.
        var display = members.MaxBy(m => m.Display.Length).Display;
        var place = members.Select(m => m.Place).OfType<Place>().FirstOrDefault();
        return connection.ExecuteScalar<long>(
            "INSERT INTO organization_entities (name, place_entity_id) VALUES (@Name, @Place) RETURNING id",
            new { Name = display, Place = place is null ? (long?)null : places.EntityOf(place) }, transaction);
    }

    /// <summary>The entity of a public body's generic name ("Municipal Government" of no particular city).</summary>
    private long GenericEntity(OrganizationName name)
    {
        var key = "?" + NameKey.Of(name.Written);
        if (ByKey(key) is { } known) return known;
        var id = connection.ExecuteScalar<long>(
            "INSERT INTO organization_entities (name) VALUES (@Name) RETURNING id", new { Name = name.Written }, transaction);
        Execute("INSERT INTO organization_entity_keys (key, entity_id) VALUES (@Key, @Entity)", new { Key = key, Entity = id });
        return id;
    }

    /// <summary>
    /// Folds entity <paramref name="drop"/> into <paramref name="keep"/> everywhere it is referred to; the dropped
    /// row stays, pointing at the kept one, so its id is never reused.
    /// </summary>
    private void Merge(long keep, long drop) =>
        Execute(
            """
            UPDATE organization_resolutions SET entity_id = @Keep WHERE entity_id = @Drop;
            UPDATE article_organizations SET entity_id = @Keep WHERE entity_id = @Drop;
            UPDATE organization_entity_keys SET entity_id = @Keep WHERE entity_id = @Drop;
            INSERT OR IGNORE INTO organization_acronyms (acronym, entity_id) SELECT acronym, @Keep FROM organization_acronyms WHERE entity_id = @Drop;
            DELETE FROM organization_acronyms WHERE entity_id = @Drop;
            UPDATE OR IGNORE person_mention_features SET value = @KeepValue WHERE kind = 'org' AND value = @DropValue;
            DELETE FROM person_mention_features WHERE kind = 'org' AND value = @DropValue;
            UPDATE organization_entities
            SET name = CASE WHEN length(d.name) > length(organization_entities.name) THEN d.name ELSE organization_entities.name END,
                place_entity_id = coalesce(organization_entities.place_entity_id, d.place_entity_id)
            FROM (SELECT name, place_entity_id FROM organization_entities WHERE id = @Drop) AS d
            WHERE organization_entities.id = @Keep;
            UPDATE organization_entities SET merged_into = @Keep WHERE id = @Drop OR merged_into = @Drop;
            """,
            new { Keep = keep, Drop = drop, KeepValue = keep.ToString(System.Globalization.CultureInfo.InvariantCulture), DropValue = drop.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    private long? Scalar(string sql, object parameters) => connection.ExecuteScalar<long?>(sql, parameters, transaction);

    private void Execute(string sql, object parameters) => connection.Execute(sql, parameters, transaction);
}
