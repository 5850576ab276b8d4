using Parley.Events;
using Parley.Extraction.Stages;
using Parley.Ingest;
using Parley.Model;
using Parley.Recognition;

namespace Parley.Extraction;

/// <summary>
/// Turns one <see cref="SourceArticle"/> into its spec record by running ordered stages over one
/// <see cref="ArticleAnalysis"/>: clean → segment → dates → places → names → positions → aliases → events.
/// Built once, immutable, thread-safe: the same instance serves every article and every thread of a run.
/// </summary>
public sealed class ExtractionPipeline
{
    private ExtractionPipeline(IReadOnlyList<IExtractionStage> stages) => Stages = stages;

    /// <summary>The stages, in the order they run.</summary>
    public IReadOnlyList<IExtractionStage> Stages { get; }

    /// <summary>The pipeline with every stage Parley ships.</summary>
    public static ExtractionPipeline CreateDefault() => new(
    [
        new CleanStage(),
        new SegmentStage(),
        // Dates before names: the dateline and date words are known when events are framed.
        new DateStage(),
        // Places before names: words inside a multi-word place name are not a person's name.
        new PlaceStage(),
        new NameStage(PersonNameRecognizer.Default, TitleLexicon.Default, OrganizationChain.Default, NameKnowledge.Default),
        new PositionStage(PositionLinker.Default),
        new AliasStage(OrganizationChain.Default),
        // Events last: they read names, positions (organization spans), dates and places.
        new EventStage(EventFramer.Default, TopicClassifier.Default),
    ]);

    /// <summary>Runs every stage and returns the analysis (for explanations and provenance).</summary>
    public ArticleAnalysis Analyze(SourceArticle article)
    {
        var analysis = new ArticleAnalysis(article);
        foreach (var stage in Stages) stage.Run(analysis);
        return analysis;
    }

    /// <summary>Extracts the record of one article.</summary>
    public ArticleRecord Extract(SourceArticle article) => RecordBuilder.Build(Analyze(article));
}
