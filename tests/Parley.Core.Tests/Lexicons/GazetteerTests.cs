using Parley.Lexicons;

namespace Parley.Core.Tests.Lexicons;

public class GazetteerTests
{
    private static readonly Gazetteer G = Gazetteer.Default;

    private static Place Find(string name)
    {
        G.TryFind(name, out var place).ShouldBeTrue($"'{name}' should resolve");
        return place!;
    }

    [Fact]
    public void PrefectureCityHangsUnderItsProvinceUnderChina()
    {
        var chifeng = Find("Chifeng");
        chifeng.Kind.ShouldBe(PlaceKind.Prefecture);
        var province = G.Parent(chifeng)!;
        province.Name.ShouldBe("Inner Mongolia");
        G.Parent(province)!.Name.ShouldBe("China");
        G.Ancestors(chifeng).Select(p => p.Name).ShouldBe(["Inner Mongolia", "China"]);
        Find("Chifeng City").ShouldBe(chifeng);
    }

    [Theory]
    [InlineData("Inner Mongolia Autonomous Region", "Inner Mongolia")]
    [InlineData("Xinjiang Uygur Autonomous Region", "Xinjiang")]
    [InlineData("Guangxi Zhuang Autonomous Region", "Guangxi")]
    [InlineData("Tibet", "Xizang")]
    [InlineData("Shaanxi", "Shaanxi")]
    [InlineData("Shanxi", "Shanxi")]
    [InlineData("Hong Kong SAR", "Hong Kong")]
    [InlineData("Macau", "Macao")]
    [InlineData("BEIJING", "Beijing")]
    public void ProvinceLevelNamesResolve(string text, string expected)
    {
        var p = Find(text);
        p.Name.ShouldBe(expected);
        p.Kind.ShouldBe(PlaceKind.Province);
    }

    [Fact]
    public void MunicipalityIsAProvinceWithACityEntryBelowIt()
    {
        var all = G.FindAll("Beijing");
        all[0].Kind.ShouldBe(PlaceKind.Province);
        all.ShouldContain(p => p.Kind == PlaceKind.City && p.ParentId == all[0].Id);
    }

    [Fact]
    public void ApostropheAndDiacriticsAreIgnored()
    {
        Find("Xi'an").ShouldBe(Find("Xian"));
        Find("Xi’an").Kind.ShouldBe(PlaceKind.Prefecture);
        Find("São Paulo").ShouldBe(Find("sao paulo"));
        Find("Lüliang").ShouldBe(Find("Lvliang"));
    }

    [Fact]
    public void CountyLevelAreasHaveTheirPrefecture()
    {
        var haidian = Find("Haidian District");
        haidian.Kind.ShouldBe(PlaceKind.County);
        G.Parent(haidian)!.Name.ShouldBe("Beijing");
    }

    [Theory]
    [InlineData("Almaty", "KZ", "Kazakhstan")]
    [InlineData("Hanoi", "VN", "Vietnam")]
    [InlineData("Paris", "FR", "France")]
    [InlineData("Nairobi", "KE", "Kenya")]
    public void WorldCityResolvesToItsCountry(string city, string code, string country)
    {
        var p = Find(city);
        p.Kind.ShouldBe(PlaceKind.City);
        p.CountryCode.ShouldBe(code);
        G.Parent(p)!.Name.ShouldBe(country);
        G.CountryOf(p).Name.ShouldBe(country);
        p.Population.ShouldBeGreaterThan(100_000);
    }

    [Fact]
    public void CountriesResolveByOfficialName()
    {
        Find("People's Republic of China").Name.ShouldBe("China");
        Find("Socialist Republic of Vietnam").Name.ShouldBe("Vietnam");
        G.IsCountryOrDemonym("Vietnamese").ShouldBeTrue();
        G.IsCountryOrDemonym("Kazakhstan").ShouldBeTrue();
        G.IsCountryOrDemonym("Chifeng").ShouldBeFalse();
    }

    [Fact]
    public void UnknownNamesAreNotFound()
    {
        G.TryFind("Huaigang", out _).ShouldBeFalse();
        G.FindAll("Zzyzxqq").ShouldBeEmpty();
    }

    [Fact]
    public void FindInTakesLongestCapitalizedNames()
    {
        const string text = "Officials from Inner Mongolia Autonomous Region met in Chifeng City and later visited China's Xi'an; reading Nice notes.";
        var found = G.FindIn(text).Select(m => (m.Span.Of(text), m.Place.Name)).ToList();
        found.ShouldContain(("Inner Mongolia Autonomous Region", "Inner Mongolia"));
        found.ShouldContain(("Chifeng City", "Chifeng"));
        found.ShouldContain(("China", "China"));
        found.ShouldContain(("Xi'an", "Xi'an"));
        found.ShouldNotContain(f => f.Item1 == "reading");
    }

    [Fact]
    public void MatchLengthMeasuresTheNameAtAPosition()
    {
        const string text = "In Hong Kong SAR today";
        G.MatchLength(text, 3).ShouldBe("Hong Kong SAR".Length);
        G.MatchLength(text, 0).ShouldBe(0);
        G.MatchLength(text, 4).ShouldBe(0);
    }

    [Fact]
    public void DataIsComplete()
    {
        // Sanity on sizes rather than timing: loading all of this is a one-off cost.
        G.Count.ShouldBeGreaterThan(20_000);
        G.FindAll("Shanghai").ShouldNotBeEmpty();
        var counties = Enumerable.Range(1, G.Count).Count(id => G[id]!.Kind == PlaceKind.County);
        counties.ShouldBeGreaterThan(2_800);
    }

    [Fact]
    public void ScanningALongTextIsLinear()
    {
        var text = string.Concat(Enumerable.Repeat("Delegates from Beijing and Almaty met the Governor of Inner Mongolia. ", 2_000));
        G.FindIn(text).Count.ShouldBe(6_000);
    }
}
