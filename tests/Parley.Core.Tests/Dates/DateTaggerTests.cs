using Parley.Dates;

namespace Parley.Core.Tests.Dates;

public class DateTaggerTests
{
    private static readonly DateOnly Published = new(2024, 4, 7); // a Sunday

    private static DateMention Single(string text, DateOnly? published = null)
    {
        var mentions = DateTagger.Find(text, published);
        mentions.Count.ShouldBe(1, string.Join(" | ", mentions));
        return mentions[0];
    }

    private static void ShouldResolve(DateMention mention, string start, string end)
    {
        mention.Start?.ToString().ShouldBe(start);
        mention.End?.ToString().ShouldBe(end);
    }

    private static void ShouldResolve(DateMention mention, string day) => ShouldResolve(mention, day, day);

    [Theory]
    [InlineData("On the afternoon of March 26, the mayor received the guests.", "March 26")]
    [InlineData("The delegation arrived on March 26th to tour the port.", "March 26th")]
    [InlineData("Talks were held in Hefei on 26 March with a trade mission.", "26 March")]
    [InlineData("The council signed the pact on Mar. 26 in Xi'an.", "Mar. 26")]
    [InlineData("The fair closed on Mar 26 after four days.", "Mar 26")]
    [InlineData("On the 26th of March both sides met again.", "the 26th of March")]
    public void DayAndMonth_TakeThePublishedYear(string text, string written)
    {
        var mention = Single(text, Published);
        mention.Span.Of(text).ShouldBe(written);
        mention.Kind.ShouldBe(DateMentionKind.DayMonth);
        mention.AnchorSource.ShouldBe(DateAnchorSource.Published);
        ShouldResolve(mention, "2024-03-26");
    }

    [Fact]
    public void BareOrdinalDay_AfterOn_TakesTheMostRecentSuchDay()
    {
        var mention = Single("On 29th, the governor met a delegation from the north.", new DateOnly(2024, 4, 3));
        mention.Kind.ShouldBe(DateMentionKind.DayOnly);
        ShouldResolve(mention, "2024-03-29");
    }

    [Fact]
    public void DateAfterPublishedByMoreThanTolerance_FallsInThePreviousYear()
    {
        ShouldResolve(Single("The forum opened on December 28 in Harbin.", new DateOnly(2024, 1, 5)), "2023-12-28");
    }

    [Fact]
    public void DateAFewDaysAfterPublished_StaysInThePublishedYear()
    {
        var mention = Single("The fair runs until Sept. 19 in the provincial capital.", new DateOnly(2013, 9, 15));
        ShouldResolve(mention, "2013-09-19");
        DateTagger.IsFutureRelative(mention, new DateOnly(2013, 9, 15)).ShouldBeTrue();
    }

    [Fact]
    public void LeapDay_ResolvesToTheMostRecentLeapYear()
    {
        ShouldResolve(Single("The envoy visited Lanzhou on February 29.", new DateOnly(2025, 3, 10)), "2024-02-29");
        ShouldResolve(Single("It was signed on 29 February 2024.", null), "2024-02-29");
    }

    [Theory]
    [InlineData("Both sides met on February 30 in Jinan.")]
    [InlineData("The talks were held on 31 April.")]
    public void ImpossibleDays_AreNotDates(string text)
    {
        DateTagger.Find(text, Published).ShouldBeEmpty();
    }

    [Fact]
    public void YesterdayWithDayInParentheses_UsesTheWrittenDay()
    {
        var text = "Yesterday (20th), the visiting team toured the new district.";
        var mention = Single(text, new DateOnly(2023, 2, 21));
        mention.Span.Of(text).ShouldBe("Yesterday (20th)");
        ShouldResolve(mention, "2023-02-20");

        // The page went up two days later: the written day still wins.
        ShouldResolve(Single(text, new DateOnly(2023, 2, 22)), "2023-02-20");
        // The written day belongs to the previous month.
        ShouldResolve(Single("Yesterday (31st), the board met.", new DateOnly(2023, 2, 2)), "2023-01-31");
    }

    [Theory]
    [InlineData("Yesterday the minister opened the expo.", "2024-04-06")]
    [InlineData("Today the minister opened the expo.", "2024-04-07")]
    [InlineData("The day before yesterday the minister opened the expo.", "2024-04-05")]
    public void RelativeDays_CountFromPublished(string text, string expected)
    {
        var mention = Single(text, Published);
        mention.Kind.ShouldBe(DateMentionKind.Relative);
        ShouldResolve(mention, expected);
    }

    [Fact]
    public void TheNextDay_CountsFromThePreviousMention()
    {
        var mentions = DateTagger.Find("The envoy arrived on May 11. The next day he met the governor.", new DateOnly(2023, 5, 13));
        mentions.Count.ShouldBe(2);
        ShouldResolve(mentions[1], "2023-05-12");
        mentions[1].AnchorSource.ShouldBe(DateAnchorSource.PreviousMention);
    }

    [Theory]
    [InlineData("The mayor met the consul on Saturday.", "2024-04-06")]   // published on a Sunday
    [InlineData("The mayor met the consul on Sunday.", "2024-04-07")]     // the same day counts
    [InlineData("The mayor met the consul last Sunday.", "2024-03-31")]  // "last" skips the anchor day
    [InlineData("The mayor met the consul last Monday.", "2024-04-01")]
    public void Weekdays_AreTheMostRecentSuchDay(string text, string expected)
    {
        var mention = Single(text, Published);
        mention.Kind.ShouldBe(DateMentionKind.Weekday);
        ShouldResolve(mention, expected);
    }

    [Fact]
    public void WeekdayWithDateInParentheses_TheDateDecides()
    {
        var text = "She hosted the group at the ministry on Thursday (March 14).";
        var mention = Single(text, Published);
        mention.Span.Of(text).ShouldBe("Thursday (March 14)");
        ShouldResolve(mention, "2024-03-14");
    }

    [Fact]
    public void Dateline_AnchorsTheWeekdaysThatFollow()
    {
        // The page is dated days after the wire report; "Monday" counts from the dateline.
        var text = "NANNING, Feb. 28 (Xinhua) -- A trade delegation arrived in the city Monday for talks.";
        var mentions = DateTagger.Find(text, new DateOnly(2023, 3, 6));
        mentions.Count.ShouldBe(2);
        mentions[0].IsDateline.ShouldBeTrue();
        ShouldResolve(mentions[0], "2023-02-28");
        mentions[1].AnchorSource.ShouldBe(DateAnchorSource.Dateline);
        ShouldResolve(mentions[1], "2023-02-27");
    }

    [Theory]
    [InlineData("From February 7 to 10, the exhibition drew buyers from 30 countries.", "February 7 to 10", "2024-02-07", "2024-02-10")]
    [InlineData("The week of events, February 7-10, drew buyers.", "February 7-10", "2024-02-07", "2024-02-10")]
    [InlineData("The mission toured Europe from 7 to 10 March.", "7 to 10 March", "2024-03-07", "2024-03-10")]
    [InlineData("Consultations took place between March 3 and 5 in Nanjing.", "March 3 and 5", "2024-03-03", "2024-03-05")]
    [InlineData("The trip lasted from March 30 to April 2.", "March 30 to April 2", "2024-03-30", "2024-04-02")]
    [InlineData("The summit was held 30 March to 2 April in Sanya.", "30 March to 2 April", "2024-03-30", "2024-04-02")]
    [InlineData("Between 16-18 March the forum met online.", "16-18 March", "2024-03-16", "2024-03-18")]
    [InlineData("From April 1st to 3rd the envoys visited three cities.", "April 1st to 3rd", "2024-04-01", "2024-04-03")]
    public void Ranges_GiveStartAndEnd(string text, string written, string start, string end)
    {
        var mention = Single(text, Published);
        mention.Span.Of(text).ShouldBe(written);
        mention.IsRange.ShouldBeTrue();
        ShouldResolve(mention, start, end);
    }

    [Fact]
    public void RangeAcrossNewYear_StartsInThePreviousYear()
    {
        ShouldResolve(Single("The tour ran from December 28 to January 3.", new DateOnly(2024, 1, 5)), "2023-12-28", "2024-01-03");
    }

    [Fact]
    public void RangeWithYearAtTheEnd_AppliesTheYearToBothEnds()
    {
        ShouldResolve(Single("Nov 14-17, 2019, the mayor led a mission abroad.", null), "2019-11-14", "2019-11-17");
    }

    [Theory]
    [InlineData("The agreement was reached in March.", "2024-03", DateMentionKind.MonthOnly)]
    [InlineData("The agreement was reached in March 2023.", "2023-03", DateMentionKind.Absolute)]
    [InlineData("Work started in mid-January.", "2024-01", DateMentionKind.MonthOnly)]
    [InlineData("The agreement was reached in October.", "2023-10", DateMentionKind.MonthOnly)] // after April: last year
    public void Months_HaveMonthPrecision(string text, string expected, DateMentionKind kind)
    {
        var mention = Single(text, Published);
        mention.Kind.ShouldBe(kind);
        mention.Start!.Value.Precision.ShouldBe(DatePrecision.Month);
        ShouldResolve(mention, expected);
    }

    [Theory]
    [InlineData("The contract was signed on March 26, 2024 in Wuhan.", "March 26, 2024")]
    [InlineData("Posted 2024-03-26 09:15:02 by the office", "2024-03-26")]
    [InlineData("Updated 2024.03.26", "2024.03.26")]
    [InlineData("Release time: 2024-3-26", "2024-3-26")]
    [InlineData("发布日期 2024年3月26日", "2024年3月26日")]
    [InlineData("(Agency report 26/03/2024)", "26/03/2024")]
    [InlineData("(Agency report 03/26/2024)", "03/26/2024")]
    [InlineData("Date: Mar 26,2024 Source: office", "Mar 26,2024")]
    [InlineData("Friday, March 26 2024 - 10:00", "Friday, March 26 2024")]
    public void ExplicitYears_ResolveEvenWithoutPublished(string text, string written)
    {
        var mention = Single(text, null);
        mention.Span.Of(text).ShouldBe(written);
        mention.Kind.ShouldBe(DateMentionKind.Absolute);
        ShouldResolve(mention, "2024-03-26");
    }

    [Fact]
    public void AmbiguousSlashDate_PicksTheReadingNearerTheAnchor_OrNoneWithoutOne()
    {
        ShouldResolve(Single("(report 04/03/2024)", new DateOnly(2024, 4, 4)), "2024-04-03");
        ShouldResolve(Single("(report 04/03/2024)", new DateOnly(2024, 3, 5)), "2024-03-04");
        Single("(report 04/03/2024)", null).IsResolved.ShouldBeFalse();
    }

    [Theory]
    [InlineData("Cooperation has grown recently.")]
    [InlineData("Earlier this year the two cities signed a pact.")]
    [InlineData("Trade rose by a fifth last year.")]
    [InlineData("In the past the port handled only bulk cargo.")]
    [InlineData("The ministers met last week.")]
    public void VagueTimeWords_HaveNoDates(string text)
    {
        var mention = Single(text, Published);
        mention.Kind.ShouldBe(DateMentionKind.Vague);
        mention.Start.ShouldBeNull();
        mention.End.ShouldBeNull();
    }

    [Theory]
    [InlineData("Output is to double in 2023 and again by 2025.")]
    [InlineData("Delegates studied the spirit of the 20th National Congress of the Party.")]
    [InlineData("The 14th Five-Year Plan sets goals for the G20 partners.")]
    [InlineData("2024-4-7 16:31:14")]
    [InlineData("Exports reached $45.3 billion, up 12 percent, or 7%.")]
    [InlineData("Call 86-10-68996214 for details.")]
    [InlineData("The 5G network covers 31 provinces.")]
    [InlineData("Officials may march on in the 2019-2020 season.")]
    [InlineData("Today/Total Visits: 0/281")]
    public void NonDates_AreNotTagged(string text)
    {
        var mentions = DateTagger.Find(text, Published);
        // Only the page-date part of the time stamp may be found.
        mentions.ShouldAllBe(m => m.Span.Of(text) == "2024-4-7");
    }

    [Fact]
    public void WithoutPublished_YearlessDatesResolveToNull()
    {
        var mention = Single("On March 26 the two sides met.", null);
        mention.Kind.ShouldBe(DateMentionKind.DayMonth);
        mention.Start.ShouldBeNull();
        mention.End.ShouldBeNull();
        mention.Anchor.ShouldBeNull();
        Single("Yesterday the two sides met.", null).IsResolved.ShouldBeFalse();
        Single("On Monday the two sides met.", null).IsResolved.ShouldBeFalse();
    }

    [Fact]
    public void InheritYearFromText_FillsYearlessDatesWhenThereIsNoPublishedDate()
    {
        var options = new DateTaggerOptions { InheritYearFromText = true };
        var mentions = DateTagger.Find("Talks were held on 23 July 2022. On 24 July the team visited a plant.", null, options);
        mentions.Count.ShouldBe(2);
        ShouldResolve(mentions[1], "2022-07-24");
        mentions[1].AnchorSource.ShouldBe(DateAnchorSource.TextYear);
    }

    [Fact]
    public void IsFutureRelative_IsTrueOnlyAfterPublished()
    {
        var text = "The expo will be held on May 20, 2024, after talks on March 26.";
        var mentions = DateTagger.Find(text, Published);
        mentions.Count.ShouldBe(2);
        DateTagger.IsFutureRelative(mentions[0], Published).ShouldBeTrue();
        DateTagger.IsFutureRelative(mentions[1], Published).ShouldBeFalse();
    }

    [Fact]
    public void LongInput_IsScannedInLinearTime()
    {
        var text = string.Concat(Enumerable.Repeat("On March 26 and 27 - 28 to 29, 1st 2nd ( ( 2024-", 20_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        DateTagger.Find(text, Published);
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }
}
