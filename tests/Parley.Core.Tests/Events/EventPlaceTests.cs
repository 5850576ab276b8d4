using Parley.Core.Tests.Extraction;
using Parley.Model;

namespace Parley.Core.Tests.Events;

/// <summary>Where an engagement took place: the place words, how they nest, datelines and trips.</summary>
public class EventPlaceTests
{
    [Fact]
    public void PlaceNamedThroughAPhrase_IsTheLocation()
    {
        var record = Extract.From("On May 8, the Seaport Mayors Forum was held in the coastal city of Rizhao, and Mayor Lin Qiaoyun met with Mayor Tomas Ferreira.");

        record.Events.ShouldContain(e => e.Location == "Rizhao");
    }

    [Fact]
    public void TheMostSpecificPlaceOfTheSentenceWins()
    {
        var record = Extract.From("On May 8, Governor Pan Zixuan met with Ambassador Tomas Ferreira in northwest China's Qinghai Province.");

        record.Events.ShouldHaveSingleItem().Location.ShouldBe("Qinghai Province");
    }

    [Fact]
    public void APlaceInsideTheLocationGivenLaterSharpensIt()
    {
        var record = Extract.From(
            "The Silk Trade Expo opened on Sunday in Gansu. " +
            "Vice Governor Pan Zixuan attended the expo, which was held in the Gansu capital, Lanzhou.");

        record.Events.ShouldHaveSingleItem().Location.ShouldBe("Lanzhou");
    }

    [Fact]
    public void DatelinePlace_SharpensACountryLevelLocation()
    {
        var record = Extract.From(
            "NAGOYA, June 22 (Agency) -- Party chief Zhao Minghui met with Governor Tomas Ferreira on Monday during a visit to Japan.",
            published: "2024-06-23");

        record.Events.ShouldContain(e => e.Type == EventTypes.Meeting && e.Location == "Nagoya");
    }

    [Fact]
    public void DatelinePlace_IsTheMainEventsLocationWhenTheTextGivesNone()
    {
        var record = Extract.From(
            "HARBIN, June 22 (Agency) -- Governor Pan Zixuan met with Tomas Ferreira, President of the Lusitania Trade Council, on Monday.",
            published: "2024-06-23");

        record.Events.ShouldHaveSingleItem().Location.ShouldBe("Harbin");
    }

    [Fact]
    public void UrbanDistrict_IsReportedAsItsCity()
    {
        var record = Extract.From("The Harbour Investment Forum was held on May 8 at the convention hall in Nansha. Mayor Lin Qiaoyun attended the forum.");

        record.Events.ShouldHaveSingleItem().Location.ShouldBe("Guangzhou");
    }

    [Fact]
    public void SeatOfAnOffice_IsNotTheLocation()
    {
        var record = Extract.From("On May 8, Director General Lin Qiaoyun met with Tomas Ferreira, Consul General in Chongqing.");

        record.Events.ShouldHaveSingleItem().Location.ShouldBeNull();
    }

    [Fact]
    public void MeetingDuringATrip_TakesTheTripsPlace()
    {
        var record = Extract.From(
            "From June 3 to 6, Governor Pan Zixuan paid a visit to Laos. " +
            "On June 4, Pan Zixuan met with Tomas Ferreira, President of the Mekong Chamber.",
            published: "2024-06-10");

        record.Events.ShouldContain(e => e.Type == EventTypes.Meeting && e.Location == "Laos");
    }

    [Fact]
    public void PlaceTheGazetteerLacks_NamedByItsDivision_IsTheLocation()
    {
        var record = Extract.From("On May 8, Governor Pan Zixuan met with Prime Minister Tomas Ferreira in the northern province of Lam Vien.");

        record.Events.ShouldHaveSingleItem().Location.ShouldBe("Lam Vien");
    }

    [Fact]
    public void InAfterAHoldingVerb_BeatsInAfterACommonNoun()
    {
        var record = Extract.From("On May 8, the Green Port Forum, which welcomed investment in Hainan, was held in Xiamen. Mayor Lin Qiaoyun attended the forum.");

        record.Events.ShouldHaveSingleItem().Location.ShouldBe("Xiamen");
    }

    [Fact]
    public void TalksBeforeASigningCeremony_AreAnEventOfTheirOwn_WhereTheSigningWas()
    {
        var record = Extract.From(
            "The provincial government and Bluewave Energy signed a cooperation agreement on May 8 in Jinan. " +
            "Before the signing ceremony, Governor Lin Qiaoyun held talks with a delegation led by Tomas Ferreira, President of Bluewave Energy.",
            published: "2024-05-10");

        record.Events.ShouldContain(e => e.Type == EventTypes.Signing && e.Location == "Jinan");
        record.Events.ShouldContain(e => e.Type == EventTypes.Meeting && e.Location == "Jinan" && e.Start == "2024-05-08");
    }
}
