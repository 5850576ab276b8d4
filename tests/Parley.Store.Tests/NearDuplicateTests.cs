using Dapper;
using static Parley.Store.Tests.NearDuplicateStories;

namespace Parley.Store.Tests;

/// <summary>The same story stored under several inputs with other furniture or small edits is linked and counted once.</summary>
public class NearDuplicateTests
{
    private static readonly string[] FerryPeople = ["Ana Lima", "Chen Bo"];

    [Fact]
    public void The_same_story_with_other_furniture_and_wording_is_stored_linked_to_the_first_copy_and_counted_once()
    {
        using var db = new TempDatabase();
        using var store = db.Open();

        store.Save(Article("daily/ferry.txt", RivertonDailyHeader + Ferry, FerryPeople)).ShouldBe(SaveOutcome.Inserted);
        store.Save(Article("harbor/ferry-talks.txt", HarborNewsHeader + FerryReworded + HarborNewsFooter, FerryPeople)).ShouldBe(SaveOutcome.NearDuplicate);

        var counts = store.Counts();
        counts.Articles.ShouldBe(2);
        counts.NearDuplicates.ShouldBe(1);
        counts.Events.ShouldBe(1);
        store.RecentEvents(10).ShouldHaveSingleItem().ArticleId.ShouldBe("ferry");
        store.EventRows().ShouldHaveSingleItem().ArticleId.ShouldBe("ferry");
        store.ParticipantRows().Count().ShouldBe(2);
        store.PositionRows().Select(p => p.ArticleId).Distinct().ShouldBe(["ferry"]);
        store.Records().Count().ShouldBe(2);
        var link = Links(db).ShouldHaveSingleItem();
        link.Copy.ShouldBe("ferry-talks");
        link.Original.ShouldBe("ferry");
        link.Similarity.ShouldBeInRange(0.4, 0.95);
    }

    [Fact]
    public void Different_stories_under_the_same_site_furniture_are_not_linked()
    {
        using var db = new TempDatabase();
        using var store = db.Open();

        store.Save(Article("daily/ferry.txt", RivertonDailyHeader + Ferry + RivertonDailyFooter, FerryPeople)).ShouldBe(SaveOutcome.Inserted);
        store.Save(Article("daily/orchids.txt", RivertonDailyHeader + Orchids + RivertonDailyFooter, "Zoe Park", "Ivo Berg")).ShouldBe(SaveOutcome.Inserted);

        store.Counts().NearDuplicates.ShouldBe(0);
        store.Counts().Events.ShouldBe(2);
    }

    [Fact]
    public void Formulaic_stories_about_different_visitors_are_not_linked()
    {
        using var db = new TempDatabase();
        using var store = db.Open();

        store.Save(Article("council/1.txt", CourtesyCall("Max Ortega", "Peru"), "Chen Bo", "Max Ortega")).ShouldBe(SaveOutcome.Inserted);
        store.Save(Article("council/2.txt", CourtesyCall("Lea Novak", "Slovenia"), "Chen Bo", "Lea Novak")).ShouldBe(SaveOutcome.Inserted);
        // The same visitor's call reported twice is one story.
        store.Save(Article("council/3.txt", CourtesyCall("Max Ortega", "Peru") + " Photo: council press office", "Chen Bo", "Max Ortega"))
            .ShouldBe(SaveOutcome.NearDuplicate);

        store.Counts().Events.ShouldBe(2);
    }

    [Fact]
    public void Replacing_the_original_makes_its_oldest_copy_the_original_of_the_others()
    {
        using var db = new TempDatabase();
        using var store = db.Open();
        SaveFerryAndACopy(store);
        store.Save(Article("c.txt", Ferry + RivertonDailyFooter, FerryPeople)).ShouldBe(SaveOutcome.NearDuplicate);

        store.Save(OrchidsAt("a.txt")).ShouldBe(SaveOutcome.Replaced);

        Links(db).Select(l => (l.Copy, l.Original)).ShouldBe([("c", "b")]);
        store.Counts().Events.ShouldBe(2);
        store.RecentEvents(10).Select(e => e.ArticleId).Order().ShouldBe(["a", "b"]);
    }

    [Fact]
    public void An_original_whose_input_now_repeats_another_article_hands_its_copies_over()
    {
        using var db = new TempDatabase();
        using var store = db.Open();
        SaveFerryAndACopy(store);
        store.Save(OrchidsAt("d.txt"));

        // a.txt now holds exactly d.txt's article: its ferry story is gone from the input.
        store.Save(OrchidsAt("a.txt")).ShouldBe(SaveOutcome.Duplicate);

        Links(db).ShouldBeEmpty();
        store.Counts().ShouldBe(store.Counts() with { Articles = 2, Events = 2, NearDuplicates = 0 });
    }

    [Fact]
    public void A_copy_edited_into_another_story_is_unlinked()
    {
        using var db = new TempDatabase();
        using var store = db.Open();
        SaveFerryAndACopy(store);

        store.Save(OrchidsAt("b.txt")).ShouldBe(SaveOutcome.Replaced);

        Links(db).ShouldBeEmpty();
        store.Counts().Events.ShouldBe(2);
    }

    [Fact]
    public void Articles_stored_before_detection_existed_are_indexed_and_linked_when_the_store_opens()
    {
        using var db = new TempDatabase();
        using (var store = db.Open()) SaveFerryAndACopy(store);
        using (var raw = db.Raw())
            // As the migration leaves an older database: nothing indexed, every article pending.
            raw.Execute("DELETE FROM near_duplicates; DELETE FROM minhash_bands; DELETE FROM minhash_signatures; INSERT INTO minhash_pending SELECT id FROM articles;");

        using (var reopened = db.Open())
            reopened.Counts().NearDuplicates.ShouldBe(1);

        Links(db).Select(l => (l.Copy, l.Original)).ShouldBe([("b", "a")]);
        using var check = db.Raw();
        check.ExecuteScalar<long>("SELECT count(*) FROM minhash_signatures").ShouldBe(2);
        check.ExecuteScalar<long>("SELECT count(*) FROM minhash_pending").ShouldBe(0);
    }

    /// <summary>Stores the ferry story as a.txt and, linked to it, the same story under another site's header as b.txt.</summary>
    private static void SaveFerryAndACopy(SqliteKnowledgeStore store)
    {
        store.Save(Article("a.txt", Ferry, FerryPeople)).ShouldBe(SaveOutcome.Inserted);
        store.Save(Article("b.txt", HarborNewsHeader + Ferry, FerryPeople)).ShouldBe(SaveOutcome.NearDuplicate);
    }

    private static ArticleToStore OrchidsAt(string sourceKey) => Article(sourceKey, Orchids, "Zoe Park", "Ivo Berg");

    /// <summary>Every near-duplicate link as (copy's record id, original's record id, similarity).</summary>
    private static List<(string Copy, string Original, double Similarity)> Links(TempDatabase db)
    {
        using var raw = db.Raw();
        return raw.Query<(string, string, double)>(
            """
            SELECT c.record_id, o.record_id, n.similarity
            FROM near_duplicates n JOIN articles c ON c.id = n.article_id JOIN articles o ON o.id = n.original_id
            ORDER BY n.article_id
            """).AsList();
    }
}
