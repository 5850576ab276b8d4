using Parley.Core.Tests.Extraction;
using Parley.Model;

namespace Parley.Core.Tests.Events;

/// <summary>Which event a sentence without an event word, or with a definite one, tells more about.</summary>
public class EventContinuationTests
{
    [Fact]
    public void AfterAnEarlierEventMentionedInPassing_TheSpeakerBelongsToTheirOwnMeeting()
    {
        var record = Extract.From(
            "On May 8, Speaker Tomas Ferreira held a meeting with Secretary Pan Zixuan in Kashgar. " +
            "Two years ago, President Andres Molina toured the province. " +
            "Such contacts keep the partnership alive, Ferreira said. " +
            "During the talks, Pan noted the growth of border trade.");

        var visit = record.Events.Where(e => e.Type == EventTypes.Visit).ShouldHaveSingleItem();
        visit.Participants.ShouldBe(["Andres Molina"]);
        var meeting = record.Events.Where(e => e.Type == EventTypes.Meeting).ShouldHaveSingleItem();
        meeting.Participants.ShouldBe(["Tomas Ferreira", "Pan Zixuan"], ignoreOrder: true);
    }

    [Fact]
    public void ConferenceHeldByTheDelegation_HasTheVisitorsPeople()
    {
        var record = Extract.From(
            "From April 7 to 9, Governor Pan Zixuan paid a visit to Argentina with a delegation. " +
            "Pan Zixuan met with Andres Molina, Vice President of Argentina. " +
            "While there, the delegation held an Investment Promotion Meeting in Rosario.",
            published: "2024-04-20");

        var conference = record.Events.Where(e => e.Type == EventTypes.Conference).ShouldHaveSingleItem();
        conference.Participants.ShouldBe(["Pan Zixuan"]);
        conference.Location.ShouldBe("Rosario");
    }

    [Fact]
    public void TheMeetingOnATopic_IsANewEvent_AndAnUnplacedMeetingIsWhereThePreviousOneWas()
    {
        var record = Extract.From(
            "In Shanghai, Director Lin Qiaoyun exchanged ideas with Tomas Ferreira, Chairman of Bluewave. " +
            "Then Lin Qiaoyun visited Starlink Labs and exchanged ideas with its CEO Andres Molina. " +
            "In Xiamen, Lin Qiaoyun chaired the meeting on the design of the lake district and communicated with Qiao Ruolan, a professor at Xiamen University.");

        var meetings = record.Events.Where(e => e.Type == EventTypes.Meeting).ToList();
        meetings.ShouldContain(e => e.Participants.Contains("Andres Molina") && e.Location == "Shanghai" && !e.Participants.Contains("Qiao Ruolan"));
        meetings.ShouldContain(e => e.Participants.Contains("Qiao Ruolan") && e.Location == "Xiamen");
    }

    [Fact]
    public void MeetingCalledDuringAnInspection_IsHeldByTheInspectingParty()
    {
        var record = Extract.From(
            "Director Lin Qiaoyun inspected the reservoir project in Lijiang. " +
            "Accompanying Lin during the inspection were Director Pan Zixuan and Engineer Zhou Mingxuan. " +
            "Afterwards, Lin called a meeting of the construction teams.");

        var meeting = record.Events.Where(e => e.Type == EventTypes.Meeting).ShouldHaveSingleItem();
        meeting.Participants.ShouldBe(["Lin Qiaoyun", "Pan Zixuan", "Zhou Mingxuan"], ignoreOrder: true);
    }

    [Fact]
    public void ConferenceOpeningTheReport_SetsTheSceneForTheMeetingAfterIt()
    {
        var record = Extract.From(
            "On July 19, the Harbour Mayors Dialogue was held in the coastal city of Rizhao. " +
            "Mayor Lin Qiaoyun met with mayors from Greece and Peru.",
            published: "2024-07-21");

        var e = record.Events.ShouldHaveSingleItem();
        (e.Type, e.Start, e.Location).ShouldBe((EventTypes.Meeting, "2024-07-19", "Rizhao"));
    }

    [Fact]
    public void OneSentence_MeetingsOnTwoDays_AreTwoEncounters()
    {
        var record = Extract.From(
            "Ambassador Tomas Ferreira met with Governor Pan Zixuan, joined by Vice Governor Zhou Mingxuan, on 14 March " +
            "and Party Secretary Lin Qiaoyun, joined by Mayor Qiao Ruolan, on 16 March during a tour of the region.",
            published: "2024-03-20");

        var meetings = record.Events.Where(e => e.Type == EventTypes.Meeting).ToList();
        meetings.ShouldContain(e => e.Start == "2024-03-14" && e.Participants.OrderBy(p => p).SequenceEqual(new[] { "Pan Zixuan", "Tomas Ferreira", "Zhou Mingxuan" }));
        meetings.ShouldContain(e => e.Start == "2024-03-16" && e.Participants.OrderBy(p => p).SequenceEqual(new[] { "Lin Qiaoyun", "Qiao Ruolan", "Tomas Ferreira" }));
    }

    [Fact]
    public void AfterTheSigning_TheVisitIsTheNewEvent_AndTheSidesAreNamedAfterTheirMeeting()
    {
        var record = Extract.From(
            "On April 17, Chairman Lin Qiaoyun witnessed the signing of a framework agreement by Pan Zixuan and Zhou Mingxuan during the symposium on rural revitalization. " +
            "After the signing of the agreement, Pan Zixuan, accompanied by Qiao Ruolan, visited Lijiang to inspect the site of the food park. " +
            "After the inspection, the two sides held a project meeting. " +
            "Pan Zixuan said the park will open next year. " +
            "Qiao Ruolan said the city will support the project.",
            published: "2024-04-18");

        record.Events.ShouldContain(e => e.Type == EventTypes.Visit && e.Location == "Lijiang");
        var meeting = record.Events.Where(e => e.Type == EventTypes.Meeting).ShouldHaveSingleItem();
        meeting.Participants.ShouldBe(["Pan Zixuan", "Qiao Ruolan"], ignoreOrder: true);
    }

    [Fact]
    public void MeetingSentenceWithNobodyInCommon_IsAnotherEncounter()
    {
        var record = Extract.From(
            "On July 23, the visiting delegation held talks with a delegation led by Mr Pan Zixuan. " +
            "In the evening, the visiting delegation held talks with a delegation led by Mr Zhou Mingxuan.",
            published: "2024-07-25");

        record.Events.Where(e => e.Type == EventTypes.Meeting).Count().ShouldBe(2);
    }

    [Fact]
    public void SeparateMeetingsAnnounced_AreToldOneByOne()
    {
        var record = Extract.From(
            "Prime Minister Tomas Ferreira spoke during his separate meetings with leaders of two corporations in Tianjin. " +
            "Meeting with Pan Zixuan, Chairman of Bluewave Energy, Ferreira praised its investments.");

        var e = record.Events.ShouldHaveSingleItem();
        e.Participants.ShouldBe(["Tomas Ferreira", "Pan Zixuan"], ignoreOrder: true);
        e.Location.ShouldBe("Tianjin");
    }

    [Fact]
    public void VisitByAPartyOfItsOwn_DoesNotTakeTheMainEventsPeople()
    {
        var record = Extract.From(
            "On August 11, the city's trade office held an activity for private firms, attended by Director Lin Qiaoyun and Deputy Director Pan Zixuan. " +
            "Representatives of 45 companies visited the new industrial park.");

        record.Events.Where(e => e.Type == EventTypes.Visit).ShouldHaveSingleItem().Participants.ShouldBeEmpty();
    }

    [Fact]
    public void VisitByTheArticlesOwnParty_TakesTheMainEventsPeople()
    {
        var record = Extract.From(
            "On August 11, Director Lin Qiaoyun held talks with Governor Pan Zixuan. " +
            "Afterwards, the provincial party and government delegation visited the new industrial park.");

        record.Events.Where(e => e.Type == EventTypes.Visit).ShouldHaveSingleItem().Participants.ShouldContain("Lin Qiaoyun");
    }

    [Fact]
    public void NamelessVisitOnATrip_IsMadeByTheTravellingParty_NotByWhomTheyMet()
    {
        var record = Extract.From(
            "From May 3 to 6, a delegation headed by Director Lin Qiaoyun visited Wuhan and Changsha. " +
            "In Wuhan, Lin Qiaoyun met with Pan Zixuan, Vice Mayor of Wuhan, on May 3. " +
            "On May 5, the delegation toured a vehicle plant in Changsha.",
            published: "2024-05-20");

        var toured = record.Events.Where(e => e.Type == EventTypes.Visit && e.Start == "2024-05-05").ShouldHaveSingleItem();
        toured.Participants.ShouldBe(["Lin Qiaoyun"]);
    }
}
