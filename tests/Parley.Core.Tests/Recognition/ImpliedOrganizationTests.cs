using Parley.Core.Tests.Extraction;

namespace Parley.Core.Tests.Recognition;

public class ImpliedOrganizationTests
{
    [Theory]
    [InlineData("The governor received a delegation from Qinghai Province led by its Vice Governor Zhao Minglang on May 2.",
        "Zhao Minglang|Vice Governor|Qinghai Province")]
    [InlineData("After touring the Lumatech plant, the mayor sat down with the company's CEO Rong Jiayi on May 2.",
        "Rong Jiayi|CEO|Lumatech")]
    [InlineData("Yunnan will open three new border crossings, provincial governor Duan Xiaoming told the visitors on May 2.",
        "Duan Xiaoming|governor|Yunnan")]
    [InlineData("Haibei Prefecture sent a trade team to Ningbo on May 2, and the prefecture deputy Party secretary Ling Qiao led the talks.",
        "Ling Qiao|deputy Party secretary|Haibei Prefecture")]
    [InlineData("At the Lakeside Chamber of Commerce on May 2, Hu Yanan, Director of the Trade Services Department, briefed the visitors.",
        "Hu Yanan|Director of the Trade Services Department|Lakeside Chamber of Commerce")]
    [InlineData("On May 2, a team of the Riverside Chamber of Commerce led by its President Tao Wenbo arrived in Fuzhou.",
        "Tao Wenbo|President|Riverside Chamber of Commerce")]
    [InlineData("A group from the Bureau of Science and Technology headed by its Director Gan Lihua toured Hefei on May 2.",
        "Gan Lihua|Director|Bureau of Science and Technology")]
    public void OrganizationTheContextImplies(string sentence, string position)
    {
        Extract.From(sentence).Positions().ShouldContain(position);
    }

    [Fact]
    public void NoCueNoOrganization()
    {
        Extract.From("At the Lakeside Chamber of Commerce on May 2, Vice Mayor Hu Yanan briefed the visitors.").Positions()
            .ShouldBe(["Hu Yanan|Vice Mayor|"]);
    }
}
