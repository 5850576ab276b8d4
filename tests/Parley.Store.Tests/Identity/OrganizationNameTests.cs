using Parley.Lexicons;
using Parley.Store.Identity;

namespace Parley.Store.Tests.Identity;

public sealed class OrganizationNameTests
{
    private static OrganizationName Of(string name) => OrganizationName.Of(name, Gazetteer.Default);

    [Theory]
    [InlineData("Sunlit Batteries Co., Ltd.")]
    [InlineData("Sunlit Batteries Co. Ltd")]
    [InlineData("Sunlit Batteries Company Limited")]
    [InlineData("Sunlit Batteries Inc.")]
    [InlineData("Sunlit Batteries")]
    public void Legal_forms_do_not_change_a_company(string written) =>
        Of(written).Body.ShouldBe("sunlit batteries");

    [Theory]
    [InlineData("CPC Chifeng Committee")]
    [InlineData("Chifeng Municipal Party Committee")]
    [InlineData("Chifeng Municipal Committee of the Communist Party of China")]
    [InlineData("Communist Party of China Chifeng Municipal Committee")]
    public void Spellings_of_a_city_party_committee_are_one_body_of_that_city(string written)
    {
        var name = Of(written);

        name.IsPlaceBody.ShouldBeTrue();
        name.Place!.Name.ShouldBe("Chifeng");
        name.Body.ShouldBe("committee party");
    }

    [Fact]
    public void A_place_named_as_an_organization_is_the_place_itself()
    {
        Of("Hebei Province").ShouldSatisfyAllConditions(
            n => n.IsPlaceBody.ShouldBeTrue(),
            n => n.Body.ShouldBe(""),
            n => n.Place!.Name.ShouldBe("Hebei"));
        Of("Hebei").PlaceKey(7).ShouldBe(Of("Hebei Province").PlaceKey(7));
    }

    [Theory]
    [InlineData("the Municipal Party Committee", PlaceKind.City)]
    [InlineData("municipal People's Government", PlaceKind.City)]
    [InlineData("the Provincial People's Congress", PlaceKind.Province)]
    [InlineData("District Bureau of Commerce", PlaceKind.County)]
    public void A_public_body_without_a_place_needs_the_place_of_its_level(string written, PlaceKind level)
    {
        var name = Of(written);

        name.NeedsPlace.ShouldBe(level);
        name.Place.ShouldBeNull();
    }

    [Fact]
    public void A_named_organization_is_not_a_body_of_its_place()
    {
        var name = Of("Harbor Logistics Group of Ningbo Sunrise");

        name.IsPlaceBody.ShouldBeFalse();
        name.NeedsPlace.ShouldBeNull();
        name.Body.ShouldBe("harbor logistics group of ningbo sunrise");
    }

    [Fact]
    public void Acronyms_and_initials_are_recognized()
    {
        Of("MCPIT").IsAcronym.ShouldBeTrue();
        Of("Maple Council for the Promotion of International Trade").Initials.ShouldBe("mcpit");
        Of("Maple Council").Initials.ShouldBeNull();
        Of("Maple").IsAcronym.ShouldBeFalse();
    }
}
