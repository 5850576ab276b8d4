using Parley.Ingest;

namespace Parley.Core.Tests.Ingest;

public sealed class PublishedDateFinderTests
{
    private const string Body = "Mayor Elda Voss met a trade delegation from Norland to discuss port logistics and customs.";

    [Theory]
    [InlineData("Port Talks Open\n\n2024-4-7 16:31:14\n\n" + Body, "2024-04-07")]
    [InlineData(" date 2023-02-21 Mayor Elda Voss met a trade delegation from Norland.", "2023-02-21")]
    [InlineData("By: From: Posted: 2020-09-22 01:44:00 FontSize: BIG MIDDLE SMALL\n" + Body, "2020-09-22")]
    [InlineData("Port Talks Open\n08:12, May 19, 2022\n" + Body, "2022-05-19")]
    [InlineData("Port Talks Open\nreporter1 / 2021-02-19\n" + Body, "2021-02-19")]
    [InlineData("Port Talks Open\nexample.org | Updated: Mar 3, 2021\n" + Body, "2021-03-03")]
    [InlineData("Port Talks Open\n2019/05/12\n" + Body, "2019-05-12")]
    [InlineData("Port Talks Open\n12 May 2019\n" + Body, "2019-05-12")]
    [InlineData("Port Talks Open\nMay 12, 2019\n" + Body, "2019-05-12")]
    [InlineData("Port Talks Open\n发布日期：2021年3月5日\n" + Body, "2021-03-05")]
    [InlineData("Port Talks Open\nWednesday, March 01 2017 - 19:59\n" + Body, "2017-03-01")]
    [InlineData("Port Talks Open\nDate:Feb 24,2016    Source:Harbor Office\n" + Body, "2016-02-24")]
    [InlineData("HARBOR TOWN, Norland, July 21, 2025 /Wire Service/ -- " + Body, "2025-07-21")]
    [InlineData("Port Talks Open\n" + Body + "\n(Norland News Agency 10/07/2001)", "2001-10-07")]
    [InlineData("Mayor Voss Meets Norland Envoy 2016.06.07\n" + Body, "2016-06-07")]
    [InlineData("Port Talks Open\n18:21, 18 October 2023 | GMT +5\n" + Body, "2023-10-18")]
    public void Finds_the_date_line(string text, string expected) =>
        PublishedDateFinder.Find(text)!.Value.Date.ShouldBe(expected);

    [Theory]
    [InlineData("Port Talks Open\nOn March 26, 2024, Mayor Elda Voss met a trade delegation from Norland in the city hall.")]
    [InlineData("Port Talks Open\nNov 14-17, 2017, Mayor Elda Voss led a delegation to Norland and visited three ports.")]
    [InlineData("Port Talks Open\n" + Body + "\nCopyright 2009-2024 Norland Daily. All rights reserved.")]
    [InlineData("Port Talks Open\nThe fair, first held in 2001, will return on 12 May 2026 with more exhibitors than ever before.")]
    public void Takes_no_date_from_body_prose(string text) =>
        PublishedDateFinder.Find(text).ShouldBeNull();

    [Fact]
    public void Span_points_at_the_date()
    {
        const string text = "Port Talks Open\nPosted: 2020-09-22 01:44\n" + Body;
        var found = PublishedDateFinder.Find(text)!.Value;
        found.Span.Of(text).ShouldBe("2020-09-22");
    }

    [Fact]
    public void Site_clock_above_the_breadcrumb_loses_to_the_article_date_line()
    {
        const string text = "18:37 Sep 30 2011\nHome > World > Asia\nPort Talks Open\n09:51, September 28, 2010\n" + Body;
        PublishedDateFinder.Find(text)!.Value.Date.ShouldBe("2010-09-28");
    }

    [Fact]
    public void Date_line_earlier_than_the_reported_events_loses_to_a_later_one()
    {
        const string text = "MINISTER VISITS HARBOR TOWN FROM 29 TO 30 JUNE 2017\n07 Apr 2017\nThe minister visited Harbor Town from 29 to 30 June 2017 and met the mayor.\n(4 July 2017)";
        PublishedDateFinder.Find(text)!.Value.Date.ShouldBe("2017-07-04");
    }

    [Theory]
    [InlineData("2024-04-07T10:00:00+08:00", "2024-04-07")]
    [InlineData("2024/4/7", "2024-04-07")]
    [InlineData("2024-02-30", null)]
    [InlineData("yesterday", null)]
    public void Parses_machine_dates(string value, string? expected) =>
        FullDateFinder.ParseIsoPrefix(value).ShouldBe(expected);
}
