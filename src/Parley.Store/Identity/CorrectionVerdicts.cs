using Dapper;
using Microsoft.Data.Sqlite;

namespace Parley.Store.Identity;

/// <summary>
/// What the user's stored corrections say about one mention, found by its source key and name key: the
/// entity it must join, and the entities it must stay apart from. For each entity the newest correction
/// naming the mention together with one of the entity's mentions decides.
/// </summary>
/// <param name="Join">The entity the mention must join, with the deciding correction; null when none says so.</param>
/// <param name="Apart">Entities the mention must not join, each with the deciding correction.</param>
internal sealed record CorrectionVerdicts((long Entity, long Correction)? Join, IReadOnlyDictionary<long, long> Apart)
{
    /// <summary>No verdicts: what a mention no correction names gets.</summary>
    public static CorrectionVerdicts None { get; } = new(null, new Dictionary<long, long>());

    /// <summary>The verdicts for the mention of <paramref name="nameKey"/> in the article stored under <paramref name="sourceKey"/>.</summary>
    public static CorrectionVerdicts For(SqliteConnection connection, SqliteTransaction transaction, string sourceKey, string nameKey)
    {
        var rows = connection.Query<(long Correction, string Kind, long SameSide, long Entity)>(
            """
            SELECT c.id, c.kind, me.side = other.side, x.entity_id
            FROM person_correction_mentions me
            JOIN person_corrections c ON c.id = me.correction_id
            JOIN person_correction_mentions other ON other.correction_id = me.correction_id
            JOIN resolved_mentions x ON x.source_key = other.source_key AND x.name_key = other.name_key
            WHERE me.source_key = @SourceKey AND me.name_key = @NameKey
              AND NOT (other.source_key = @SourceKey AND other.name_key = @NameKey)
            ORDER BY c.id DESC
            """,
            new { SourceKey = sourceKey, NameKey = nameKey }, transaction);

        (long, long)? join = null;
        var apart = new Dictionary<long, long>();
        var decided = new HashSet<long>();
        foreach (var (correction, kind, sameSide, entity) in rows)
        {
            if (!decided.Add(entity)) continue;
            if (kind == CorrectionKinds.Merge || sameSide != 0) join ??= (entity, correction);
            else apart[entity] = correction;
        }
        return new CorrectionVerdicts(join, apart);
    }
}
