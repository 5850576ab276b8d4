using Parley.Lexicons;

namespace Parley.Core.Tests.Lexicons;

public class DemonymsTests
{
    [Theory]
    [InlineData("Vietnamese", "Vietnam")]
    [InlineData("chinese", "China")]
    [InlineData("Kazakhstani", "Kazakhstan")]
    [InlineData("Russian", "Russia")]
    public void AdjectiveGivesCountry(string adjective, string country)
    {
        Demonyms.TryGetCountry(adjective, out var c).ShouldBeTrue();
        c.ShouldBe(country);
    }

    [Fact]
    public void NonAdjectiveIsNotADemonym()
    {
        Demonyms.TryGetCountry("Beijing", out _).ShouldBeFalse();
        Demonyms.CountryCodeOf("Vietnamese").ShouldBe("VN");
    }
}
