using Dapper;
using Parley.Text;

namespace Parley.Store.Identity;

/// <summary>
/// Who held which title at an organization, as far as the articles say: each (person, title) becomes an
/// interval from its first to its last dated mention. Starts from the organization's own rows in
/// <c>article_organizations</c> (and <c>organization_resolutions</c> for articles without them), so
/// the cost grows with the organization's mentions only.
/// </summary>
public static class OrganizationHolders
{
    private static readonly string Sql = $"""
        SELECT p.title AS Title, r.entity_id AS PersonId, pe.name AS Person, a.record_id AS ArticleId,
               {MentionDate.Of("p.article_person_id", "a.published")} AS Seen
        FROM (SELECT p.id FROM article_organizations ao
              JOIN positions p ON p.article_id = ao.article_id AND p.organization_id = ao.organization_id
              WHERE ao.entity_id = @Id
              UNION
              SELECT p.id FROM organization_resolutions o JOIN positions p ON p.organization_id = o.organization_id
              WHERE o.entity_id = @Id
                AND NOT EXISTS (SELECT 1 FROM article_organizations ao WHERE ao.article_id = p.article_id AND ao.organization_id = p.organization_id)) x
        JOIN positions p ON p.id = x.id
        JOIN person_resolutions r ON r.article_person_id = p.article_person_id
        JOIN person_entities pe ON pe.id = r.entity_id
        JOIN articles a ON a.id = p.article_id
        """;

    /// <summary>The statement, keyed on one organization's rows (checked by a query-plan test).</summary>
    internal static IReadOnlyList<string> Statements => [Sql];

    /// <summary>
    /// Every title held at organization entity <paramref name="organizationId"/>; with <paramref name="at"/>
    /// (<c>YYYY-MM-DD</c>), only those held at that date: seen on both sides of it, or last seen before it
    /// with nobody else seen holding the same title since and the holder not seen there with another title since.
    /// </summary>
    public static IReadOnlyList<TitleHolding> Read(SqliteKnowledgeStore store, long organizationId, string? at = null)
    {
        var rows = store.Connection.Query<Row>(
            Sql, new { Id = organizationId }).AsList();

        var spells = rows.GroupBy(r => (r.PersonId, Title: NameKey.Of(r.Title)))
            .Select(g =>
            {
                var dated = g.Where(r => r.Seen is not null).OrderBy(r => r.Seen, StringComparer.Ordinal).ToList();
                var sources = g.OrderBy(r => r.Seen is null).ThenBy(r => r.Seen, StringComparer.Ordinal).Select(r => r.ArticleId).Distinct().ToList();
                var title = g.GroupBy(r => r.Title).MaxBy(t => t.Count())!.Key;
                return (TitleKey: g.Key.Title, Holding: new TitleHolding(
                    title, g.Key.PersonId, g.First().Person, dated.FirstOrDefault()?.Seen, dated.LastOrDefault()?.Seen, g.Count(), sources, SeenAround: false));
            })
            .ToList();

        var held = at is null
            ? spells.Select(s => s.Holding)
            : spells
                .Where(s => s.Holding.FirstSeen is not null && string.CompareOrdinal(s.Holding.FirstSeen, at) <= 0)
                .Select(s => (s.TitleKey, Holding: s.Holding with { SeenAround = string.CompareOrdinal(s.Holding.LastSeen, at) >= 0 }))
                .Where(s => s.Holding.SeenAround || !spells.Any(later =>
                    // Replaced: someone else seen with the title since, or the holder seen there with another title since.
                    (later.TitleKey == s.TitleKey) != (later.Holding.PersonId == s.Holding.PersonId)
                    && later.Holding.FirstSeen is not null && string.CompareOrdinal(later.Holding.FirstSeen, at) <= 0
                    && string.CompareOrdinal(later.Holding.LastSeen, s.Holding.LastSeen) > 0))
                .Select(s => s.Holding);
        return held
            .OrderBy(h => h.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(h => h.FirstSeen is null).ThenBy(h => h.FirstSeen, StringComparer.Ordinal).ThenBy(h => h.Person, StringComparer.Ordinal)
            .ToList();
    }

    // Property setters, not a positional record: Dapper matches constructors by exact column type, and the
    // computed Seen column has no type when it is NULL.
    private sealed record Row
    {
        public string Title { get; init; } = "";
        public long PersonId { get; init; }
        public string Person { get; init; } = "";
        public string ArticleId { get; init; } = "";
        public string? Seen { get; init; }
    }
}
