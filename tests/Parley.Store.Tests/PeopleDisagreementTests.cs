using Parley.Store.NearDuplicates;

namespace Parley.Store.Tests;

public class PeopleDisagreementTests
{
    [Theory]
    [InlineData("chen bo|max ortega", "chen bo|lea novak", true)]
    [InlineData("li wei", "li ming", true)]
    [InlineData("chen bo|max ortega", "chen bo|max ortega", false)]
    [InlineData("chen bo|max ortega", "max ortega|chen bo|kit moss", false)]
    [InlineData("", "amina odera", false)]
    [InlineData("", "", false)]
    [InlineData("hari lal thapa|ravi kumar joshi", "hari lal thapa|kumar joshi", false)]
    public void Two_lists_disagree_only_when_each_names_someone_the_other_does_not(string some, string other, bool disagree)
    {
        PeopleDisagreement.Between(Keys(some), Keys(other)).ShouldBe(disagree);
        PeopleDisagreement.Between(Keys(other), Keys(some)).ShouldBe(disagree);
    }

    private static string[] Keys(string list) => list.Split('|', StringSplitOptions.RemoveEmptyEntries);
}
