using Parley.Store.Queries;

namespace Parley.Store.Tests.Queries;

public class DateBoundTests
{
    [Theory]
    [InlineData("2023")]
    [InlineData("2023-05")]
    [InlineData("2024-02-29")]
    [InlineData(" 2023-05-17 ")]
    public void Parses_AYearAMonthOrADay(string text)
    {
        DateBound.TryParse(text, out var bound).ShouldBeTrue();
        bound!.Value.ShouldBe(text.Trim());
    }

    [Theory]
    [InlineData("")]
    [InlineData("23")]
    [InlineData("0000")]
    [InlineData("2023-13")]
    [InlineData("2023-02-29")]
    [InlineData("2023/05/17")]
    [InlineData("May 2023")]
    public void Refuses_AnythingElse(string text)
    {
        DateBound.TryParse(text, out _).ShouldBeFalse();
        Should.Throw<FormatException>(() => DateBound.Parse(text));
    }
}
