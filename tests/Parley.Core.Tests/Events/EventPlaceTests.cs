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

    [Fact]
    public void ASentenceSpeakingOfTheEventsKind_SharpensItsPlace_EvenWithoutAHoldingVerb()
    {
        var record = Extract.From(
            "The first Border Cities Forum was successfully held in China. " +
            "From 16 to 18 December, the forum was staged in Beihai, a seaside city. " +
            "Governor Lin Qiaoyun attended the forum.",
            published: "2024-12-20");

        record.Events.ShouldHaveSingleItem().Location.ShouldBe("Beihai");
    }

    [Fact]
    public void PlaceHostingTheEvent_InTheHeadline_IsTheMainEventsLocationWhenTheBodyGivesNone()
    {
        var record = Extract.From(
            "On August 11, the city's trade office held an open day for private firms, attended by Director Lin Qiaoyun.",
            headline: "Wuxi held an open day for private firms");

        record.Events.ShouldHaveSingleItem().Location.ShouldBe("Wuxi");
    }

    [Fact]
    public void MeetingPlacedOnlyByAPlainInAfterACommonNoun_TakesThePlaceOfTheSeriesItBelongsTo()
    {
        var record = Extract.From(
            "On May 8, Prime Minister Lin Qiaoyun held separate meetings with leaders of two large corporations in Tianjin. " +
            "Meeting with Tomas Ferreira, Chairman of Lusitania Steel, Lin praised the group's investment. " +
            "At a meeting with Karl Brenner, President of Alpen Motors, Lin welcomed the company's new plant in Hanoi.",
            published: "2024-05-10");

        record.Events.ShouldContain(e => e.Participants.Contains("Karl Brenner") && e.Location == "Tianjin");
    }

    [Fact]
    public void ConferenceNamedAfterACity_TookPlaceThereWhenTheTextSaysNothingElse()
    {
        var record = Extract.From(
            "The Wuxi Trade and Investment Fair 2024 opened on May 8. Vice Governor Lin Qiaoyun and Tomas Ferreira attended the opening ceremony.",
            published: "2024-05-10");

        record.Events.ShouldHaveSingleItem().Location.ShouldBe("Wuxi");
    }

    [Fact]
    public void ConferenceNamedAfterACountry_IsNotPlacedThere()
    {
        var record = Extract.From(
            "The Vietnam Business Forum opened on May 8. Vice Governor Lin Qiaoyun and Tomas Ferreira attended the forum.",
            published: "2024-05-10");

        record.Events.ShouldHaveSingleItem().Location.ShouldBeNull();
    }

    [Fact]
    public void PlaceOfAPlannedEngagement_IsNotTheLocation()
    {
        var record = Extract.From(
            "On May 8, Mayor Lin Qiaoyun held talks with Tomas Ferreira, President of the Lusitania Trade Council. " +
            "The two sides agreed to hold the next round of talks in the autumn in Shanghai.",
            published: "2024-05-10");

        record.Events.ShouldHaveSingleItem().Location.ShouldBeNull();
    }

    [Fact]
    public void CityWrittenSyllableBySyllable_IsTheLocationAsWritten()
    {
        var record = Extract.From("On June 16, President Tomas Ferreira received Governor Pan Zixuan in Kun Ming, Yunnan, China.", published: "2024-06-20");

        record.Events.ShouldHaveSingleItem().Location.ShouldBe("Kun Ming");
    }

    [Fact]
    public void TwoPinyinSyllablesOutsideAPlaceSlot_AreNotAPlace()
    {
        var analysis = Extract.Analyze("On June 16, Governor Kun Ming met with President Tomas Ferreira.", published: "2024-06-20");

        analysis.Places.ShouldNotContain(p => p.Value == "Kun Ming");
    }

    [Fact]
    public void APlainInAfterACommonNoun_DoesNotSplitTheTalksJustReported()
    {
        var record = Extract.From(
            "On June 16, President Tomas Ferreira received Governor Pan Zixuan in Harbin. " +
            "During talks, President Ferreira praised the progress of poverty reduction in Yunnan.",
            published: "2024-06-20");

        record.Events.ShouldHaveSingleItem().Location.ShouldBe("Harbin");
    }

    [Fact]
    public void PlaceAfterAPlainInBehindACommonNoun_YieldsToWhereTheEventWasHeld()
    {
        var record = Extract.From(
            "State firms launched new investments in Hainan, signing contracts at an informal meeting on May 8. " +
            "The informal meeting between the\nprovince and the firms was held in Beijing. " +
            "Governor Lin Qiaoyun and Tomas Ferreira addressed the meeting.",
            published: "2024-05-10");

        record.Events.ShouldContain(e => e.Location == "Beijing");
        record.Events.ShouldNotContain(e => e.Location == "Hainan");
    }

    [Fact]
    public void VisitedInstitutionNamedAfterItsCity_IsInThatCity()
    {
        var record = Extract.From("On May 8, Mayor Lin Qiaoyun visited Hefei Polytechnic Institute, where she met with Tomas Ferreira.", published: "2024-05-10");

        record.Events.ShouldHaveSingleItem().Location.ShouldBe("Hefei");
    }

    [Fact]
    public void VisitedInstitutionNamedAfterACountry_DoesNotPlaceTheEventInIt()
    {
        var record = Extract.From("On May 8, Mayor Lin Qiaoyun visited Vietnam Polytechnic Institute, where she met with Tomas Ferreira.", published: "2024-05-10");

        record.Events.ShouldHaveSingleItem().Location.ShouldBeNull();
    }

    [Fact]
    public void PlaceOwningWhatAVisitVerbsObjectNames_IsWhereTheVisitWent()
    {
        var record = Extract.From("On May 8, Director Lin Qiaoyun visited the science park and other key projects of Panyu.", published: "2024-05-10");

        record.Events.ShouldHaveSingleItem().Location.ShouldBe("Guangzhou");
    }

    [Fact]
    public void PlaceAfterTheVisitingDelegationOf_IsWhereTheGuestsCameFrom()
    {
        var record = Extract.From("On May 8, Governor Pan Zixuan met with the visiting delegation of the port authority of Sichuan.", published: "2024-05-10");

        record.Events.ShouldHaveSingleItem().Location.ShouldBeNull();
    }
}
