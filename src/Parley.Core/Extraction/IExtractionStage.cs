namespace Parley.Extraction;

/// <summary>
/// One step of the extraction pipeline. Stages run in a fixed order on one <see cref="ArticleAnalysis"/>
/// and must be stateless (the pipeline is shared across threads).
/// </summary>
public interface IExtractionStage
{
    /// <summary>A short name, shown in explanations and benchmarks.</summary>
    string Name { get; }

    /// <summary>Reads what earlier stages recognized and adds its own findings.</summary>
    void Run(ArticleAnalysis analysis);
}
