namespace Parley.Core.Tests.Extraction;

/// <summary>Titles in lists of people: forms of address, titles of the next name, plural titles.</summary>
public class PeopleAndTitlesListsTests
{
    [Fact]
    public void FormOfAddressBetweenTitleAndName()
    {
        var record = Extract.From("On May 2, Party Committee Secretary Mr. Tang Yuelin, Deputy General Manager Mr. Bao Jinsong and Chief Engineer Mr. Qiao Mingde of the company received the visitors.");

        record.Positions().ShouldBe(
            ["Tang Yuelin|Party Committee Secretary|", "Bao Jinsong|Deputy General Manager|", "Qiao Mingde|Chief Engineer|"],
            ignoreOrder: true);
    }

    [Fact]
    public void TitleSetOffBeforeTheName_WithFormOfAddress()
    {
        var record = Extract.From("In Nairobi on May 2 the delegation called on the Prime Minister of Kenya, Mr. Daniel Okafor, at his office.");

        record.Positions().ShouldBe(["Daniel Okafor|Prime Minister|Kenya"]);
    }

    [Fact]
    public void AppositionEndingInTheNextNamesTitle_PluralTitleSharedByCoordinatedNames()
    {
        var record = Extract.From("Wu Hailin, Secretary General of the Lakeside Chamber and Vice Chairmen Gao Ruibin and Ma Tianhe of the Lakeside Chamber welcomed the guests on May 2.");

        record.Positions().ShouldBe(
            ["Wu Hailin|Secretary General|Lakeside Chamber", "Gao Ruibin|Vice Chairman|Lakeside Chamber", "Ma Tianhe|Vice Chairman|Lakeside Chamber"],
            ignoreOrder: true);
    }

    [Fact]
    public void TitleAfterACommaAndArticleIsTheNextClausesSubject()
    {
        var record = Extract.From("After talks with Ruan Zhiyuan, Chairman of Huaxing Corporation, the Prime Minister praised the company on May 2.");

        record.Positions().ShouldBe(["Ruan Zhiyuan|Chairman|Huaxing Corporation"]);
    }

    [Theory]
    [InlineData("Emir Sheikh Rashid bin Talal Al Amiri of Qatar attended the ceremony on May 2.", "Rashid bin Talal Al Amiri")]
    [InlineData("Union Minister for Energy U Aung Naing Oo met the delegation on May 2.", "Aung Naing Oo")]
    public void FormsOfAddressOfOtherCultures(string sentence, string name)
    {
        Extract.From(sentence).Names().ShouldBe([name]);
    }

    [Fact]
    public void FormOfAddressEndsAPortfolio()
    {
        Extract.From("Union Minister for Energy U Aung Naing Oo met the delegation on May 2.").Positions()
            .ShouldBe(["Aung Naing Oo|Union Minister for Energy|"]);
    }

    [Theory]
    [InlineData("On May 2, B.Batbold, governor of Dornod aimag, met the delegation.", "B.Batbold")]
    [InlineData("During the visit they met the Head of the Department of External Trade, Ruslan Akhmedov, on May 2.", "Ruslan Akhmedov")]
    [InlineData("Minister of State for Industry and Energy Dravid Pillai visited Nanjing on May 2.", "Dravid Pillai")]
    [InlineData("Nepali Ambassador to China Bishnu Raj Adhikari met the governor on May 2.", "Bishnu Raj Adhikari")]
    [InlineData("The delegation included Pierre-Alain Fournier, IOE Secretary General, on May 2.", "Pierre-Alain Fournier")]
    public void NamesAfterLongTitlesAndOfOtherShapes(string sentence, string name)
    {
        Extract.From(sentence).Names().ShouldBe([name]);
    }

    [Fact]
    public void EnvoyTitleEndsAtThePlace()
    {
        Extract.From("Nepali Ambassador to China Bishnu Raj Adhikari met the governor on May 2.").Positions()
            .ShouldBe(["Bishnu Raj Adhikari|Ambassador to China|"]);
    }

    [Fact]
    public void GroupNamedJustBeforeSharesAPluralTitle()
    {
        var record = Extract.From("Mayor Lin Qiaoyun met Wu Dan and Gao Fei on May 2. The two are Members of the Standing Committee of the Lakeside Chamber of Commerce.");

        record.Positions().ShouldBe(
            ["Lin Qiaoyun|Mayor|", "Wu Dan|Member of the Standing Committee|Lakeside Chamber of Commerce", "Gao Fei|Member of the Standing Committee|Lakeside Chamber of Commerce"],
            ignoreOrder: true);
    }

    [Theory]
    [InlineData("On May 2 the visitors were welcomed by Qinghai provincial Party Secretary Ma Liang, Vice Governor Zhu Hong and other officials.", "Zhu Hong|Vice Governor|Qinghai provincial")]
    [InlineData("Gansu Governor Ren Zhen, joined by Vice Governor Zhu Hong, hosted the envoy on May 2.", "Zhu Hong|Vice Governor|Gansu")]
    [InlineData("Lanzhou Mayor Ren Zhen, accompanied by Vice Minister Zhu Hong, hosted the envoy on May 2.", "Zhu Hong|Vice Minister|")]
    public void ListOfLocalOfficesSharesThePlace(string sentence, string position)
    {
        Extract.From(sentence).Positions().ShouldContain(position);
    }
}
