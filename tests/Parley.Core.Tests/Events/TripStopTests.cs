using Parley.Core.Tests.Extraction;
using Parley.Model;

namespace Parley.Core.Tests.Events;

/// <summary>A trip to several places reported in one sentence.</summary>
public class TripStopTests
{
    [Fact]
    public void PlacesListedTogether_GiveOneVisitPerStop()
    {
        var record = Extract.From(
            "On May 11 and 12, accompanied by Governor Pan Zixuan, Secretary Lin Qiaoyun went to the cities of Baoding and Tangshan, where she toured a steel plant.",
            published: "2024-05-14");

        var visits = record.Events.Where(e => e.Type == EventTypes.Visit).ToList();
        visits.Select(v => v.Location).ShouldBe(["Baoding", "Tangshan"], ignoreOrder: true);
        visits.ShouldAllBe(v => v.Start == "2024-05-11" && v.End == "2024-05-12" && v.Participants.Contains("Lin Qiaoyun"));
    }

    [Fact]
    public void StopWhereACounterpartWasMet_IsThatMeetingOnly()
    {
        var record = Extract.From(
            "President Lin Qiaoyun began a business trip to Kenya, Uganda and Zambia. " +
            "In Kenya, Lin Qiaoyun met with Prime Minister Tomas Ferreira.");

        record.Events.Where(e => e.Type == EventTypes.Visit).Select(v => v.Location).ShouldBe(["Uganda", "Zambia"], ignoreOrder: true);
        record.Events.ShouldContain(e => e.Type == EventTypes.Meeting && e.Location == "Kenya");
    }

    [Fact]
    public void PlaceDescribedByAnother_IsNoSecondStop()
    {
        var record = Extract.From("President Tomas Ferreira arrived in Kashgar, the largest city of southern Xinjiang, for a two-day visit.");

        record.Events.ShouldHaveSingleItem().Type.ShouldBe(EventTypes.Visit);
    }
}
