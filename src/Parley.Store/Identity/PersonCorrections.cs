using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Parley.Store.Identity;

/// <summary>
/// A user's merges and splits of person entities. Each is applied at once and stored as a correction
/// naming its mentions by source key and name key, which the resolver applies again whenever one of those
/// articles is re-ingested or re-extracted. A later correction overrides an earlier one about the same
/// mentions, so a wrong merge is undone by a split and a wrong split by a merge.
/// </summary>
public static class PersonCorrections
{
    /// <summary>Makes entity <paramref name="other"/> part of <paramref name="keep"/>; <paramref name="other"/> then points to it.</summary>
    public static CorrectionOutcome Merge(SqliteKnowledgeStore store, long keep, long other, TimeProvider? clock = null)
    {
        if (keep == other) return new CorrectionOutcome(false, $"P{keep} and P{other} are already one person.");
        var connection = store.Connection;
        using var transaction = connection.BeginTransaction(deferred: false);
        var correction = Store(connection, transaction, CorrectionKinds.Merge, $"merge P{keep} P{other}", clock);
        var arguments = new { Correction = correction, Keep = keep, Other = other, Basis = $"correction #{correction}: P{other} merged into P{keep}" };
        connection.Execute(
            """
            INSERT OR IGNORE INTO person_correction_mentions (correction_id, side, source_key, name_key)
            SELECT @Correction, CASE WHEN entity_id = @Keep THEN 0 ELSE 1 END, source_key, name_key
            FROM resolved_mentions WHERE entity_id IN (@Keep, @Other);
            UPDATE person_mentions SET score = NULL, basis = @Basis
            WHERE article_person_id IN (SELECT article_person_id FROM person_resolutions WHERE entity_id = @Other);
            """, arguments, transaction);
        var moved = connection.ExecuteScalar<int>("SELECT count(*) FROM person_resolutions WHERE entity_id = @Other", arguments, transaction);
        connection.Execute(
            """
            UPDATE person_resolutions SET entity_id = @Keep WHERE entity_id = @Other;
            UPDATE person_assignments SET entity_id = @Keep WHERE entity_id = @Other;
            INSERT OR IGNORE INTO person_entity_keys (lookup_key, entity_id) SELECT lookup_key, @Keep FROM person_entity_keys WHERE entity_id = @Other;
            UPDATE person_entities SET merged_into = @Keep WHERE id = @Other OR merged_into = @Other;
            """, arguments, transaction);
        store.CatchUpNetworkTotals(transaction);
        transaction.Commit();
        return new CorrectionOutcome(true, $"Merged P{other} into P{keep}: {moved} {(moved == 1 ? "mention" : "mentions")} moved (correction #{correction}).", correction, keep, moved);
    }

    /// <summary>Moves the mentions of <paramref name="entity"/> that <paramref name="selection"/> picks to a new entity.</summary>
    public static CorrectionOutcome Split(SqliteKnowledgeStore store, long entity, SplitSelection selection, TimeProvider? clock = null)
    {
        var connection = store.Connection;
        using var transaction = connection.BeginTransaction(deferred: false);
        var mentions = connection.Query<(long ArticlePersonId, string Name, string SourceKey, string NameKey, long Picked)>(
            """
            SELECT x.article_person_id, x.name, x.source_key, x.name_key,
                   x.record_id IN @Sources OR x.source_key IN @Sources
                   OR EXISTS (SELECT 1 FROM person_mention_features f
                              WHERE f.article_person_id = x.article_person_id AND f.kind = @OrganizationKind AND f.value IN @Organizations)
            FROM resolved_mentions x
            WHERE x.entity_id = @Entity
            ORDER BY x.article_person_id
            """,
            new
            {
                Entity = entity, selection.Sources, OrganizationKind = FeatureKinds.Organization,
                Organizations = selection.Organizations.Select(o => o.ToString(CultureInfo.InvariantCulture)).ToArray(),
            }, transaction).AsList();
        var picked = mentions.Where(m => m.Picked != 0).ToList();
        if (picked.Count == 0) return new CorrectionOutcome(false, $"No mention of P{entity} matches {selection.Describe()}.");
        if (picked.Count == mentions.Count) return new CorrectionOutcome(false, $"Every mention of P{entity} matches {selection.Describe()}: nothing would stay.");

        var correction = Store(connection, transaction, CorrectionKinds.Split, $"split P{entity} {selection.Describe()}", clock);
        connection.Execute(
            "INSERT OR IGNORE INTO person_correction_mentions (correction_id, side, source_key, name_key) VALUES (@Correction, @Side, @SourceKey, @NameKey)",
            mentions.Select(m => new { Correction = correction, Side = m.Picked != 0 ? 1 : 0, m.SourceKey, m.NameKey }), transaction);
        var created = connection.ExecuteScalar<long>(
            "INSERT INTO person_entities (name) VALUES (@Name) RETURNING id", new { picked[0].Name }, transaction);
        connection.Execute(
            """
            UPDATE person_resolutions SET entity_id = @Created WHERE article_person_id = @ArticlePersonId;
            UPDATE person_mentions SET score = NULL, basis = @Basis WHERE article_person_id = @ArticlePersonId;
            UPDATE person_assignments SET entity_id = @Created WHERE source_key = @SourceKey AND name_key = @NameKey;
            INSERT OR IGNORE INTO person_entity_keys (lookup_key, entity_id)
            SELECT lookup_key, @Created FROM person_mentions WHERE article_person_id = @ArticlePersonId;
            """,
            picked.Select(m => new
            {
                Created = created, m.ArticlePersonId, m.SourceKey, m.NameKey,
                Basis = $"correction #{correction}: split from P{entity} into P{created}",
            }), transaction);
        store.CatchUpNetworkTotals(transaction);
        transaction.Commit();
        return new CorrectionOutcome(true,
            $"Split {picked.Count} of {mentions.Count} mentions of P{entity} into the new P{created} (correction #{correction}).",
            correction, created, picked.Count);
    }

    private static long Store(SqliteConnection connection, SqliteTransaction transaction, string kind, string description, TimeProvider? clock) =>
        connection.ExecuteScalar<long>(
            "INSERT INTO person_corrections (kind, description, created_at) VALUES (@Kind, @Description, @CreatedAt) RETURNING id",
            new
            {
                Kind = kind, Description = description,
                CreatedAt = (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            }, transaction);
}
