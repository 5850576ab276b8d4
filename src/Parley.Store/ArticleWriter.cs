using Dapper;
using Microsoft.Data.Sqlite;
using Parley.Model;
using Parley.Store.Identity;
using Parley.Text;

namespace Parley.Store;

/// <summary>
/// Writes one article and everything extracted from it into the tables, inside the caller's
/// transaction. Entities are looked up (or created) by <see cref="NameKey"/>; the names as
/// written stay on the link rows so nothing the article said is lost to normalization.
/// </summary>
internal sealed class ArticleWriter(SqliteConnection connection, SqliteTransaction transaction)
{
    // Per-save caches: a name repeated across people, positions and events costs one upsert.
    private readonly Dictionary<string, long> people = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> organizations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> places = new(StringComparer.Ordinal);
    private int nextPersonOrdinal;

    /// <summary>Inserts the article row and all its dependent rows; returns the article key.</summary>
    public long Insert(ArticleToStore article, DateTimeOffset ingestedAt)
    {
        var articleKey = Scalar<long>(
            """
            INSERT INTO articles (record_id, source_key, origin, url, site, title, published, raw_text, cleaned_text, content_hash, record_json, ingested_at)
            VALUES (@Id, @SourceKey, @Origin, @Url, @Site, @Title, @Published, @RawText, @CleanedText, @ContentHash, @RecordJson, @IngestedAt)
            RETURNING id
            """,
            new
            {
                article.Id, article.SourceKey, article.Origin, article.Url, article.Site, article.Title, article.Published,
                article.RawText, article.CleanedText, article.ContentHash,
                RecordJson = RecordJson.Serialize(article.Record, indented: false),
                IngestedAt = ingestedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture),
            });

        InsertMentions(articleKey, article.Mentions);
        var articlePeople = InsertPeople(articleKey, article.Record.People);
        InsertAliases(articleKey, article.Record.Aliases);
        for (var i = 0; i < article.Record.Events.Count; i++)
            InsertEvent(articleKey, i, article.Record.Events[i], articlePeople);
        new EntityResolver(connection, transaction).ResolveArticle(articleKey);
        return articleKey;
    }

    private void InsertMentions(long articleKey, IReadOnlyList<RecognizedMention> mentions)
    {
        if (mentions.Count == 0) return;
        Execute(
            """INSERT INTO mentions (article_id, kind, start, "end", text) VALUES (@ArticleKey, @Kind, @Start, @End, @Text)""",
            mentions.Select(m => new { ArticleKey = articleKey, m.Kind, m.Span.Start, m.Span.End, m.Text }));
    }

    /// <summary>Inserts the article's people and their positions; returns name key → article-person row.</summary>
    private Dictionary<string, (long ArticlePersonKey, long PersonKey)> InsertPeople(long articleKey, IReadOnlyList<PersonRecord> records)
    {
        var byKey = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        foreach (var person in records)
        {
            if (KeyOf(person.Name) is not { } key) continue;
            var personKey = Entity(EntityTable.People, key, person.Name);
            var articlePersonKey = InsertArticlePerson(articleKey, personKey, person.Name);
            byKey.TryAdd(key, (articlePersonKey, personKey));

            if (person.Evidence.Count > 0)
                Execute(
                    """INSERT INTO article_person_spans (article_person_id, start, "end") VALUES (@Owner, @Start, @End)""",
                    person.Evidence.Select(s => new { Owner = articlePersonKey, s.Start, s.End }));

            foreach (var position in person.Positions)
            {
                var orgKey = position.Org is { } org && KeyOf(org) is { } k ? Entity(EntityTable.Organizations, k, org) : (long?)null;
                var (start, end) = Cover(position.Evidence);
                Execute(
                    """
                    INSERT INTO positions (article_id, article_person_id, person_id, title, organization_id, org, evidence_start, evidence_end)
                    VALUES (@ArticleKey, @ArticlePersonKey, @PersonKey, @Title, @OrgKey, @Org, @Start, @End)
                    """,
                    new { ArticleKey = articleKey, ArticlePersonKey = articlePersonKey, PersonKey = personKey, position.Title, OrgKey = orgKey, position.Org, Start = start, End = end });
            }
        }
        return byKey;
    }

    /// <summary>Links a person to the article under the name as written; ordinals follow the record's order.</summary>
    private long InsertArticlePerson(long articleKey, long personKey, string name) =>
        Scalar<long>(
            "INSERT INTO article_people (article_id, person_id, ordinal, name) VALUES (@ArticleKey, @PersonKey, @Ordinal, @Name) RETURNING id",
            new { ArticleKey = articleKey, PersonKey = personKey, Ordinal = nextPersonOrdinal++, Name = name });

    private void InsertAliases(long articleKey, IReadOnlyList<IReadOnlyList<string>> groups)
    {
        for (var g = 0; g < groups.Count; g++)
            for (var i = 0; i < groups[g].Count; i++)
            {
                var name = groups[g][i];
                if (KeyOf(name) is not { } key) continue;
                Execute(
                    "INSERT INTO aliases (article_id, group_ordinal, ordinal, organization_id, name) VALUES (@ArticleKey, @Group, @Ordinal, @OrgKey, @Name)",
                    new { ArticleKey = articleKey, Group = g, Ordinal = i, OrgKey = Entity(EntityTable.Organizations, key, name), Name = name });
            }
    }

    private void InsertEvent(long articleKey, int ordinal, EventRecord record, Dictionary<string, (long ArticlePersonKey, long PersonKey)> articlePeople)
    {
        var placeKey = record.Location is { } location && KeyOf(location) is { } lk ? Entity(EntityTable.Places, lk, location) : (long?)null;
        var (start, end) = Cover(record.Evidence);
        var eventKey = Scalar<long>(
            """
            INSERT INTO events (article_id, ordinal, type, mode, start, "end", place_id, location, evidence_start, evidence_end)
            VALUES (@ArticleKey, @Ordinal, @Type, @Mode, @Start, @End, @PlaceKey, @Location, @EvidenceStart, @EvidenceEnd)
            RETURNING id
            """,
            new
            {
                ArticleKey = articleKey, Ordinal = ordinal, record.Type, record.Mode, record.Start, record.End,
                PlaceKey = placeKey, record.Location, EvidenceStart = start, EvidenceEnd = end,
            });

        for (var i = 0; i < record.Participants.Count; i++)
        {
            var name = record.Participants[i];
            if (KeyOf(name) is not { } key) continue;
            if (!articlePeople.TryGetValue(key, out var link))
            {
                // The spec says every participant is in the people list; when an extractor slips, still
                // link the person to the article so person ↔ article stays complete.
                var personKey = Entity(EntityTable.People, key, name);
                link = (InsertArticlePerson(articleKey, personKey, name), personKey);
                articlePeople[key] = link;
            }
            Execute(
                "INSERT INTO event_participants (event_id, ordinal, person_id, article_person_id, name) VALUES (@EventKey, @Ordinal, @PersonKey, @ArticlePersonKey, @Name)",
                new { EventKey = eventKey, Ordinal = i, link.PersonKey, link.ArticlePersonKey, Name = name });
        }

        for (var i = 0; i < record.Organizations.Count; i++)
        {
            var name = record.Organizations[i];
            if (KeyOf(name) is not { } key) continue;
            Execute(
                "INSERT INTO event_organizations (event_id, ordinal, organization_id, name) VALUES (@EventKey, @Ordinal, @OrgKey, @Name)",
                new { EventKey = eventKey, Ordinal = i, OrgKey = Entity(EntityTable.Organizations, key, name), Name = name });
        }

        if (record.Agreements.Count > 0)
            Execute(
                "INSERT INTO agreements (event_id, ordinal, text) VALUES (@EventKey, @Ordinal, @Text)",
                record.Agreements.Select((text, i) => new { EventKey = eventKey, Ordinal = i, Text = text }));

        if (record.Topics.Count > 0)
            // A topic listed twice is one fact, not an error.
            Execute(
                "INSERT OR IGNORE INTO event_topics (event_id, topic) VALUES (@EventKey, @Topic)",
                record.Topics.Select(topic => new { EventKey = eventKey, Topic = topic }));
    }

    /// <summary>The id of the entity with <paramref name="key"/>, created with <paramref name="name"/> when new.</summary>
    private long Entity(EntityTable table, string key, string name)
    {
        var cache = table switch
        {
            EntityTable.People => people,
            EntityTable.Organizations => organizations,
            _ => places,
        };
        if (cache.TryGetValue(key, out var id)) return id;
        // The no-op update makes RETURNING yield the existing row's id on conflict; the table name is one of three constants.
        id = Scalar<long>(
            $"INSERT INTO {TableName(table)} (key, name) VALUES (@Key, @Name) ON CONFLICT (key) DO UPDATE SET key = excluded.key RETURNING id",
            new { Key = key, Name = name.Trim() });
        cache[key] = id;
        return id;
    }

    private static string TableName(EntityTable table) => table switch
    {
        EntityTable.People => "people",
        EntityTable.Organizations => "organizations",
        EntityTable.Places => "places",
        _ => throw new ArgumentOutOfRangeException(nameof(table)),
    };

    /// <summary>The entity key of a name; null for a blank name, which names nothing.</summary>
    private static string? KeyOf(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var key = NameKey.Of(name);
        // A name of only symbols still deserves a stable key of its own rather than merging with other such names.
        return key.Length > 0 ? key : name.Trim().ToLowerInvariant();
    }

    /// <summary>The smallest span covering all evidence, as nullable columns.</summary>
    private static (int? Start, int? End) Cover(IReadOnlyList<TextSpan> spans)
    {
        if (spans.Count == 0) return (null, null);
        var cover = spans[0];
        for (var i = 1; i < spans.Count; i++) cover = cover.Union(spans[i]);
        return (cover.Start, cover.End);
    }

    private T Scalar<T>(string sql, object parameters) => connection.ExecuteScalar<T>(sql, parameters, transaction)!;

    private void Execute(string sql, object parameters) => connection.Execute(sql, parameters, transaction);

    private enum EntityTable { People, Organizations, Places }
}
