using Dapper;
using Parley.Store.Schema;

namespace Parley.Store.Tests;

public class MigrationTests
{
    private static readonly string[] ExpectedTables =
    [
        "articles", "mentions", "people", "organizations", "places", "article_people", "article_person_spans",
        "positions", "events", "event_participants", "event_organizations", "agreements", "event_topics", "aliases", "article_text",
    ];

    [Fact]
    public void Open_CreatesFileWithEveryTableAtLatestVersion()
    {
        using var db = new TempDatabase();
        using (var store = db.Open())
            store.SchemaVersion.ShouldBe(EmbeddedMigrations.LatestVersion);

        using var raw = db.Raw();
        var tables = raw.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table'").ToHashSet();
        foreach (var table in ExpectedTables) tables.ShouldContain(table);
        raw.ExecuteScalar<int>("PRAGMA user_version").ShouldBe(EmbeddedMigrations.LatestVersion);
        raw.ExecuteScalar<string>("PRAGMA journal_mode").ShouldBe("wal");
    }

    [Fact]
    public void Migrate_OnCurrentDatabase_AppliesNothing()
    {
        using var db = new TempDatabase();
        db.Open().Dispose();

        using var raw = db.Raw();
        SchemaMigrator.Migrate(raw, db.FilePath, EmbeddedMigrations.All).ShouldBeEmpty();
    }

    [Fact]
    public void Open_KeepsData_WhenReopened()
    {
        using var db = new TempDatabase();
        using (var store = db.Open()) store.Save(Samples.Article());
        using (var store = db.Open()) store.Counts().Articles.ShouldBe(1);
    }

    [Fact]
    public void Open_OlderDatabase_AppliesOnlyTheNewSteps()
    {
        using var db = new TempDatabase();
        using (var v1 = new SqliteKnowledgeStore(db.FilePath, EmbeddedMigrations.All, TimeProvider.System))
            v1.Save(Samples.Article());

        var next = EmbeddedMigrations.LatestVersion + 1;
        Migration[] withNext = [.. EmbeddedMigrations.All, new Migration(next, "9999_test.sql", "CREATE TABLE test_extra (x INTEGER);")];
        using (var upgraded = new SqliteKnowledgeStore(db.FilePath, withNext, TimeProvider.System))
        {
            upgraded.SchemaVersion.ShouldBe(next);
            upgraded.Counts().Articles.ShouldBe(1);
        }

        using var raw = db.Raw();
        raw.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master WHERE name = 'test_extra'").ShouldBe(1);
    }

    [Fact]
    public void Open_FailedMigration_LeavesPreviousVersion()
    {
        using var db = new TempDatabase();
        db.Open().Dispose();

        var next = EmbeddedMigrations.LatestVersion + 1;
        Migration[] broken = [.. EmbeddedMigrations.All, new Migration(next, "9999_broken.sql", "CREATE TABLE half (x); THIS IS NOT SQL;")];
        Should.Throw<Exception>(() => new SqliteKnowledgeStore(db.FilePath, broken, TimeProvider.System));

        using var raw = db.Raw();
        raw.ExecuteScalar<int>("PRAGMA user_version").ShouldBe(EmbeddedMigrations.LatestVersion);
        raw.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master WHERE name = 'half'").ShouldBe(0);
    }

    [Fact]
    public void Open_NewerDatabase_IsRefusedAndLeftAlone()
    {
        using var db = new TempDatabase();
        var future = EmbeddedMigrations.LatestVersion + 5;
        using (var raw = db.Raw()) raw.Execute($"PRAGMA user_version = {future}");

        var error = Should.Throw<SchemaTooNewException>(() => db.Open());

        error.DatabaseVersion.ShouldBe(future);
        error.Message.ShouldContain(db.FilePath);
        error.Message.ShouldContain("newer Parley");
        using var check = db.Raw();
        check.ExecuteScalar<int>("PRAGMA user_version").ShouldBe(future);
        check.ExecuteScalar<string>("PRAGMA journal_mode").ShouldBe("delete");
    }

    [Fact]
    public void EmbeddedMigrations_StartAtOneAndAscendWithoutRepeats()
    {
        var versions = EmbeddedMigrations.All.Select(m => m.Version).ToList();
        versions.ShouldBeInOrder(SortDirection.Ascending);
        versions.Distinct().Count().ShouldBe(versions.Count);
        EmbeddedMigrations.All[0].Name.ShouldBe("0001_initial.sql");
        EmbeddedMigrations.All.ShouldContain(m => m.Name == "0003_near_duplicates.sql");
    }

    [Fact]
    public void Migrate_AcrossAGapInNumbers_AppliesTheLaterScripts()
    {
        using var db = new TempDatabase();
        using var raw = db.Raw();
        var first = new Migration(1, "0001_a.sql", "CREATE TABLE a (x);");
        SchemaMigrator.Migrate(raw, db.FilePath, [first]).ShouldBe([1]);

        // No script numbered 2 exists (reserved by another change): 3 and 5 still run, in order.
        Migration[] withGaps = [first, new Migration(3, "0003_c.sql", "CREATE TABLE c (x);"), new Migration(5, "0005_e.sql", "CREATE TABLE e (y REFERENCES c (x));")];
        SchemaMigrator.Migrate(raw, db.FilePath, withGaps).ShouldBe([3, 5]);

        raw.ExecuteScalar<int>("PRAGMA user_version").ShouldBe(5);
        raw.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master WHERE name IN ('a', 'c', 'e')").ShouldBe(3);
        SchemaMigrator.Migrate(raw, db.FilePath, withGaps).ShouldBeEmpty();
    }

    [Fact]
    public void Open_DatabaseFromBeforeNearDuplicates_MigratesAndLinksItsNearDuplicates()
    {
        using var db = new TempDatabase();
        using (var raw = db.Raw())
        {
            // A knowledge base as written before near-duplicate detection: two copies of one story, no signatures.
            SchemaMigrator.Migrate(raw, db.FilePath, EmbeddedMigrations.All.TakeWhile(m => m.Name != "0003_near_duplicates.sql").ToList());
            using var transaction = raw.BeginTransaction();
            string[] people = ["Ana Lima", "Chen Bo"];
            // One writer per article: it keeps per-article state.
            new ArticleWriter(raw, transaction).Insert(NearDuplicateStories.Article("a.txt", NearDuplicateStories.Ferry, people), DateTimeOffset.UnixEpoch);
            new ArticleWriter(raw, transaction).Insert(
                NearDuplicateStories.Article("b.txt", NearDuplicateStories.HarborNewsHeader + NearDuplicateStories.Ferry, people), DateTimeOffset.UnixEpoch);
            transaction.Commit();
        }

        using var store = db.Open();

        store.SchemaVersion.ShouldBe(EmbeddedMigrations.LatestVersion);
        store.Counts().ShouldBe(store.Counts() with { Articles = 2, Events = 1, NearDuplicates = 1 });
    }

    [Fact]
    public void Open_ManyArticlesFromBeforeNearDuplicates_AreAllIndexedInBatches()
    {
        // One more than a batch, so the indexing has to go on past its first transaction.
        const int articles = 501;
        using var db = new TempDatabase();
        using (var raw = db.Raw())
        {
            SchemaMigrator.Migrate(raw, db.FilePath, EmbeddedMigrations.All.TakeWhile(m => m.Name != "0003_near_duplicates.sql").ToList());
            using var transaction = raw.BeginTransaction();
            for (var i = 0; i < articles; i++)
                new ArticleWriter(raw, transaction).Insert(
                    Samples.Article($"in/{i}.txt", $"Bulletin number {i} of the harbor office.", new Model.ArticleRecord { Id = $"b{i}" }), DateTimeOffset.UnixEpoch);
            transaction.Commit();
        }

        db.Open().Dispose();

        using var check = db.Raw();
        check.ExecuteScalar<long>("SELECT count(*) FROM minhash_signatures").ShouldBe(articles);
        check.ExecuteScalar<long>("SELECT count(*) FROM minhash_pending").ShouldBe(0);
    }
}
