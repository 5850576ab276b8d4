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
    public void EmbeddedMigrations_AreNumberedFromOne()
    {
        EmbeddedMigrations.All.Select(m => m.Version).ShouldBe(Enumerable.Range(1, EmbeddedMigrations.All.Count));
        EmbeddedMigrations.All[0].Name.ShouldBe("0001_initial.sql");
    }
}
