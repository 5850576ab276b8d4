namespace Parley.Core.Tests.Extraction;

public class PeopleAndTitlesTests
{
    [Fact]
    public void Apposition_TwoTitlesShareTheOrganizationWrittenAfterTheLast()
    {
        var record = Extract.From("On March 3, Zhao Minghui, Secretary of the Party Leadership Group and Chairman of CCPIT Hangzhou, met with a delegation from Ningbo.");

        record.Positions().ShouldBe(
            ["Zhao Minghui|Secretary of the Party Leadership Group|CCPIT Hangzhou", "Zhao Minghui|Chairman|CCPIT Hangzhou"],
            ignoreOrder: true);
    }

    [Fact]
    public void Apposition_EachTitleKeepsItsOwnOrganization()
    {
        var record = Extract.From("The talks were attended by Qian Lei, Member of the Standing Committee of the CPC Ningbo Committee and Deputy Mayor of Ningbo, and other officials.");

        record.Positions().ShouldBe(
            ["Qian Lei|Member of the Standing Committee|CPC Ningbo Committee", "Qian Lei|Deputy Mayor|Ningbo"],
            ignoreOrder: true);
    }

    [Fact]
    public void Apposition_TitleWithoutOrganizationAtTheEndStaysWithout()
    {
        var record = Extract.From("Sun Jiahao, Deputy Secretary of the Municipal Party Committee and Mayor, attended the meeting.");

        record.Positions().ShouldBe(["Sun Jiahao|Deputy Secretary|Municipal Party Committee", "Sun Jiahao|Mayor|"], ignoreOrder: true);
    }

    [Fact]
    public void TitlesBeforeNames_CoordinatedShareTheTrailingOrganization()
    {
        var record = Extract.From("On the morning of May 9, Chairman Zhou Wenqing and Vice Chairman Wu Haitao of our council met with guests from Laos.");

        record.Positions().ShouldBe(["Zhou Wenqing|Chairman|our council", "Wu Haitao|Vice Chairman|our council"], ignoreOrder: true);
    }

    [Fact]
    public void TitlesBeforeNames_UpperCaseFamilyNames()
    {
        var record = Extract.From("Governor ZHENG Yifan and Vice Governor FENG Xiaodong of Henan held talks with the visitors.");

        record.Names().ShouldBe(["ZHENG Yifan", "FENG Xiaodong"], ignoreOrder: true);
        record.Positions().ShouldBe(["ZHENG Yifan|Governor|Henan", "FENG Xiaodong|Vice Governor|Henan"], ignoreOrder: true);
    }

    [Fact]
    public void OrganizationBeforeTitle()
    {
        var record = Extract.From("CCPIT spokesperson Han Xuelin said the council held a press conference in Beijing on April 2.");

        record.Positions().ShouldBe(["Han Xuelin|spokesperson|CCPIT"]);
    }

    [Fact]
    public void OrganizationBeforeTitle_SubunitBelongsToTheTitle()
    {
        var record = Extract.From("Nanjing Municipal Government Party Group Member Lu Tianyi met the delegation on April 2.");

        record.Positions().ShouldBe(["Lu Tianyi|Party Group Member|Nanjing Municipal Government"]);
    }

    [Fact]
    public void TitleWithOrganizationBeforeName_AcronymInParentheses()
    {
        var record = Extract.From("Chairman of China Council for the Promotion of International Trade (CCPIT) Yan Guodong met with President of the Andean Business Council (ABC) Maria Lopez in Beijing on August 17.");

        record.Positions().ShouldBe(
            ["Yan Guodong|Chairman|China Council for the Promotion of International Trade", "Maria Lopez|President|Andean Business Council"],
            ignoreOrder: true);
        record.Aliases.ShouldContain(a => a.Contains("CCPIT") && a.Contains("China Council for the Promotion of International Trade"));
    }

    [Fact]
    public void CoordinatedNamesWithPluralTitle()
    {
        var record = Extract.From("Tao Ran and Bai Yunfei, Deputy General Managers of SINOMACH, attended the signing ceremony in Harbin on June 5.");

        record.Positions().ShouldBe(["Tao Ran|Deputy General Manager|SINOMACH", "Bai Yunfei|Deputy General Manager|SINOMACH"], ignoreOrder: true);
    }

    [Fact]
    public void TitlesRespectively()
    {
        var record = Extract.From("Liang Qiming welcomed Gu Hang and Shi Wenbo, Director General and Deputy Director General, respectively, of the Department of Commerce of Gansu Province, on March 6.");

        record.Positions().ShouldContain("Gu Hang|Director General|Department of Commerce of Gansu Province");
        record.Positions().ShouldContain("Shi Wenbo|Deputy Director General|Department of Commerce of Gansu Province");
    }

    [Fact]
    public void AttendeeList_WithAndWithoutTitles()
    {
        var record = Extract.From("Also present were Dong Lihua, Director of the General Office of the Provincial Government; Pan Zixuan; and Xue Ming, Deputy Secretary-General of the Provincial Government.");

        record.Names().ShouldBe(["Dong Lihua", "Pan Zixuan", "Xue Ming"], ignoreOrder: true);
        record.Positions().ShouldContain("Dong Lihua|Director of the General Office|Provincial Government");
        record.Positions().ShouldContain("Xue Ming|Deputy Secretary-General|Provincial Government");
    }

    [Fact]
    public void NationalityAdjectiveGivesNoOrganization_CountryPossessiveDoes()
    {
        var record = Extract.From("Vietnamese Prime Minister Tran Quoc Hung met Canada's Ambassador to China, Thomas Becker, in Hanoi on May 2.");

        record.Positions().ShouldContain("Tran Quoc Hung|Prime Minister|");
    }

    [Theory]
    [InlineData("Kazakh President Nurlan Abenov received the delegation on May 2.", "Nurlan Abenov")]
    [InlineData("Russian Deputy Minister Igor Petrovich Sokolov received the delegation on May 2.", "Igor Petrovich Sokolov")]
    [InlineData("H.E. Khalid bin Saeed Al Mansoori, Minister of Economy, received the delegation on May 2.", "Khalid bin Saeed Al Mansoori")]
    [InlineData("Mr. Thomas Becker, President of the Rhine Chamber, received the delegation on May 2.", "Thomas Becker")]
    [InlineData("Chairman Nguyễn Văn Hòa received the delegation on May 2.", "Nguyễn Văn Hòa")]
    [InlineData("Ambassador Park Ji-hoon received the delegation on May 2.", "Park Ji-hoon")]
    public void NamesOfManyOrigins_HonorificsDropped(string sentence, string name)
    {
        Extract.From(sentence).Names().ShouldBe([name]);
    }

    [Theory]
    [InlineData("The Winter Olympics and the Spring Festival were mentioned by both sides on May 2.")]
    [InlineData("Hong Kong and Nan Ning will host the fair.")]
    [InlineData("Visitors to the Asia Expo met exhibitors from Laos on May 2.")]
    public void CommonPhrasesAndPlacesAreNotPeople(string sentence)
    {
        Extract.From(sentence).People.ShouldBeEmpty();
    }

    [Fact]
    public void BylinesAndCreditsAreNotPeople()
    {
        var record = Extract.From("Mayor Lin Qiaoyun met the delegation on May 2. (By Ke Wenjing, translated by Rosa Klein)\n\nPhoto: Tomas Varga");

        record.Names().ShouldBe(["Lin Qiaoyun"]);
    }

    [Fact]
    public void NamesKeepTheirFirstWrittenFormOnce()
    {
        var record = Extract.From("SHANG Yuming met Chen Bo on May 2. Shang Yuming said the two sides agreed.");

        record.Names().ShouldBe(["SHANG Yuming", "Chen Bo"]);
    }

    [Fact]
    public void MultiWordModifier()
    {
        var record = Extract.From("The meeting was attended by Kong Xiangyu, First-level Inspector of CCPIT Hangzhou, on May 2.");

        record.Positions().ShouldBe(["Kong Xiangyu|First-level Inspector|CCPIT Hangzhou"]);
    }

    [Fact]
    public void TitleSetOffBeforeTheName()
    {
        var record = Extract.From("Canada's Ambassador to China, Thomas Becker, met with Mayor Lin Qiaoyun on May 2.");

        record.Positions().ShouldContain("Thomas Becker|Ambassador to China|Canada");
    }
}
