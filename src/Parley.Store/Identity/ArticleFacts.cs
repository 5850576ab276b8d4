using Dapper;
using Microsoft.Data.Sqlite;
using Parley.Store.Ingestion;

namespace Parley.Store.Identity;

/// <summary>
/// Everything resolution needs of one freshly stored article, read back in a few index look-ups by
/// article key, so the resolver sees exactly the rows the writer stored.
/// </summary>
internal sealed record ArticleFacts(
    long ArticleKey,
    string SourceKey,
    string? Published,
    IReadOnlyList<ArticleFacts.Person> People,
    IReadOnlyList<ArticleFacts.Position> Positions,
    IReadOnlyList<ArticleFacts.Event> Events,
    IReadOnlyList<ArticleFacts.Participant> Participants,
    IReadOnlyList<ArticleFacts.NamedOrganization> Organizations,
    IReadOnlyList<ArticleFacts.AliasMember> Aliases,
    IReadOnlyList<string> PlaceMentions)
{
    /// <summary>An article-level person.</summary>
    public sealed record Person(long Id, string Name);

    /// <summary>A title of an article-level person, with its organization row when one is named.</summary>
    public sealed record Position(long ArticlePersonId, string Title, long? OrganizationId, string? Org);

    /// <summary>An event with its first day and location as written.</summary>
    public sealed record Event(long Id, string? Start, string? Location);

    /// <summary>An article-level person taking part in an event.</summary>
    public sealed record Participant(long EventId, long ArticlePersonId);

    /// <summary>An organization row the article names, with the spelling the article used.</summary>
    public sealed record NamedOrganization(long Id, string Written);

    /// <summary>One name of one alias group.</summary>
    public sealed record AliasMember(long Group, long OrganizationId);

    /// <summary>Reads the facts of article <paramref name="articleKey"/>.</summary>
    public static ArticleFacts Load(SqliteConnection connection, SqliteTransaction transaction, long articleKey)
    {
        var arguments = new { ArticleKey = articleKey };
        var (sourceKey, published) = connection.QuerySingle<(string, string?)>(
            "SELECT source_key, published FROM articles WHERE id = @ArticleKey", arguments, transaction);
        var people = connection.Query<Person>(
            "SELECT id AS Id, name AS Name FROM article_people WHERE article_id = @ArticleKey ORDER BY ordinal", arguments, transaction).AsList();
        var positions = connection.Query<Position>(
            """
            SELECT article_person_id AS ArticlePersonId, title AS Title, organization_id AS OrganizationId, org AS Org
            FROM positions WHERE article_id = @ArticleKey ORDER BY id
            """, arguments, transaction).AsList();
        var events = connection.Query<Event>(
            "SELECT id AS Id, start AS Start, location AS Location FROM events WHERE article_id = @ArticleKey ORDER BY ordinal",
            arguments, transaction).AsList();
        var participants = connection.Query<Participant>(
            """
            SELECT p.event_id AS EventId, p.article_person_id AS ArticlePersonId
            FROM events e JOIN event_participants p ON p.event_id = e.id
            WHERE e.article_id = @ArticleKey AND p.article_person_id IS NOT NULL
            ORDER BY e.ordinal, p.ordinal
            """, arguments, transaction).AsList();
        // Every spelling the article used for each organization row, positions first (they carry titles).
        var organizations = connection.Query<NamedOrganization>(
            """
            SELECT organization_id AS Id, org AS Written FROM positions WHERE article_id = @ArticleKey AND organization_id IS NOT NULL
            UNION ALL
            SELECT o.organization_id, o.name FROM events e JOIN event_organizations o ON o.event_id = e.id WHERE e.article_id = @ArticleKey
            UNION ALL
            SELECT organization_id, name FROM aliases WHERE article_id = @ArticleKey
            """, arguments, transaction).DistinctBy(o => o.Id).ToList();
        var aliases = connection.Query<AliasMember>(
            "SELECT group_ordinal AS \"Group\", organization_id AS OrganizationId FROM aliases WHERE article_id = @ArticleKey ORDER BY group_ordinal, ordinal",
            arguments, transaction).AsList();
        var placeMentions = connection.Query<string>(
            "SELECT text FROM mentions WHERE article_id = @ArticleKey AND kind = @Kind ORDER BY start",
            new { ArticleKey = articleKey, Kind = MentionKinds.Place }, transaction).AsList();
        return new ArticleFacts(articleKey, sourceKey, published, people, positions, events, participants, organizations, aliases, placeMentions);
    }
}
