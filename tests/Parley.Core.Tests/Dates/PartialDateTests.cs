using Parley.Dates;

namespace Parley.Core.Tests.Dates;

public class PartialDateTests
{
    [Fact]
    public void ToString_WritesDayOrMonthPrecision()
    {
        PartialDate.OfDay(2024, 3, 6).ToString().ShouldBe("2024-03-06");
        PartialDate.OfMonth(2023, 11).ToString().ShouldBe("2023-11");
    }

    [Fact]
    public void TryCreate_RefusesDaysThatDoNotExist()
    {
        PartialDate.TryCreate(2023, 2, 29, out _).ShouldBeFalse();
        PartialDate.TryCreate(2024, 2, 29, out _).ShouldBeTrue();
        PartialDate.TryCreate(2024, 13, null, out _).ShouldBeFalse();
    }

    [Fact]
    public void TryParse_ReadsBothWrittenForms()
    {
        PartialDate.TryParse("2021-07", out var month).ShouldBeTrue();
        month.Precision.ShouldBe(DatePrecision.Month);
        month.LastDay.ShouldBe(new DateOnly(2021, 7, 31));
        PartialDate.TryParse("2021-02-30", out _).ShouldBeFalse();
    }
}
