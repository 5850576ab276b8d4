using Parley.Lexicons;

namespace Parley.Core.Tests.Lexicons;

public class NameListsTests
{
    [Theory]
    [InlineData("John")]
    [InlineData("Ahmed")]
    [InlineData("Olga")]
    [InlineData("KWAME")]
    [InlineData("Nurlan")]
    public void GivenNamesAreListed(string token) => GivenNames.Contains(token).ShouldBeTrue();

    [Theory]
    [InlineData("Beijing")]
    [InlineData("Ministry")]
    public void OtherWordsAreNotGivenNames(string token) => GivenNames.Contains(token).ShouldBeFalse();

    [Theory]
    [InlineData("Nguyễn")]
    [InlineData("Nguyen")]
    [InlineData("TRAN")]
    [InlineData("Phạm")]
    [InlineData("Đặng")]
    [InlineData("Dang")]
    public void VietnameseSurnamesMatchWithOrWithoutDiacritics(string token) =>
        VietnameseSurnames.Contains(token).ShouldBeTrue();

    [Fact]
    public void NonVietnameseSurname() => VietnameseSurnames.Contains("Smith").ShouldBeFalse();
}
