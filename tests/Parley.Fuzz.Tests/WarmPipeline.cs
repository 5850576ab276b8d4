using Parley.Extraction;
using Parley.Ingest;

namespace Parley.Fuzz.Tests;

/// <summary>
/// The extraction pipeline, built once and run once on a small article before anything is timed, so loading the
/// lexicons is not charged to the first input measured.
/// </summary>
internal static class WarmPipeline
{
    private static readonly Lazy<ExtractionPipeline> Warmed = new(() =>
    {
        var pipeline = ExtractionPipeline.CreateDefault();
        pipeline.Extract(new SourceArticle("warm-up", "warm-up", "Mayor Elda Voss met a trade delegation from Norland on Tuesday.\n\nThey discussed port logistics."));
        return pipeline;
    });

    /// <summary>The warmed pipeline.</summary>
    public static ExtractionPipeline Instance => Warmed.Value;
}
