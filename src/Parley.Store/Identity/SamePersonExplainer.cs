using Dapper;
using Microsoft.Data.Sqlite;

namespace Parley.Store.Identity;

/// <summary>
/// Explains the resolver's view of two person entities: the recorded decision behind each mention, the
/// corrections about them, and (for two entities) the same score the resolver uses, computed between
/// the two whole entities, with organizations, places and people named instead of ids.
/// </summary>
public static class SamePersonExplainer
{
    /// <summary>How many mention decisions are listed per entity.</summary>
    public const int MostDecisions = 20;

    /// <summary>The report on <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static WhySameReport Explain(SqliteKnowledgeStore store, PersonCandidate a, PersonCandidate b)
    {
        var connection = store.Connection;
        var same = a.Id == b.Id;
        var (first, second) = (EntityContextReader.Read(connection, null, a.Id), EntityContextReader.Read(connection, null, b.Id));
        var namesAgree = first.LookupKeys.Overlaps(second.LookupKeys);
        var score = same || !namesAgree ? null : Labelled(connection, PersonMatchScorer.Score(first, second));
        var decisions = Decisions(connection, a.Id).Concat(same ? [] : Decisions(connection, b.Id)).ToList();
        return new WhySameReport(a, b, same, namesAgree, score, decisions, Corrections(connection, a.Id, b.Id));
    }

    private static IEnumerable<MentionDecision> Decisions(SqliteConnection connection, long entity) =>
        connection.Query<MentionDecision>(
            """
            SELECT name AS Name, record_id AS ArticleId, seen AS Seen, score AS Score, basis AS Basis
            FROM resolved_mentions
            WHERE entity_id = @Entity
            ORDER BY article_person_id
            LIMIT @Most
            """, new { Entity = entity, Most = MostDecisions });

    private static List<CorrectionNote> Corrections(SqliteConnection connection, long a, long b)
    {
        const string names = """
            SELECT 1 FROM person_correction_mentions cm
            JOIN resolved_mentions x ON x.source_key = cm.source_key AND x.name_key = cm.name_key
            WHERE cm.correction_id = c.id AND x.entity_id =
            """;
        return connection.Query<CorrectionNote>(
            $"""
            SELECT c.id AS Id, c.kind AS Kind, c.description AS Description, c.created_at AS CreatedAt
            FROM person_corrections c
            WHERE EXISTS ({names} @A) AND EXISTS ({names} @B)
            ORDER BY c.id
            """, new { A = a, B = b }).AsList();
    }

    /// <summary>The score with each finding's stored values replaced by names people read.</summary>
    private static MatchScore Labelled(SqliteConnection connection, MatchScore score) =>
        score with
        {
            Evidence = score.Evidence.Select(e => e with { Values = e.Values.Select(v => Label(connection, e.Kind, v)).ToList() }).ToList(),
        };

    private static string Label(SqliteConnection connection, string? kind, string value) => kind switch
    {
        FeatureKinds.Organization => connection.ExecuteScalar<string?>("SELECT name FROM organization_entities WHERE id = @Id", new { Id = long.Parse(value, System.Globalization.CultureInfo.InvariantCulture) }),
        FeatureKinds.Place or FeatureKinds.Region or FeatureKinds.Visit => connection.ExecuteScalar<string?>("SELECT name FROM place_entities WHERE id = @Id", new { Id = long.Parse(value, System.Globalization.CultureInfo.InvariantCulture) }),
        FeatureKinds.Peer => connection.ExecuteScalar<string?>(
            """
            SELECT e.name FROM person_entity_keys k JOIN person_entities e ON e.id = k.entity_id
            WHERE k.lookup_key = @Key AND e.merged_into IS NULL ORDER BY e.id LIMIT 1
            """, new { Key = value }),
        FeatureKinds.Acronym or FeatureKinds.Initials => value.ToUpperInvariant(),
        _ => null,
    } ?? value;
}
