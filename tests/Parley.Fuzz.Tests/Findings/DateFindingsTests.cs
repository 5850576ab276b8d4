using Parley.Cleaning;
using Parley.Dates;
using Parley.Ingest;

namespace Parley.Fuzz.Tests.Findings;

/// <summary>Regressions for what fuzzing found in the date parsers, each from an invented minimal input.</summary>
[Collection(FuzzCollection.Name)]
public sealed class DateFindingsTests
{
    private const string RelativeDates = "The envoy arrived yesterday, met the mayor last Monday and signed on December 28. On 29th he left.";

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void A_publication_date_at_either_end_of_the_calendar_anchors_nothing(int year, int month, int day)
    {
        // Resolving "yesterday" or a year-less date steps away from the anchor, which used to step off the calendar and throw.
        var mentions = DateTagger.Find(RelativeDates, new DateOnly(year, month, day));
        mentions.Count.ShouldBeGreaterThanOrEqualTo(3);
        mentions.ShouldAllBe(m => m.Start == null && m.Anchor == null);
    }

    [Fact]
    public void An_article_dated_at_the_end_of_the_calendar_is_extracted_without_event_dates()
    {
        var record = WarmPipeline.Instance.Extract(new SourceArticle("far-future", "far-future", "Envoy Visits Harbor Town\n\nMayor Elda Voss met " +
            "Ambassador Rupert Quill of Norland in Harbor Town yesterday to discuss port logistics.", Published: "9999-12-31"));
        record.Events.ShouldNotBeEmpty();
        record.Events.ShouldAllBe(e => e.Start == null);
    }

    [Theory]
    [InlineData("Posted Jan 202031.04.2022", "2031-01-20")]
    [InlineData("Posted Mar 5 2019", "2019-03-05")]
    public void A_day_written_against_its_year_is_read_apart_from_it(string text, string date)
    {
        // Reading the numbers of a match as runs of digits took "202031" for one year, beyond the calendar.
        FullDateFinder.FindAll(text).First().Date.ShouldBe(date);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(DateTaggerOptions.MaxFutureToleranceDays + 1)]
    [InlineData(int.MaxValue)]
    public void A_future_tolerance_beyond_a_year_is_refused_when_set(int days) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new DateTaggerOptions { FutureToleranceDays = days });

    [Fact]
    public void The_longest_future_tolerance_resolves_dates_near_the_end_of_the_calendar()
    {
        var options = new DateTaggerOptions { FutureToleranceDays = DateTaggerOptions.MaxFutureToleranceDays };
        var mentions = DateTagger.Find(RelativeDates, new DateOnly(9998, 12, 1), options);
        mentions.First().Start!.Value.FirstDay.ShouldBe(new DateOnly(9998, 11, 30));
    }

    [Fact]
    public void Day_and_month_written_in_another_scripts_digits_are_read_by_their_value()
    {
        // "\d" matches Khmer digits (U+17E3 is 3, U+17E4 is 4), which int.Parse rejected with an exception.
        var found = FullDateFinder.FindAll("Signed on 2024-\u17E3-\u17E4 in the capital.").ShouldHaveSingleItem();
        found.Date.ShouldBe("2024-03-04");
    }

    [Fact]
    public void A_line_packed_with_dates_is_cleaned_and_searched_in_linear_time()
    {
        // Every date of a line used to be weighed as a date line by reading the whole line: quadratic in its length.
        var line = AdversarialText.Repeat("On March 3, 2024, 2024-3-4 and 5 May 2023 ", 64 * 1024);
        var text = "Delegation Visits the Port\n\n" + line + "\n\nThe talks ended in the evening.";
        WithinBounds.Run(text.Length, () => TextCleaner.Clean(text));
        WithinBounds.Run(text.Length, () => PublishedDateFinder.Find(text));
        WithinBounds.Run(text.Length, () => TitleFinder.Find(text));
    }
}
