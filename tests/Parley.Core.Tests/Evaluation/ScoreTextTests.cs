using Parley.Evaluation;

namespace Parley.Core.Tests.Evaluation;

/// <summary>score.py's norm() on the cases that matter for names, titles and orgs (expected values printed by Python 3.11).</summary>
public sealed class ScoreTextTests
{
    [Theory]
    [InlineData("Nguyễn Xuân Phúc", "nguyen xuan phuc")]
    [InlineData("“Quoted” ‘name’", "quoted name")]
    [InlineData("Jean-Luc — Picard‐Smith", "jean luc picard smith")]
    [InlineData("The People’s Committee", "people s committee")]
    [InlineData("THE Ministry", "ministry")]
    [InlineData("the_the_x", "the x")]
    [InlineData("Theodore", "theodore")]
    [InlineData("then", "then")]
    [InlineData("习近平 会见", "习近平 会见")]
    [InlineData("Ｆｕｌｌｗｉｄｔｈ ①", "fullwidth 1")]
    [InlineData("ΟΔΟΣ Σ", "οδος σ")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("ﬁnance", "finance")]
    [InlineData("  a\u00a0\u2003b\u001c ", "a b")]
    [InlineData("x²", "x2")]
    [InlineData("Ærø Øresund", "ærø øresund")]
    [InlineData("한국", "\u1112\u1161\u11AB\u1100\u116E\u11A8")] // NFKD splits Hangul syllables into jamo
    [InlineData("", "")]
    public void Norm_matches_python(string input, string expected) => ScoreText.Norm(input).ShouldBe(expected);

    [Fact]
    public void Norm_of_null_is_null() => ScoreText.Norm((string?)null).ShouldBeNull();

    [Theory]
    [InlineData("Ministry of Foreign Affairs", "the ministry of foreign affairs of Vietnam", true)]
    [InlineData("Foreign", "Foreign Affairs", true)]
    [InlineData("Fore", "Foreign Affairs", false)]
    [InlineData("", "Foreign Affairs", false)]
    public void ContainsWords_needs_whole_words(string a, string b, bool expected) =>
        ScoreText.ContainsWords(a, b).ShouldBe(expected);
}
