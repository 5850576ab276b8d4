using Parley.Model;
using Parley.Store.Queries;

namespace Parley.Store.Tests.Queries;

public sealed class EventQueryTests : IDisposable
{
    private readonly EngagementStore kb = new();

    public void Dispose() => kb.Dispose();

    private EventPage Run(EventFilter filter, int limit = 0) => new EventQuery(kb.Store).Run(filter, limit);

    private List<string?> Starts(EventFilter filter) => Run(filter).Events.Select(e => e.Start).ToList();

    [Fact]
    public void NoFilter_ListsEveryEvent_NewestFirst_UndatedLast()
    {
        var page = Run(EventFilter.All);

        page.Total.ShouldBe(5);
        page.Events.Select(e => e.Start).ShouldBe(["2024-02-01", "2024-01-10", "2023-06", "2023-05-17", null]);
    }

    [Fact]
    public void Limit_CutsTheListButNotTheTotal()
    {
        var page = Run(EventFilter.All, limit: 2);

        page.Total.ShouldBe(5);
        page.Events.Select(e => e.Start).ShouldBe(["2024-02-01", "2024-01-10"]);
    }

    [Fact]
    public void Listing_CarriesParticipantsAsWrittenWithTheirPersonEntity_AndTheEventsFacts()
    {
        var events = Run(EventFilter.All).Events;

        var visit = events.Single(e => e.Type == EventTypes.Visit);
        visit.ShouldBe(visit with { ArticleId = "a2", Mode = EventModes.InPerson, Location = "Wuhan", Place = "Wuhan", End = "2023-06" });
        visit.Participants.Select(p => p.Name).ShouldBe(["CHEN-BO", "Zoe Park"]);
        visit.Organizations.ShouldBe(["Shanghai Harbor Council"]);
        visit.Topics.ShouldBe(["infrastructure"]);
        var meeting = events.Single(e => e.Start == "2023-05-17");
        // One person under two spellings: the same entity.
        meeting.Participants[0].PersonId.ShouldBe(visit.Participants[0].PersonId);
        events.Single(e => e.Type == EventTypes.Signing).Agreements.ShouldBe(["a memorandum on river freight"]);
    }

    [Theory]
    [InlineData("2023-06-15", null, new[] { "2024-02-01", "2024-01-10", "2023-06" })] // June 2023 may be on or after the 15th
    [InlineData(null, "2023-06-15", new[] { "2023-06", "2023-05-17" })]
    [InlineData("2024", "2024-01", new[] { "2024-01-10" })]
    [InlineData("2023-05-18", "2023-05-31", new string[0])]
    [InlineData("2023-05-17", "2023-05-17", new[] { "2023-05-17" })]
    public void Dates_BoundTheStart_AndPartialDatesMatchWhenTheyMayFallInside(string? from, string? to, string[] starts)
    {
        var filter = new EventFilter
        {
            From = from is null ? null : DateBound.Parse(from),
            To = to is null ? null : DateBound.Parse(to),
        };

        Starts(filter).ShouldBe(starts);
    }

    [Fact]
    public void TypeAndMode_MatchExactly()
    {
        Starts(new EventFilter { Type = EventTypes.Meeting }).ShouldBe(["2024-02-01", "2023-05-17"]);
        Starts(new EventFilter { Mode = EventModes.Virtual }).ShouldBe(["2024-02-01"]);
        Run(new EventFilter { Type = EventTypes.Meeting, Mode = EventModes.InPerson }).Total.ShouldBe(1);
    }

    [Theory]
    [InlineData("Jiangsu", 2)]
    [InlineData("Jiangsu Province", 2)] // a gazetteer alias
    [InlineData("wuxi", 1)]
    [InlineData("China", 3)]
    [InlineData("France", 1)]
    [InlineData("Hubei", 1)]
    public void Place_TakesInEverythingInsideIt(string place, int events)
    {
        Run(new EventFilter { Place = place }).Total.ShouldBe(events);
    }

    [Fact]
    public void Names_NotStored_MatchNothing_AndSaySo()
    {
        var page = Run(new EventFilter { Place = "Atlantis", Topic = "trade" });

        page.Total.ShouldBe(0);
        page.Filter.MatchesNothing.ShouldBeTrue();
        page.Filter.Places.ShouldBeEmpty();
        page.Filter.People.ShouldBeNull();
        Run(new EventFilter { Person = "Nobody Known" }).Filter.People.ShouldBeEmpty();
        Run(new EventFilter { Organization = "No Such Council" }).Total.ShouldBe(0);
    }

    [Fact]
    public void Person_MatchesEverySpellingOfThePerson()
    {
        var page = Run(new EventFilter { Person = "chen bo" });

        page.Total.ShouldBe(4);
        page.Filter.People.ShouldNotBeNull().ShouldHaveSingleItem().Name.ShouldBe("Chen Bo");
        Run(new EventFilter { Person = "Luc Martin" }).Events.ShouldHaveSingleItem().Type.ShouldBe(EventTypes.Signing);
    }

    [Fact]
    public void Organization_MatchesEventsNamingIt_AndEventsWhereAParticipantHoldsAPositionInIt()
    {
        // Named by the events of a1, a2 and a4.
        Starts(new EventFilter { Organization = "Shanghai Harbor Council" }).ShouldBe(["2023-06", "2023-05-17", null]);
        // Never named by an event: Zoe Park is its Director in a2, where she took part in the visit.
        Starts(new EventFilter { Organization = "wuhan port authority" }).ShouldBe(["2023-06"]);
    }

    [Fact]
    public void TopicAndText()
    {
        Starts(new EventFilter { Topic = "trade" }).ShouldBe(["2024-02-01", "2024-01-10", "2023-05-17"]);
        Starts(new EventFilter { Text = "cold chain" }).ShouldBe(["2024-02-01", "2024-01-10"]);
        Starts(new EventFilter { Text = "chain cold" }).ShouldBe(["2024-02-01", "2024-01-10"]);
        Run(new EventFilter { Text = "\"cold* OR" }).Total.ShouldBe(0);
    }

    [Fact]
    public void Filters_Combine()
    {
        Starts(new EventFilter { Place = "Jiangsu", Topic = "technology" }).ShouldBe(["2024-01-10"]);
        Starts(new EventFilter { Person = "Zoe Park", Type = EventTypes.Meeting }).ShouldBe(["2024-02-01"]);
        Starts(new EventFilter { Person = "Ana Lima", Organization = "Shanghai Harbor Council", From = DateBound.Parse("2023") }).ShouldBe(["2023-05-17"]);
        Run(new EventFilter { Place = "Hubei", Topic = "trade" }).Total.ShouldBe(0);
    }

    [Fact]
    public void NearDuplicateArticles_AreNotCounted()
    {
        kb.MarkNearDuplicate("a3");

        Starts(EventFilter.All).ShouldBe(["2023-06", "2023-05-17", null]);
        Run(new EventFilter { Text = "cold chain" }).Total.ShouldBe(0);
    }
}
