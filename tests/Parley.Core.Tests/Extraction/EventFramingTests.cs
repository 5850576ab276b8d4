using Parley.Model;

namespace Parley.Core.Tests.Extraction;

public class EventFramingTests
{
    [Fact]
    public void Meeting_WithDateResolvedAgainstPublication_AndAllAttendees()
    {
        var record = Extract.From(
            "On the afternoon of March 26, Zhao Minghui, Chairman of CCPIT Hangzhou, met with Qian Lei, Mayor of Ningbo. " +
            "The meeting was also attended by Sun Jiahao, Vice Chairman of CCPIT Hangzhou.");

        var e = record.Events.ShouldHaveSingleItem();
        e.Type.ShouldBe(EventTypes.Meeting);
        e.Mode.ShouldBe(EventModes.InPerson);
        (e.Start, e.End).ShouldBe(("2024-03-26", "2024-03-26"));
        e.Participants.ShouldBe(["Zhao Minghui", "Qian Lei", "Sun Jiahao"], ignoreOrder: true);
    }

    [Fact]
    public void YesterdayWithDayInParentheses()
    {
        var record = Extract.From("Yesterday (20th), Mayor Lin Qiaoyun held talks with Governor Pan Zixuan in Tianjin.", published: "2023-02-21");

        var e = record.Events.ShouldHaveSingleItem();
        (e.Start, e.End, e.Location).ShouldBe(("2023-02-20", "2023-02-20", "Tianjin"));
    }

    [Fact]
    public void DateRange_FromTo()
    {
        var record = Extract.From("From February 7 to 10, Governor Pan Zixuan led a delegation to visit Laos and met with Minister Somsak Vongsa.", published: "2023-03-01");

        record.Events.ShouldContain(e => e.Start == "2023-02-07" && e.End == "2023-02-10");
    }

    [Fact]
    public void VideoMeetingIsVirtualWithNoLocation()
    {
        var record = Extract.From("On April 14, Chairman Zhou Wenqing held a video meeting with Thomas Becker, President of the Rhine Chamber.", published: "2021-04-23");

        var e = record.Events.ShouldHaveSingleItem();
        e.Mode.ShouldBe(EventModes.Virtual);
        e.Location.ShouldBeNull();
        e.Start.ShouldBe("2021-04-14");
    }

    [Fact]
    public void SigningDuringAMeetingIsItsAgreement()
    {
        var record = Extract.From(
            "On May 9, Mayor Lin Qiaoyun met with Thomas Becker, President of the Rhine Chamber, in Suzhou. " +
            "After the talks, the two sides signed a memorandum of understanding on green port cooperation.");

        var e = record.Events.ShouldHaveSingleItem();
        e.Type.ShouldBe(EventTypes.Meeting);
        e.Agreements.ShouldContain(a => a.Contains("memorandum of understanding"));
    }

    [Fact]
    public void PlansAndWishesAreNotEvents()
    {
        var record = Extract.From(
            "On May 9, Mayor Lin Qiaoyun met with Thomas Becker, President of the Rhine Chamber. " +
            "Becker said the chamber will organize a delegation to visit Suzhou in October and hopes to hold a forum next year.");

        record.Events.ShouldHaveSingleItem().Type.ShouldBe(EventTypes.Meeting);
    }

    [Fact]
    public void MultiStopTrip_OneMeetingPerCounterpart()
    {
        var record = Extract.From(
            "From June 3 to 6, Li Wenhao, Director of the Investment Bureau, led a team to Shenzhen and Xiamen. " +
            "In Shenzhen, Li Wenhao visited Haixin Robotics and exchanged ideas with Fang Zhiyuan, Chairman of Haixin Robotics. " +
            "In Xiamen, Li Wenhao met with Cao Yiming, President of Xiamen Port Group.",
            published: "2024-06-10");

        var meetings = record.Events.Where(e => e.Type == EventTypes.Meeting).ToList();
        meetings.ShouldContain(e => e.Participants.Contains("Fang Zhiyuan") && e.Location == "Shenzhen" && !e.Participants.Contains("Cao Yiming"));
        meetings.ShouldContain(e => e.Participants.Contains("Cao Yiming") && e.Location == "Xiamen" && !e.Participants.Contains("Fang Zhiyuan"));
    }

    [Fact]
    public void ShortLaterMentionsCountAsTakingPart()
    {
        var record = Extract.From(
            "Chairman Zhou Wenqing received Nguyen Van Hoa, Vice Chairman of the Hanoi People's Committee, on May 2. " +
            "Hoa said Hanoi values the partnership.");

        record.Events.ShouldHaveSingleItem().Participants.ShouldBe(["Zhou Wenqing", "Nguyen Van Hoa"], ignoreOrder: true);
    }

    [Fact]
    public void PeopleMentionedInPassingAreNotParticipants()
    {
        var record = Extract.From(
            "On May 2, Mayor Lin Qiaoyun met with Governor Pan Zixuan to implement the important instructions of General Secretary Xu Guowen.");

        record.Names().ShouldContain("Xu Guowen");
        record.Events.ShouldHaveSingleItem().Participants.ShouldNotContain("Xu Guowen");
    }

    [Fact]
    public void NoPublicationDate_DayWithoutYearResolvesToNothing()
    {
        var record = Extract.From("On March 26, Mayor Lin Qiaoyun met with Governor Pan Zixuan.", published: null);

        var e = record.Events.ShouldHaveSingleItem();
        e.Start.ShouldBeNull();
        e.End.ShouldBeNull();
    }

    [Fact]
    public void MonthOnlyGivesMonthPrecision()
    {
        var record = Extract.From("In March, Mayor Lin Qiaoyun met with Governor Pan Zixuan in Chengdu.", published: "2024-04-07");

        record.Events.ShouldHaveSingleItem().Start.ShouldBe("2024-03");
    }

    [Fact]
    public void ConferenceHeldIsAConference()
    {
        var record = Extract.From("The 2024 Silk Road Investment Forum was held in Xi'an on May 8. Vice Governor Pan Zixuan attended the forum and delivered a speech.", published: "2024-05-10");

        var e = record.Events.ShouldHaveSingleItem();
        e.Type.ShouldBe(EventTypes.Conference);
        e.Participants.ShouldBe(["Pan Zixuan"]);
        e.Topics.ShouldContain("investment");
    }
}
