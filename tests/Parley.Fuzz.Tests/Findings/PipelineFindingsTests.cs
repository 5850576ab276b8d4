using Parley.Ingest;

namespace Parley.Fuzz.Tests.Findings;

/// <summary>Regressions for what fuzzing found in the whole pipeline, each from an invented minimal input.</summary>
[Collection(FuzzCollection.Name)]
public sealed class PipelineFindingsTests
{
    [Fact]
    public void A_run_of_title_words_is_linked_in_linear_time()
    {
        // Before every title word, the organization reader read the whole capitalized run back to its start and the
        // sub-unit test joined every tail of it: a page of repeated title words cost the fourth power of its length.
        var text = "Port News\n\nMayor Elda Voss met " + AdversarialText.Repeat("Ambassador ", 24 * 1024) + "of Norland.";
        var pipeline = WarmPipeline.Instance;
        WithinBounds.Run(text.Length, () => pipeline.Extract(new SourceArticle("titles", "titles", text)));
    }

    [Fact]
    public void A_chain_of_titles_joined_by_of_is_read_in_linear_time()
    {
        // After every title followed by "of", the organization reader read the whole capitalized chain to the
        // sentence's end: quadratic in the chain's length.
        var text = "Port News\n\nMayor Elda Voss met " + AdversarialText.Repeat("Vice Chairman of the Standing Committee of the ", 256 * 1024) + "Council.";
        var pipeline = WarmPipeline.Instance;
        WithinBounds.Run(text.Length, () => pipeline.Extract(new SourceArticle("chain", "chain", text)));
    }

    [Fact]
    public void An_article_reporting_only_conferences_without_people_keeps_them()
    {
        // Conferences nobody is named at are dropped as mere mentions; when they were all the article reported,
        // dropping every one left no event and the framer failed on the empty list.
        var record = WarmPipeline.Instance.Extract(new SourceArticle("forums", "forums",
            "Two Forums\n\nThe port forum was held in Lisbon on 3 May 2021.\n\nThe timber forum was held in Madrid on 9 June 2022."));
        record.Events.Select(e => (e.Type, e.Start)).ShouldBe([("conference", "2021-05-03"), ("conference", "2022-06-09")]);
    }
}
