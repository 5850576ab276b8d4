using Dapper;
using Microsoft.Data.Sqlite;
using Parley.Model;

namespace Parley.Store.Tests;

public class SaveTests
{
    [Fact]
    public void Save_NewArticle_IsInsertedAndCounted()
    {
        using var db = new TempDatabase();
        using var store = db.Open();

        store.Save(Samples.Article()).ShouldBe(SaveOutcome.Inserted);

        // Riverton is both an org (Ana Lima's) and a place; HTC comes from the aliases.
        store.Counts().ShouldBe(new StoreCounts(Articles: 1, Events: 1, People: 2, Organizations: 3, Places: 1));
        var state = store.FindBySourceKey("in/a1.txt").ShouldNotBeNull();
        state.ArticleId.ShouldBe("a1");
        state.ContentHash.ShouldBe(ContentHash.Of(Samples.Text));
        store.FindBySourceKey("in/other.txt").ShouldBeNull();
    }

    [Fact]
    public void Save_KeepsProvenanceRows()
    {
        using var db = new TempDatabase();
        using (var store = db.Open()) store.Save(Samples.Article());

        using var raw = db.Raw();
        raw.ExecuteScalar<long>("SELECT count(*) FROM mentions").ShouldBe(2);
        raw.ExecuteScalar<long>("SELECT count(*) FROM article_person_spans").ShouldBe(2);
        raw.QuerySingle<(long, long)>("SELECT evidence_start, evidence_end FROM positions WHERE title = 'Mayor'").ShouldBe((10L, 30L));
        raw.ExecuteScalar<long>("SELECT count(*) FROM positions WHERE org IS NULL AND organization_id IS NULL").ShouldBe(1);
        raw.ExecuteScalar<long>("SELECT count(*) FROM aliases").ShouldBe(2);
        raw.ExecuteScalar<string>("SELECT cleaned_text FROM articles").ShouldBe(Samples.Text);
        raw.ExecuteScalar<string>("SELECT raw_text FROM articles").ShouldStartWith("<nav>");
    }

    [Fact]
    public void Save_SameKeyAndHash_IsUnchangedAndWritesNothing()
    {
        using var db = new TempDatabase();
        using var store = db.Open();
        store.Save(Samples.Article());
        var before = IngestedAt(db);

        store.Save(Samples.Article()).ShouldBe(SaveOutcome.Unchanged);

        store.Counts().Articles.ShouldBe(1);
        IngestedAt(db).ShouldBe(before);
        using var raw = db.Raw();
        raw.ExecuteScalar<long>("SELECT count(*) FROM events").ShouldBe(1);
    }

    [Fact]
    public void Save_SameKeyEditedContent_ReplacesAllOldRows()
    {
        using var db = new TempDatabase();
        using var store = db.Open();
        store.Save(Samples.Article());

        const string edited = "Chen Bo visited Lakeside on June 9.";
        var record = new ArticleRecord
        {
            Id = "a1",
            People = [new PersonRecord { Name = "Chen Bo", Positions = [new PositionRecord { Title = "Chairman", Org = "Harbor Trade Council" }] }],
            Events = [new EventRecord { Type = EventTypes.Visit, Start = "2024-06-09", End = "2024-06-09", Location = "Lakeside", Participants = ["Chen Bo"] }],
        };
        store.Save(Samples.Article(text: edited, record: record)).ShouldBe(SaveOutcome.Replaced);

        // Ana Lima, Riverton and HTC were only in the old version: the entities go with it.
        store.Counts().ShouldBe(new StoreCounts(Articles: 1, Events: 1, People: 1, Organizations: 1, Places: 1));
        store.FindBySourceKey("in/a1.txt")!.ContentHash.ShouldBe(ContentHash.Of(edited));
        store.PositionRows().Select(p => p.Title).ShouldBe(["Chairman"]);
        store.ParticipantRows().Select(p => p.Name).ShouldBe(["Chen Bo"]);
        store.EventRows().Single().Type.ShouldBe(EventTypes.Visit);
        store.Search("Riverton").ShouldBeEmpty();
        store.Search("Lakeside").Count.ShouldBe(1);
        using var raw = db.Raw();
        raw.ExecuteScalar<long>("SELECT count(*) FROM mentions").ShouldBe(2);
        raw.ExecuteScalar<long>("SELECT count(*) FROM agreements").ShouldBe(0);
        raw.ExecuteScalar<long>("SELECT count(*) FROM event_topics").ShouldBe(0);
        raw.ExecuteScalar<long>("SELECT count(*) FROM aliases").ShouldBe(0);
        raw.ExecuteScalar<string>("SELECT name FROM places").ShouldBe("Lakeside");
    }

    [Fact]
    public void Save_SameContentUnderNewKey_IsDuplicateAndStoredOnce()
    {
        using var db = new TempDatabase();
        using var store = db.Open();
        store.Save(Samples.Article("in/a1.txt"));

        store.Save(Samples.Article("mirror/a1-copy.txt")).ShouldBe(SaveOutcome.Duplicate);

        store.Counts().Articles.ShouldBe(1);
        store.FindBySourceKey("mirror/a1-copy.txt").ShouldBeNull();
        store.FindBySourceKey("in/a1.txt").ShouldNotBeNull();
    }

    [Fact]
    public void Save_KeyEditedToContentStoredElsewhere_DropsItsStaleArticle()
    {
        using var db = new TempDatabase();
        using var store = db.Open();
        store.Save(Samples.Article("in/a1.txt"));
        store.Save(Samples.Article("in/b.txt", text: "Chen Bo spoke.", record: new ArticleRecord { Id = "b" }));

        store.Save(Samples.Article("in/b.txt")).ShouldBe(SaveOutcome.Duplicate);

        store.Counts().Articles.ShouldBe(1);
        store.FindBySourceKey("in/b.txt").ShouldBeNull();
    }

    [Fact]
    public void Save_SharedEntities_AreOneRowAcrossArticles()
    {
        using var db = new TempDatabase();
        using var store = db.Open();
        store.Save(Samples.Article("in/a1.txt"));
        var spelledDifferently = Samples.Record("a2") with
        {
            People = [new PersonRecord { Name = "CHEN-BO" }],
            Events = [new EventRecord { Type = EventTypes.Meeting, Participants = ["CHEN-BO"], Location = "the Riverton" }],
            Aliases = [],
        };
        store.Save(Samples.Article("in/a2.txt", text: "Chen-Bo again.", record: spelledDifferently)).ShouldBe(SaveOutcome.Inserted);

        store.Counts().ShouldBe(new StoreCounts(Articles: 2, Events: 2, People: 2, Organizations: 3, Places: 1));
        var participants = store.ParticipantRows().ToList();
        participants.Where(p => p.Name is "Chen Bo" or "CHEN-BO").Select(p => p.PersonKey).Distinct().Count().ShouldBe(1);
        participants.ShouldContain(p => p.Name == "CHEN-BO");
    }

    [Fact]
    public void Save_ParticipantMissingFromPeople_IsStillLinkedToTheArticle()
    {
        using var db = new TempDatabase();
        using var store = db.Open();
        var record = new ArticleRecord { Id = "a3", Events = [new EventRecord { Type = EventTypes.Meeting, Participants = ["Ana Lima"] }] };

        store.Save(Samples.Article("in/a3.txt", text: "x", record: record));

        store.Counts().People.ShouldBe(1);
        using var raw = db.Raw();
        raw.ExecuteScalar<string>("SELECT name FROM article_people").ShouldBe("Ana Lima");
    }

    [Fact]
    public void Save_FailingMidway_LeavesDatabaseAsBefore()
    {
        using var db = new TempDatabase();
        using var store = db.Open();
        store.Save(Samples.Article("in/a1.txt"));
        var countsBefore = store.Counts();

        // The second event breaks the events.type CHECK after the article, people and first event were written.
        var broken = Samples.Record("bad") with
        {
            Events = [.. Samples.Record().Events, new EventRecord { Type = "party", Participants = ["Zoe Park"] }],
        };
        Should.Throw<SqliteException>(() => store.Save(Samples.Article("in/bad.txt", text: "Zoe Park threw a party.", record: broken)));
        // And a failed replace keeps the old version.
        Should.Throw<SqliteException>(() => store.Save(Samples.Article("in/a1.txt", text: "Edited, broken.", record: broken)));

        store.Counts().ShouldBe(countsBefore);
        store.FindBySourceKey("in/bad.txt").ShouldBeNull();
        store.FindBySourceKey("in/a1.txt")!.ContentHash.ShouldBe(ContentHash.Of(Samples.Text));
        store.Search("party").ShouldBeEmpty();
        store.Search("Riverton").Count.ShouldBe(1);
        // The connection is usable afterwards: no transaction was left open.
        store.Save(Samples.Article("in/ok.txt", text: "Ana Lima spoke.", record: new ArticleRecord { Id = "ok" })).ShouldBe(SaveOutcome.Inserted);
    }

    [Fact]
    public void Save_FromTwoStoresOnOneFile_AllArticlesArrive()
    {
        using var db = new TempDatabase();
        db.Open().Dispose();

        Parallel.For(0, 2, worker =>
        {
            using var store = db.Open();
            for (var i = 0; i < 15; i++)
            {
                var id = $"w{worker}-{i}";
                store.Save(Samples.Article($"in/{id}.txt", text: $"Article {id} about Ana Lima.", record: Samples.Record(id)))
                    .ShouldBe(SaveOutcome.Inserted);
            }
        });

        using var check = db.Open();
        check.Counts().Articles.ShouldBe(30);
        check.Counts().People.ShouldBe(2);
    }

    private static string IngestedAt(TempDatabase db)
    {
        using var raw = db.Raw();
        return raw.ExecuteScalar<string>("SELECT ingested_at FROM articles")!;
    }
}
