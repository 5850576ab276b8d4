using Parley.Ingest;

namespace Parley.Store.Ingestion;

/// <summary>How an ingest run behaves.</summary>
public sealed record IngestOptions
{
    /// <summary>Stop at the first input that fails instead of reporting it and going on.</summary>
    public bool Strict { get; init; }

    /// <summary>Limits for reading inputs; defaults when null.</summary>
    public ArticleReaderOptions? Reader { get; init; }

    /// <summary>How many of the newest events the summary lists.</summary>
    public int RecentEventCount { get; init; } = 5;
}
