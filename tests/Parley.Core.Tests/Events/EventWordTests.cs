using Parley.Core.Tests.Extraction;
using Parley.Model;

namespace Parley.Core.Tests.Events;

/// <summary>Event words that do not report an engagement, and plans that are not events.</summary>
public class EventWordTests
{
    private const string Meeting = "On May 8, Mayor Lin Qiaoyun met with Tomas Ferreira, President of the Lusitania Trade Council, in Suzhou. ";

    [Theory]
    [InlineData("Ferreira said mutual visits have helped trade.")]
    [InlineData("Ferreira proposed more frequent visits between the two ports.")]
    [InlineData("Ferreira said the port is good at meeting growing demand.")]
    [InlineData("Ferreira praised the partnership, with continual high-level meetings between the two cities.")]
    public void GenericOrVerbUses_AreNotEvents(string sentence)
    {
        var record = Extract.From(Meeting + sentence);

        record.Events.ShouldHaveSingleItem().Type.ShouldBe(EventTypes.Meeting);
    }

    [Fact]
    public void CalledOnSomeoneToAct_IsUrgingNotAMeeting()
    {
        var analysis = Extract.Analyze(Meeting + "Lin called on both chambers to expand exchanges.");

        analysis.Triggers.ShouldNotContain(t => t.Span.Of(analysis.Text) == "called on");
    }

    [Fact]
    public void CalledOnSomeone_WithoutUrging_IsACourtesyCall()
    {
        var record = Extract.From("While in Suzhou, Minister Tomas Ferreira also called on Vice Governor Pan Zixuan at his office.");

        record.Events.ShouldHaveSingleItem().Type.ShouldBe(EventTypes.Meeting);
    }

    [Fact]
    public void ScheduledMeeting_IsAPlan_AndItsCounterpartTookNoPart()
    {
        var record = Extract.From(
            "President Tomas Ferreira arrived in Suzhou on Monday for an official visit. " +
            "The President is to meet with Governor Pan Zixuan, head of the provincial government.");

        var e = record.Events.ShouldHaveSingleItem();
        e.Type.ShouldBe(EventTypes.Visit);
        e.Participants.ShouldBe(["Tomas Ferreira"]);
    }

    [Fact]
    public void TheMonthMay_IsNotTheModalOfAPlan()
    {
        var tokens = Parley.Text.Tokenizer.Tokenize("The forum opened on May 8 at the convention hall");
        var convention = tokens.ToList().FindIndex(t => t.Is("convention"));

        Parley.Events.EventTriggerLexicon.Default.IsPlanned(tokens, convention, 0).ShouldBeFalse();
        Parley.Events.EventTriggerLexicon.Default.IsPlanned(Parley.Text.Tokenizer.Tokenize("Delegates may visit"), 2, 0).ShouldBeTrue();
    }

    [Fact]
    public void InvitationToVisit_FarFromTheVerb_IsAPlan()
    {
        var record = Extract.From(Meeting + "Lin invited the chamber's board and all of its members to visit Suzhou again in autumn.");

        record.Events.ShouldHaveSingleItem().Type.ShouldBe(EventTypes.Meeting);
    }

    [Fact]
    public void HostingAPerson_IsAMeeting()
    {
        var record = Extract.From("Prime Minister Tomas Ferreira on September 16 hosted Lin Qiaoyun, Secretary of the Hainan Provincial Committee, in Sanya.");

        var e = record.Events.ShouldHaveSingleItem();
        e.Type.ShouldBe(EventTypes.Meeting);
        e.Participants.ShouldBe(["Tomas Ferreira", "Lin Qiaoyun"], ignoreOrder: true);
    }

    [Fact]
    public void HostingAForum_IsNoMeeting()
    {
        var record = Extract.From("On May 8, the city hosted a forum on green shipping attended by Mayor Lin Qiaoyun.");

        record.Events.ShouldHaveSingleItem().Type.ShouldBe(EventTypes.Conference);
    }

    [Fact]
    public void CountedPluralConferences_AreEvents_OtherPluralsAKindOfActivity()
    {
        var attended = Extract.From("Governor Lin Qiaoyun attended two business forums in Osaka on May 8.");
        attended.Events.ShouldHaveSingleItem().Type.ShouldBe(EventTypes.Conference);

        var kind = Extract.From(Meeting + "Members will take part in exhibitions and forums organized by the other party.");
        kind.Events.ShouldHaveSingleItem().Type.ShouldBe(EventTypes.Meeting);
    }

    [Fact]
    public void LeadingAPartyToAPlace_IsAVisit()
    {
        var record = Extract.From("Mayor Lin Qiaoyun led a delegation of city officials to Thailand from Oct 3 to 6.", published: "2024-10-10");

        var e = record.Events.ShouldHaveSingleItem();
        (e.Type, e.Location, e.Start, e.End).ShouldBe((EventTypes.Visit, "Thailand", "2024-10-03", "2024-10-06"));
    }

    [Fact]
    public void MeetingWithNobodyToMeet_ThatWasHeld_IsAGathering()
    {
        var record = Extract.From("A regional cooperation meeting of five border cities kicked off on May 8 in Harbin.", published: "2024-05-10");

        var e = record.Events.ShouldHaveSingleItem();
        (e.Type, e.Location, e.Start).ShouldBe((EventTypes.Conference, "Harbin", "2024-05-08"));
    }

    [Theory]
    [InlineData("The Harbour Mayors Dialogue was held in Rizhao on May 8, attended by Mayor Lin Qiaoyun.", EventTypes.Conference)]
    [InlineData("Mayor Lin Qiaoyun held a dialogue with Tomas Ferreira in Rizhao on May 8.", EventTypes.Meeting)]
    public void NameOnlyEventWords_CountAsTheEndOfAnEventName(string sentence, string type)
    {
        var record = Extract.From(sentence);

        record.Events.ShouldHaveSingleItem().Type.ShouldBe(type);
    }

    [Fact]
    public void EventWordNamingAVenue_IsNoEvent()
    {
        var analysis = Extract.Analyze(Meeting + "The talks took place in the meeting room of the Lakeside Convention and Exhibition Centre.");

        analysis.Triggers.ShouldNotContain(t => t.Span.Of(analysis.Text) == "Convention");
        analysis.Triggers.ShouldNotContain(t => t.Span.Of(analysis.Text) == "meeting" && t.Span.Start > analysis.Text.IndexOf("took place"));
    }

    [Fact]
    public void SigningDuringAConference_IsPartOfTheConference()
    {
        var record = Extract.From(
            "On April 17, Chairman Lin Qiaoyun witnessed the signing of a framework agreement on a food park by Pan Zixuan and Zhou Mingxuan during the symposium on rural revitalization.",
            published: "2024-04-18");

        record.Events.ShouldHaveSingleItem().Type.ShouldBe(EventTypes.Conference);
    }

    [Fact]
    public void SigningAtItsOwnCeremony_IsASigning()
    {
        var record = Extract.From("On May 8, Mayor Tomas Ferreira signed a friendship city agreement during a formal ceremony attended by Mayor Lin Qiaoyun.");

        record.Events.ShouldHaveSingleItem().Type.ShouldBe(EventTypes.Signing);
    }

    [Fact]
    public void WarmReception_IsHospitality_TheVisitItRecallsIsTheEvent()
    {
        var record = Extract.From(Meeting + "Ferreira also thanked Lin Qiaoyun for the kind reception he was accorded in Suzhou during his state visit to China last April.");

        record.Events.ShouldContain(e => e.Type == EventTypes.Visit);
    }
}
