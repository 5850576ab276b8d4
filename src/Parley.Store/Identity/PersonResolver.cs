using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Parley.Store.Identity;

/// <summary>
/// Decides which person entity each person of one article is, in this order: what the user's corrections
/// say; the entity the same name of the same source had before (a re-ingested or re-extracted article),
/// while its context still fits; the best-scoring entity with the same lookup key (<see cref="PersonMatchScorer"/>);
/// else a new entity. Candidates come from an index on the lookup key, never from a scan.
/// </summary>
internal sealed class PersonResolver(SqliteConnection connection, SqliteTransaction transaction)
{
    /// <summary>Resolves and records every mention of the article stored under <paramref name="sourceKey"/>.</summary>
    public void Resolve(string sourceKey, IReadOnlyList<PersonMention> mentions)
    {
        // Most knowledge bases hold no corrections: one look-up then spares the per-mention query over them.
        var anyCorrections = connection.ExecuteScalar<bool>("SELECT EXISTS (SELECT 1 FROM person_corrections)", transaction: transaction);
        foreach (var mention in mentions)
        {
            var verdicts = anyCorrections ? CorrectionVerdicts.For(connection, transaction, sourceKey, mention.Keys.NameKey) : CorrectionVerdicts.None;
            var (entity, score, basis) = Decide(sourceKey, mention, verdicts);
            Record(sourceKey, mention, entity ?? NewEntity(mention.Name), score, basis);
        }
    }

    private (long? Entity, double? Score, string Basis) Decide(string sourceKey, PersonMention mention, CorrectionVerdicts verdicts)
    {
        if (verdicts.Join is var (joined, correction))
            return (joined, null, $"correction #{correction}: the same person as P{joined}");

        var previous = connection.ExecuteScalar<long?>(
            "SELECT entity_id FROM person_assignments WHERE source_key = @SourceKey AND name_key = @NameKey",
            new { SourceKey = sourceKey, mention.Keys.NameKey }, transaction);
        var candidates = connection.Query<long>(
            """
            SELECT k.entity_id FROM person_entity_keys k JOIN person_entities e ON e.id = k.entity_id
            WHERE k.lookup_key = @LookupKey AND e.merged_into IS NULL
            """,
            new { mention.Keys.LookupKey }, transaction).ToHashSet();
        if (previous is { } p) candidates.Add(p);
        candidates.ExceptWith(verdicts.Apart.Keys);

        var context = mention.ToContext();
        var scored = candidates
            .Select(id => (Id: id, Context: EntityContextReader.Read(connection, transaction, id)))
            // An entity whose (recent) mentions no longer have this name is no candidate, unless it is this source's own:
            // its mentions of the name went with a replaced article or with a split.
            .Where(c => c.Context.LookupKeys.Contains(mention.Keys.LookupKey) || c.Id == previous)
            .Select(c => (c.Id, c.Context.Mentions, Score: PersonMatchScorer.Score(context, c.Context)))
            .OrderByDescending(c => c.Score.Total).ThenByDescending(c => c.Mentions).ThenBy(c => c.Id)
            .ToList();
        var apart = verdicts.Apart.Count == 0 ? "" : "; kept apart from " + string.Join(", ", verdicts.Apart.Select(a => $"P{a.Key} (correction #{a.Value})"));

        // The entity of this source's previous version, unless the context now speaks against it; with no other
        // mentions left there is nothing to speak against it.
        var keptAt = scored.FindIndex(c => c.Id == previous && (c.Mentions == 0 || c.Score.IsSamePerson));
        if (keptAt >= 0)
            return (previous, scored[keptAt].Score.Total, $"kept P{previous} from the article's previous version (score {Points(scored[keptAt].Score.Total)}){apart}");
        if (scored.Count == 0)
            return (null, null, $"new: no earlier person of this name{apart}");
        var best = scored[0];
        return best.Score.IsSamePerson
            ? (best.Id, best.Score.Total, $"matched P{best.Id} (score {Points(best.Score.Total)}){apart}")
            : (null, best.Score.Total, $"new: the best candidate, P{best.Id}, scored {Points(best.Score.Total)}{apart}");
    }

    private long NewEntity(string name) =>
        connection.ExecuteScalar<long>("INSERT INTO person_entities (name) VALUES (@Name) RETURNING id", new { Name = name.Trim() }, transaction);

    private void Record(string sourceKey, PersonMention mention, long entity, double? score, string basis)
    {
        var keys = mention.Keys;
        connection.Execute(
            """
            INSERT INTO person_resolutions (article_person_id, entity_id) VALUES (@Id, @Entity);
            INSERT INTO person_mentions (article_person_id, name_key, lookup_key, seen, score, basis)
            VALUES (@Id, @NameKey, @LookupKey, @Seen, @Score, @Basis);
            INSERT OR IGNORE INTO person_entity_keys (lookup_key, entity_id) VALUES (@LookupKey, @Entity);
            INSERT INTO person_assignments (source_key, name_key, entity_id) VALUES (@SourceKey, @NameKey, @Entity)
                ON CONFLICT (source_key, name_key) DO UPDATE SET entity_id = excluded.entity_id;
            """,
            new { Id = mention.ArticlePersonId, Entity = entity, keys.NameKey, keys.LookupKey, mention.Seen, Score = score, Basis = basis, SourceKey = sourceKey },
            transaction);
        if (mention.Features.Count > 0)
            connection.Execute(
                "INSERT INTO person_mention_features (article_person_id, kind, value) VALUES (@Id, @Kind, @Value)",
                mention.Features.Select(f => new { Id = mention.ArticlePersonId, f.Kind, f.Value }), transaction);
    }

    private static string Points(double score) => score.ToString("0.##", CultureInfo.InvariantCulture);
}
