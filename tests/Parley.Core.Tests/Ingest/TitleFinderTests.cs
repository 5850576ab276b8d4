using Parley.Ingest;

namespace Parley.Core.Tests.Ingest;

public sealed class TitleFinderTests
{
    [Fact]
    public void Takes_the_first_heading_line_after_furniture()
    {
        const string text = "Home > News > Local\nShare Print\nHarbor Town Welcomes Norland Delegation\n2024-4-7 16:31:14\nMayor Elda Voss met the guests on Monday.";
        TitleFinder.Find(text)!.Value.Title.ShouldBe("Harbor Town Welcomes Norland Delegation");
    }

    [Fact]
    public void Takes_the_text_after_a_leading_date_marker()
    {
        const string text = " date 2023-08-27 Mayor Elda Voss hopes to deepen exchanges with Norland.\n\nMore text follows here.";
        var (title, span) = TitleFinder.Find(text)!.Value;
        title.ShouldBe("Mayor Elda Voss hopes to deepen exchanges with Norland.");
        span.Of(text).ShouldBe(title);
    }

    [Fact]
    public void Returns_null_for_text_without_a_heading_line() =>
        TitleFinder.Find("\n\n  \n").ShouldBeNull();
}
