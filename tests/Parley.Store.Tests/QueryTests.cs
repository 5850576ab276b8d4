using Parley.Model;

namespace Parley.Store.Tests;

public class QueryTests
{
    [Fact]
    public void Search_FindsAWordInTextOrTitle_AndIgnoresQuerySyntax()
    {
        using var db = new TempDatabase();
        using var store = db.Open();
        store.Save(Samples.Article("in/a1.txt"));
        store.Save(Samples.Article("in/a2.txt", text: "Ana Lima opened the Lakeside fair.", record: new ArticleRecord { Id = "a2", Title = "Fair opens" }));

        var hit = store.Search("chairman").ShouldHaveSingleItem();
        hit.ArticleId.ShouldBe("a1");
        hit.Snippet.ShouldContain("[Chairman]");
        store.Search("ana lima").Count.ShouldBe(2);
        store.Search("opens").ShouldHaveSingleItem().Title.ShouldBe("Fair opens");
        store.Search("lakeside riverton").ShouldBeEmpty();
        store.Search("\"AND* (NEAR").ShouldBeEmpty();
        store.Search("   ").ShouldBeEmpty();
    }

    [Fact]
    public void RecentEvents_NewestFirst_UndatedLast_WithParticipantsInOrder()
    {
        using var db = new TempDatabase();
        using var store = db.Open();
        var record = new ArticleRecord
        {
            Id = "r1",
            Events =
            [
                new EventRecord { Type = EventTypes.Meeting, Start = "2023-01-05", End = "2023-01-05", Participants = ["Chen Bo", "Ana Lima"] },
                new EventRecord { Type = EventTypes.Conference, Participants = ["Zoe Park"] },
                new EventRecord { Type = EventTypes.Visit, Mode = EventModes.Virtual, Start = "2024-02", End = "2024-02", Location = "Lakeside" },
            ],
        };
        store.Save(Samples.Article("in/r1.txt", text: "r1", record: record));

        var recent = store.RecentEvents(10);

        recent.Select(e => e.Type).ShouldBe([EventTypes.Visit, EventTypes.Meeting, EventTypes.Conference]);
        recent[0].ShouldBe(recent[0] with { ArticleId = "r1", Mode = EventModes.Virtual, Start = "2024-02", Location = "Lakeside" });
        recent[0].Participants.ShouldBeEmpty();
        recent[1].Participants.ShouldBe(["Chen Bo", "Ana Lima"]);
        store.RecentEvents(1).ShouldHaveSingleItem().Type.ShouldBe(EventTypes.Visit);
        store.RecentEvents(0).ShouldBeEmpty();
    }

    [Fact]
    public void Queries_OnEmptyStore_ReturnNothing()
    {
        using var db = new TempDatabase();
        using var store = db.Open();

        store.Counts().ShouldBe(new StoreCounts(0, 0, 0, 0, 0));
        store.RecentEvents(5).ShouldBeEmpty();
        store.Search("anything").ShouldBeEmpty();
        store.Records().ShouldBeEmpty();
        store.EventRows().ShouldBeEmpty();
        store.ParticipantRows().ShouldBeEmpty();
        store.PositionRows().ShouldBeEmpty();
    }
}
