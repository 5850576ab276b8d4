using Parley.Core.Tests.Extraction;
using Parley.Model;

namespace Parley.Core.Tests.Events;

/// <summary>Which date an engagement takes when its own sentence gives none, or gives another's.</summary>
public class EventDateTests
{
    [Fact]
    public void DateOfAClauseAboutAnotherNoun_DoesNotDateTheEvent()
    {
        var record = Extract.From(
            "On March 7, Party chief Lin Qiaoyun attended a budget meeting with the Dalian delegation. " +
            "Lin spoke at a budget meeting with the Dalian delegation during the annual congress that opened in Shenyang on March 5.",
            published: "2024-03-08");

        var e = record.Events.ShouldHaveSingleItem();
        e.Start.ShouldBe("2024-03-07");
        e.Location.ShouldBe("Shenyang");
    }

    [Fact]
    public void EarlierEngagementRecalledWithoutDate_StaysUndated()
    {
        var record = Extract.From(
            "On September 16, Prime Minister Tomas Ferreira hosted Governor Lin Qiaoyun in Kunming. " +
            "Ferreira praised Andres Molina's recent tour of the tea farms in Hotan.",
            published: "2024-09-17");

        var tour = record.Events.Where(e => e.Type == EventTypes.Visit).ShouldHaveSingleItem();
        tour.Participants.ShouldContain("Andres Molina");
        tour.Start.ShouldBeNull();
    }

    [Fact]
    public void StopWithoutADayOfItsOwn_TakesTheTripsRange()
    {
        var record = Extract.From(
            "On Oct 4, Governor Lin Qiaoyun met with Governor Tomas Ferreira of Aichi. " +
            "Lin Qiaoyun led the delegation on a visit to Japan from Oct 3 to 7. " +
            "In Osaka, Lin Qiaoyun met with Mayor Andres Molina.",
            published: "2024-10-12");

        record.Events.ShouldContain(e => e.Participants.Contains("Andres Molina") && e.Start == "2024-10-03" && e.End == "2024-10-07");
    }
}
