using Parley.Events;
using Parley.Text;

namespace Parley.Core.Tests.Recognition;

public class TopicClassifierTests
{
    private static IReadOnlyList<string> Topics(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return TopicClassifier.Default.Classify(tokens, SentenceSplitter.Split(text, tokens));
    }

    [Fact]
    public void KeywordInsideAnOrganizationNameIsNoTopic()
    {
        Topics("The mayor met the head of the Lakeside Trade Development Council and talked about tourism.")
            .ShouldBe(["culture_tourism"]);
    }

    [Fact]
    public void KeywordInsideAnOccasionNameIsItsTopic()
    {
        Topics("The governor opened the Riverside Trade and Investment Fair on Monday.")
            .ShouldBe(["trade", "investment", "exhibitions"]);
    }

    [Fact]
    public void NeutralPhraseSilencesTheKeywordsInside()
    {
        Topics("The city will keep improving its business environment for foreign companies.").ShouldBeEmpty();
        Topics("Both sides agreed to protect the river's environmental quality.").ShouldBe(["environment"]);
    }

    [Fact]
    public void PrefixKeywordDoesNotMatchAnUnrelatedLongerWord()
    {
        Topics("He said the visit was important to both sides.").ShouldBeEmpty();
        Topics("They discussed imports of machinery.").ShouldContain("trade");
    }

    [Fact]
    public void CapitalizedKeywordCountsInsideAName()
    {
        Topics("The delegation toured the Lanxi New Area on Monday.").ShouldBe(["regional_development"]);
    }

    [Fact]
    public void WeakKeywordNeedsASecondKeywordOfItsTopic()
    {
        Topics("He praised the construction of a modern and harmonious city.").ShouldBeEmpty();
        Topics("They discussed the construction of ports and railways.").ShouldBe(["infrastructure"]);
    }
}
