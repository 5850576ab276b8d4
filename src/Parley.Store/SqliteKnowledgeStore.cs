using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Parley.Model;
using Parley.Store.NearDuplicates;
using Parley.Store.Queries;
using Parley.Store.Export;
using Parley.Store.Schema;
using Parley.Store.Totals;

namespace Parley.Store;

/// <summary>
/// The knowledge store in one SQLite file. Opening creates the file when missing and migrates an
/// older schema; WAL mode and a busy timeout let several ingest processes write the same file
/// (each save holds the write lock only for its own transaction). One instance is one connection:
/// not thread-safe.
/// </summary>
public sealed class SqliteKnowledgeStore : IKnowledgeStore, IDisposable
{
    /// <summary>How long a writer waits for another process's transaction before giving up.</summary>
    internal static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    private readonly SqliteConnection connection;
    private readonly TimeProvider clock;

    /// <summary>Opens (creating and migrating as needed) the knowledge base at <paramref name="path"/>.</summary>
    /// <exception cref="SchemaTooNewException">The file was written by a newer Parley.</exception>
    public SqliteKnowledgeStore(string path) : this(path, EmbeddedMigrations.All, TimeProvider.System) { }

    /// <summary>
    /// Opens the knowledge base at <paramref name="path"/>, telling <paramref name="notice"/> about long work
    /// the open does once (adding up the network totals of a store from an older Parley).
    /// </summary>
    public SqliteKnowledgeStore(string path, Action<string> notice) : this(path, EmbeddedMigrations.All, TimeProvider.System, notice) { }

    internal SqliteKnowledgeStore(string path, IReadOnlyList<Migration> migrations, TimeProvider clock, Action<string>? notice = null)
    {
        this.clock = clock;
        Path = System.IO.Path.GetFullPath(path);
        if (System.IO.Path.GetDirectoryName(Path) is { Length: > 0 } folder) Directory.CreateDirectory(folder);

        connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            // No pool: disposing the store must release the file (tests delete it, users move it).
            Pooling = false,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        }.ToString());
        try
        {
            connection.Open();
            // Check before anything writes, so a newer database is left exactly as it was.
            SchemaMigrator.EnsureNotNewer(connection, Path, migrations);
            connection.Execute($"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}");
            connection.ExecuteScalar<string>("PRAGMA journal_mode = WAL");
            // In WAL mode NORMAL keeps the file consistent through crashes and power loss; at worst the last
            // commits roll back, and re-running ingest restores them (it is idempotent). FULL would flush the
            // disk on every article's commit, which made ingestion several times slower.
            connection.Execute("PRAGMA synchronous = NORMAL");
            // Queries over a large store read many scattered pages: mapped, they come straight from the OS
            // page cache instead of being copied in one read call each (SQLite caps the mapping at 2 GB).
            connection.Execute("PRAGMA mmap_size = 2147418112");
            // Writes go through SQLite's own page cache, not the mapping: 2 MB by default, too small for the
            // totals' b-trees, whose rows a batch of events updates all over (64 MB, allocated only as used).
            connection.Execute("PRAGMA cache_size = -65536");
            SchemaMigrator.Migrate(connection, Path, migrations);
            SchemaVersion = connection.ExecuteScalar<int>("PRAGMA user_version");
            IndexPendingArticles();
            KeepsNetworkTotals = connection.ExecuteScalar<bool>("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'network_pending')");
            CatchUpNetworkTotals(notice);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>The schema version of the open database (after migration).</summary>
    public int SchemaVersion { get; }

    /// <summary>The open connection, for the query classes in Parley.Store.Queries (same rule: one thread).</summary>
    internal SqliteConnection Connection => connection;

    /// <inheritdoc/>
    public StoredArticleState? FindBySourceKey(string sourceKey) => FindBySourceKey(sourceKey, transaction: null);

    private StoredArticleState? FindBySourceKey(string sourceKey, SqliteTransaction? transaction) =>
        connection.QuerySingleOrDefault<StoredArticleState>(
            "SELECT id AS ArticleKey, record_id AS ArticleId, content_hash AS ContentHash FROM articles WHERE source_key = @SourceKey",
            new { SourceKey = sourceKey }, transaction);

    /// <inheritdoc/>
    public bool HoldsContent(string contentHash) =>
        connection.ExecuteScalar<bool>("SELECT EXISTS (SELECT 1 FROM articles WHERE content_hash = @ContentHash)", new { ContentHash = contentHash });

    /// <inheritdoc/>
    public SaveOutcome Save(ArticleToStore article)
    {
        // IMMEDIATE: take the write lock before reading, so the checks below still hold when we write,
        // even with another process ingesting into the same file.
        using var transaction = connection.BeginTransaction(deferred: false);
        var existing = FindBySourceKey(article.SourceKey, transaction);
        if (existing is not null && existing.ContentHash == article.ContentHash) return SaveOutcome.Unchanged;

        var nearDuplicates = new NearDuplicateIndex(connection, transaction);
        var storedElsewhere = connection.ExecuteScalar<long?>(
            "SELECT id FROM articles WHERE content_hash = @ContentHash AND source_key <> @SourceKey",
            new { article.ContentHash, article.SourceKey }, transaction);
        if (storedElsewhere is not null)
        {
            if (existing is not null)
            {
                // This input now holds an article stored under another key: its old content is gone from the input.
                Delete(existing.ArticleKey, nearDuplicates, transaction);
                PurgeOrphanEntities(transaction);
                CatchUpNetworkTotals(transaction);
                transaction.Commit();
            }
            return SaveOutcome.Duplicate;
        }

        if (existing is not null) Delete(existing.ArticleKey, nearDuplicates, transaction);
        var articleKey = new ArticleWriter(connection, transaction).Insert(article, clock.GetUtcNow());
        // After the insert: the people guard of near-duplicate detection reads the article's stored people.
        var isNearDuplicate = nearDuplicates.Add(articleKey, article.CleanedText);
        // After the insert, so entities the new version still names are kept rather than deleted and re-created.
        if (existing is not null) PurgeOrphanEntities(transaction);
        CatchUpNetworkTotals(transaction);
        transaction.Commit();
        return isNearDuplicate ? SaveOutcome.NearDuplicate : existing is null ? SaveOutcome.Inserted : SaveOutcome.Replaced;
    }

    /// <summary>
    /// Removes an article; the foreign keys cascade to every row extracted from it. Near-duplicates that were
    /// linked to it are linked again among themselves, so the story they repeat is still counted once.
    /// </summary>
    private void Delete(long articleKey, NearDuplicateIndex nearDuplicates, SqliteTransaction transaction)
    {
        var copies = nearDuplicates.CopiesOf(articleKey);
        connection.Execute("DELETE FROM articles WHERE id = @ArticleKey", new { ArticleKey = articleKey }, transaction);
        nearDuplicates.Relink(copies);
    }

    /// <summary>
    /// Gives articles stored before near-duplicate detection existed their signatures and links; a single
    /// look-up once done. Batches keep each transaction short, and a run interrupted half-way goes on at the next open.
    /// </summary>
    private void IndexPendingArticles()
    {
        const int batch = 500;
        // Read first: an open should take the write lock only when there is something to write.
        if (!connection.ExecuteScalar<bool>("SELECT EXISTS (SELECT 1 FROM minhash_pending)")) return;
        while (true)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var indexed = new NearDuplicateIndex(connection, transaction).IndexPending(batch);
            CatchUpNetworkTotals(transaction);
            transaction.Commit();
            if (indexed < batch) return;
        }
    }

    /// <summary>
    /// True when the schema has the network totals (migration 0006); a store opened with older migrations,
    /// as upgrade tests do, has none to keep.
    /// </summary>
    internal bool KeepsNetworkTotals { get; }

    /// <summary>Brings the network totals up to date inside a write <paramref name="transaction"/>, just before it commits.</summary>
    internal void CatchUpNetworkTotals(SqliteTransaction transaction)
    {
        if (KeepsNetworkTotals) NetworkTotals.CatchUp(connection, transaction);
    }

    /// <summary>How many events the network totals count, and how many wait to be added (none once a write has committed).</summary>
    public (long Counted, long Pending) NetworkTotalsState() => KeepsNetworkTotals
        ? connection.QuerySingle<(long, long)>("SELECT (SELECT count(*) FROM network_event_shares), (SELECT count(*) FROM network_pending)")
        : (0, 0);

    /// <summary>
    /// Recomputes the network totals from the events, in one transaction: nothing changes if it is
    /// interrupted. Needed only if they were damaged; every write keeps them current.
    /// </summary>
    public void RebuildNetworkTotals()
    {
        if (!KeepsNetworkTotals) return;
        using var transaction = connection.BeginTransaction(deferred: false);
        TotalsRebuild.Run(connection, transaction);
        transaction.Commit();
    }

    /// <summary>
    /// Gives events stored before the network totals existed (or pending after a rebuild) their shares, in
    /// batches of their own transactions, so an interrupted run goes on at the next open.
    /// </summary>
    private void CatchUpNetworkTotals(Action<string>? notice)
    {
        if (!KeepsNetworkTotals || NetworkTotals.AreCurrent(connection, transaction: null)) return;
        var pending = connection.ExecuteScalar<long>("SELECT count(*) FROM network_pending");
        if (pending <= NetworkTotals.Batch)
        {
            // What an interrupted write can leave: added as a write would.
            using var transaction = connection.BeginTransaction(deferred: false);
            NetworkTotals.CatchUp(connection, transaction);
            transaction.Commit();
            return;
        }
        // An upgraded or bulk-loaded store: every total is recomputed at once, which is faster than batches.
        notice?.Invoke(string.Create(CultureInfo.InvariantCulture, $"Adding up the network totals of {pending:N0} events (once, after an upgrade or a bulk load)..."));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        RebuildNetworkTotals();
        notice?.Invoke(string.Create(CultureInfo.InvariantCulture, $"Network totals added up in {clock.Elapsed.TotalSeconds:F0} s."));
    }

    /// <summary>
    /// Drops people, organizations and places no article mentions any more, so counts describe what is
    /// stored. Only needed after a delete, which is rare next to inserts.
    /// </summary>
    private void PurgeOrphanEntities(SqliteTransaction transaction) =>
        connection.Execute(
            """
            DELETE FROM people WHERE NOT EXISTS (SELECT 1 FROM article_people x WHERE x.person_id = people.id)
                AND NOT EXISTS (SELECT 1 FROM positions x WHERE x.person_id = people.id)
                AND NOT EXISTS (SELECT 1 FROM event_participants x WHERE x.person_id = people.id);
            DELETE FROM organizations WHERE NOT EXISTS (SELECT 1 FROM positions x WHERE x.organization_id = organizations.id)
                AND NOT EXISTS (SELECT 1 FROM event_organizations x WHERE x.organization_id = organizations.id)
                AND NOT EXISTS (SELECT 1 FROM aliases x WHERE x.organization_id = organizations.id);
            DELETE FROM places WHERE NOT EXISTS (SELECT 1 FROM events x WHERE x.place_id = places.id);
            """,
            transaction: transaction);

    /// <inheritdoc/>
    public StoreCounts Counts() =>
        connection.QuerySingle<StoreCounts>(
            $"""
            SELECT (SELECT count(*) FROM articles) AS Articles,
                   (SELECT count(*) FROM events e WHERE {NearDuplicateExclusion.Condition}) AS Events,
                   (SELECT count(*) FROM people) AS People,
                   (SELECT count(*) FROM organizations) AS Organizations,
                   (SELECT count(*) FROM places) AS Places,
                   (SELECT count(*) FROM near_duplicates) AS NearDuplicates
            """);

    /// <inheritdoc/>
    public IReadOnlyList<EventSummary> RecentEvents(int count)
    {
        var heads = connection.Query<EventHead>(
            $"""
            SELECT e.id AS EventKey, a.record_id AS ArticleId, e.start AS Start, e."end" AS "End",
                   e.type AS Type, e.mode AS Mode, e.location AS Location
            FROM events e JOIN articles a ON a.id = e.article_id
            WHERE {NearDuplicateExclusion.Condition}
            ORDER BY e.start IS NULL, e.start DESC, a.published DESC, e.id DESC
            LIMIT @Count
            """,
            new { Count = Math.Max(0, count) }).AsList();
        if (heads.Count == 0) return [];

        var participants = connection.Query<(long EventKey, string Name)>(
                "SELECT event_id, name FROM event_participants WHERE event_id IN @Keys ORDER BY event_id, ordinal",
                new { Keys = heads.Select(h => h.EventKey).ToArray() })
            .ToLookup(p => p.EventKey, p => p.Name);
        return heads
            .Select(h => new EventSummary(h.EventKey, h.ArticleId, h.Start, h.End, h.Type, h.Mode, h.Location, participants[h.EventKey].ToArray()))
            .ToArray();
    }

    /// <inheritdoc/>
    public IReadOnlyList<SearchHit> Search(string words, int limit = 20)
    {
        var query = FullTextQuery.AllWords(words);
        if (query.Length == 0) return [];
        return connection.Query<SearchHit>(
            """
            SELECT a.id AS ArticleKey, a.record_id AS ArticleId, a.title AS Title,
                   snippet(article_text, 1, '[', ']', '…', 12) AS Snippet
            FROM article_text JOIN articles a ON a.id = article_text.rowid
            WHERE article_text MATCH @Query
            ORDER BY rank
            LIMIT @Limit
            """,
            new { Query = query, Limit = Math.Max(0, limit) }).AsList();
    }

    /// <inheritdoc/>
    public IEnumerable<ArticleRecord> Records() =>
        connection.Query<string>("SELECT record_json FROM articles ORDER BY id", buffered: false)
            .Select(json => RecordJson.Deserialize(json));

    /// <inheritdoc/>
    public IEnumerable<EventRow> EventRows() =>
        connection.Query<EventRow>(
            $"""
            SELECT e.id AS EventKey, a.record_id AS ArticleId, e.type AS Type, e.mode AS Mode,
                   e.start AS Start, e."end" AS "End", e.location AS Location, ep.place_entity_id AS PlaceKey,
                   coalesce((SELECT group_concat(x.name, '; ' ORDER BY x.ordinal) FROM event_organizations x WHERE x.event_id = e.id), '') AS Organizations,
                   coalesce((SELECT group_concat(x.text, '; ' ORDER BY x.ordinal) FROM agreements x WHERE x.event_id = e.id), '') AS Agreements,
                   coalesce((SELECT group_concat(x.topic, '; ' ORDER BY x.rowid) FROM event_topics x WHERE x.event_id = e.id), '') AS Topics
            FROM events e JOIN articles a ON a.id = e.article_id
            LEFT JOIN event_places ep ON ep.event_id = e.id
            WHERE {NearDuplicateExclusion.Condition}
            ORDER BY e.id
            """,
            buffered: false);

    /// <inheritdoc/>
    public IEnumerable<ParticipantRow> ParticipantRows() =>
        connection.Query<ParticipantRow>(
            """
            SELECT ep.event_id AS EventKey, r.entity_id AS PersonKey, ep.name AS Name
            FROM event_participants ep LEFT JOIN person_resolutions r ON r.article_person_id = ep.article_person_id
            WHERE NOT EXISTS (SELECT 1 FROM near_duplicates n JOIN events e ON e.article_id = n.article_id WHERE e.id = ep.event_id)
            ORDER BY ep.event_id, ep.ordinal
            """,
            buffered: false);

    /// <inheritdoc/>
    public IEnumerable<PositionRow> PositionRows() =>
        connection.Query<PositionRow>(
            $"""
            SELECT r.entity_id AS PersonKey, ap.name AS Name, p.title AS Title, p.org AS Org,
                   orr.entity_id AS OrganizationKey, a.record_id AS ArticleId
            FROM positions p
            JOIN article_people ap ON ap.id = p.article_person_id
            JOIN articles a ON a.id = p.article_id
            LEFT JOIN person_resolutions r ON r.article_person_id = p.article_person_id
            LEFT JOIN organization_resolutions orr ON orr.organization_id = p.organization_id
            WHERE {NearDuplicateExclusion.On("p.article_id")}
            ORDER BY p.id
            """,
            buffered: false);

    /// <inheritdoc/>
    public IEnumerable<PersonEntityRow> PersonRows() =>
        connection.Query<PersonEntityRow>(
            """
            SELECT pe.id AS PersonKey, pe.name AS Name,
                   coalesce((SELECT group_concat(name, '; ' ORDER BY name) FROM (
                       SELECT DISTINCT ap.name FROM person_resolutions r JOIN article_people ap ON ap.id = r.article_person_id
                       WHERE r.entity_id = pe.id)), '') AS Names
            FROM person_entities pe
            ORDER BY pe.id
            """,
            buffered: false);

    /// <inheritdoc/>
    public IEnumerable<OrganizationEntityRow> OrganizationRows() =>
        connection.Query<OrganizationEntityRow>(
            """
            SELECT oe.id AS OrganizationKey, oe.name AS Name, oe.place_entity_id AS PlaceKey,
                   coalesce((SELECT group_concat(name, '; ' ORDER BY name) FROM (
                       SELECT DISTINCT o.name FROM organization_resolutions r JOIN organizations o ON o.id = r.organization_id
                       WHERE r.entity_id = oe.id)), '') AS Names
            FROM organization_entities oe
            ORDER BY oe.id
            """,
            buffered: false);

    /// <inheritdoc/>
    public IEnumerable<PlaceEntityRow> PlaceRows() =>
        connection.Query<PlaceEntityRow>(
            """
            SELECT id AS PlaceKey, name AS Name, kind AS Kind, country_code AS CountryCode, parent_id AS ParentKey, gazetteer_id AS GazetteerId
            FROM place_entities
            ORDER BY id
            """,
            buffered: false);

    /// <summary>Closes the database file.</summary>
    public void Dispose() => connection.Dispose();

    /// <summary>The columns of one event before its participants are attached.</summary>
    private sealed record EventHead(long EventKey, string ArticleId, string? Start, string? End, string Type, string Mode, string? Location);
}
