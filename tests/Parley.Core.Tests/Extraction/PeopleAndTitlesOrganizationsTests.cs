namespace Parley.Core.Tests.Extraction;

/// <summary>Where a title ends and its organization begins.</summary>
public class PeopleAndTitlesOrganizationsTests
{
    [Theory]
    [InlineData("Zhou Peiyu, Director General of the Department of Commerce of Gansu Province, met the guests on May 2.",
        "Zhou Peiyu|Director General|Department of Commerce of Gansu Province")]
    [InlineData("Lu Yanting, director of the Foreign Affairs Office of Lanzhou, met the guests on May 2.",
        "Lu Yanting|director|Foreign Affairs Office of Lanzhou")]
    public void AdministrativeUnitOfAPlaceIsTheOrganization(string sentence, string position)
    {
        Extract.From(sentence).Positions().ShouldBe([position]);
    }

    [Fact]
    public void UnitOfAnOrganizationStaysInTheTitle()
    {
        var record = Extract.From("Kang Wei, Director of the Exhibition Services Department of CCPIT Hangzhou, met the guests on May 2.");

        record.Positions().ShouldBe(["Kang Wei|Director of the Exhibition Services Department|CCPIT Hangzhou"]);
    }

    [Fact]
    public void PartyCommittee_OfSomethingIsTheOrganization_BareStaysInTheTitle()
    {
        var record = Extract.From("On May 2, Xia Tianming, Yunfeng Group's Secretary of the CPC Committee, met Fan Zhiqiang, Secretary of the CPC Committee of Lanxi County.");

        record.Positions().ShouldBe(
            ["Xia Tianming|Secretary of the CPC Committee|Yunfeng Group", "Fan Zhiqiang|Secretary|CPC Committee of Lanxi County"],
            ignoreOrder: true);
    }

    [Fact]
    public void AndInsideOneOrganizationName()
    {
        var record = Extract.From("Gao Minyi, Director General of the Hunan Development and Reform Commission, met the guests on May 2.");

        record.Positions().ShouldBe(["Gao Minyi|Director General|Hunan Development and Reform Commission"]);
    }

    [Fact]
    public void PlaceBeforeAPossessiveOnlyLocatesTheOrganization()
    {
        var record = Extract.From("Qiu Hanwen, governor of East China's Anhui province, met the guests on May 2.");

        record.Positions().ShouldBe(["Qiu Hanwen|governor|Anhui province"]);
    }

    [Fact]
    public void TitleOpeningALineTakesNothingFromTheLineAbove()
    {
        var record = Extract.From("Lakeside Institute of Economics\nExecutive Director Lan Xiaobo Meets Visitors from Kenya\nOn May 2, Lan Xiaobo met the visitors.");

        record.Positions().ShouldBe(["Lan Xiaobo|Executive Director|"]);
    }

    [Fact]
    public void ComplementAfterTheNameStaysInTheTitle()
    {
        var record = Extract.From("On May 2, Director Ye Qingshan of the Planning Office of the Lanxi Port Authority inspected the works.");

        record.Positions().ShouldBe(["Ye Qingshan|Director of the Planning Office|Lanxi Port Authority"]);
    }

    [Fact]
    public void NationalityAdjectiveBeforeAnAppositiveTitle()
    {
        var record = Extract.From("Oliver Brand, British Ambassador to China, attended the meeting on May 2.");

        record.Positions().ShouldBe(["Oliver Brand|Ambassador to China|"]);
    }

    [Fact]
    public void NationalityAdjectiveWithADivisionWordIsNoOrganization()
    {
        var record = Extract.From("On May 2 the visitors were received by Kenji Tanaka, governor of the Japanese prefecture.");

        record.Positions().ShouldBe(["Kenji Tanaka|governor|"]);
    }

    [Theory]
    [InlineData("Vice Mayor of Dali city Sun Haoran attended the meeting on May 2.", "Sun Haoran|Vice Mayor|Dali city")]
    [InlineData("Deng Ruoxi, deputy director of the city's tourism bureau, attended the meeting on May 2.", "Deng Ruoxi|deputy director|city's tourism bureau")]
    public void LowerCaseWordsThatEndAnOrganization(string sentence, string position)
    {
        Extract.From(sentence).Positions().ShouldBe([position]);
    }

    [Fact]
    public void TitleAfterAlso()
    {
        var record = Extract.From("President Mateo Ruiz, also chairman of the National Reform Council, spoke at the meeting on May 2.");

        record.Positions().ShouldContain("Mateo Ruiz|chairman|National Reform Council");
    }

    [Fact]
    public void PortfolioAfterForStaysInTheTitle()
    {
        var record = Extract.From("The Secretary for Justice, Mr Jonathan Lam, opened the forum on May 2.");

        record.Positions().ShouldBe(["Jonathan Lam|Secretary for Justice|"]);
    }

    [Fact]
    public void PortfolioWordBeforeTheRoleWord()
    {
        var record = Extract.From("Anton Weber, former Finance Minister of Austria, visited Xiamen on May 2.");

        record.Positions().ShouldBe(["Anton Weber|former Finance Minister|Austria"]);
    }

    [Fact]
    public void SameTitleWithAShorterAndAFullerOrganizationIsOnePosition()
    {
        var record = Extract.From("Ma Jinsong, Party chief of Anhui province, spoke on May 2. Ma Jinsong, Party chief of Anhui, visited Hefei on May 3.");

        record.Positions().ShouldBe(["Ma Jinsong|Party chief|Anhui province"]);
    }

    [Fact]
    public void SubUnitWrittenInLowerCaseStaysInTheTitle()
    {
        var record = Extract.From("Li Jiaming, first secretary of political and cultural section of the Chinese embassy in Kenya, attended the talks on May 2.");

        record.Positions().ShouldBe(["Li Jiaming|first secretary of political and cultural section|Chinese embassy"]);
    }

    [Fact]
    public void BodyWrittenInLowerCaseIsTheOrganization()
    {
        var record = Extract.From("On May 2, Deputy Director Wang Lei of the harbour dredging bureau inspected the works.");

        record.Positions().ShouldBe(["Wang Lei|Deputy Director|harbour dredging bureau"]);
    }

    [Fact]
    public void HyphenSetApartStillJoinsATitle()
    {
        Extract.From("The signing was attended by Omar Haddad, Director- General of the Gulf Trade Chamber, on May 2.").Positions()
            .ShouldBe(["Omar Haddad|Director- General|Gulf Trade Chamber"]);
    }

    [Fact]
    public void EverydayWordThatNamesASmallPlaceIsNoPlaceInATitle()
    {
        Extract.From("Mr. Pieter Jansen, Head of the Green Finance Section, opened the workshop on May 2.").Positions()
            .ShouldContain("Pieter Jansen|Head of the Green Finance Section|");
    }

    [Fact]
    public void TitleWrittenShorterLaterIsTheSameOffice()
    {
        var record = Extract.From("Ambassador to China Bishnu Raj Adhikari and Trade Counsellor Hari Sharma Poudel called on the governor on May 2. Ambassador Bishnu Raj Adhikari said the visit was fruitful.");

        record.Positions().ShouldContain("Bishnu Raj Adhikari|Ambassador to China|");
        record.Positions().ShouldNotContain("Bishnu Raj Adhikari|Ambassador|");
        record.Names().ShouldContain("Hari Sharma Poudel");
    }
}
