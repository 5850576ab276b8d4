using Parley.Lexicons;

namespace Parley.Core.Tests.Lexicons;

public class ChineseNamesTests
{
    [Theory]
    [InlineData("Wang")]
    [InlineData("ZHANG")]
    [InlineData("Shang")]
    [InlineData("SHANG")]
    [InlineData("Ouyang")]
    [InlineData("Sima")]
    [InlineData("Zhuge")]
    [InlineData("Lü")]
    [InlineData("Lv")]
    [InlineData("王")]
    public void KnownSurnames(string token) => ChineseNames.IsSurname(token).ShouldBeTrue();

    [Theory]
    [InlineData("Smith")]
    [InlineData("Huaigang")]
    [InlineData("")]
    public void NotSurnames(string token) => ChineseNames.IsSurname(token).ShouldBeFalse();

    [Theory]
    [InlineData("Huaigang", 2)]
    [InlineData("Wei", 1)]
    [InlineData("Xiao-ming", 2)]
    [InlineData("Xiaoming", 2)]
    [InlineData("Jianguo", 2)]
    [InlineData("ZHUANGSHUANG", 2)]
    [InlineData("Xi'an", 2)]
    [InlineData("Lüxia", 2)]
    public void PinyinGivenNamesSplit(string token, int syllables)
    {
        ChineseNames.SyllableCount(token).ShouldBe(syllables);
        ChineseNames.IsGivenName(token).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Smith")]
    [InlineData("Vladimir")]
    [InlineData("Huaigangweiming")] // four syllables: too long for a given name
    [InlineData("Xian2")]
    [InlineData("")]
    public void NonPinyinIsNotAGivenName(string token) => ChineseNames.IsGivenName(token).ShouldBeFalse();

    [Fact]
    public void SplitShowsTheSyllables()
    {
        PinyinSyllables.TrySplit("Huaigang", out var s).ShouldBeTrue();
        s.ShouldBe(["huai", "gang"]);
        // Without an apostrophe a vowel-initial syllable cannot follow: "Xian" is one syllable.
        PinyinSyllables.TrySplit("Xian", out var one).ShouldBeTrue();
        one.ShouldBe(["xian"]);
        PinyinSyllables.IsSyllable("zhuang").ShouldBeTrue();
        PinyinSyllables.IsSyllable("ng").ShouldBeFalse();
    }
}
