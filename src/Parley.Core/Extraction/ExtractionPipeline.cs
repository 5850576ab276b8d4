using Parley.Ingest;
using Parley.Model;

namespace Parley.Extraction;

/// <summary>
/// Turns one <see cref="SourceArticle"/> into its spec record. Built once, immutable, thread-safe:
/// the same instance serves every article (and every thread) of a run.
/// </summary>
public sealed class ExtractionPipeline
{
    /// <summary>The pipeline with every stage Parley ships.</summary>
    public static ExtractionPipeline CreateDefault() => new();

    /// <summary>Extracts the record of one article.</summary>
    public ArticleRecord Extract(SourceArticle article) => new() { Id = article.Id, Title = article.Title };
}
