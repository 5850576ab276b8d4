namespace Parley.Ingest;

/// <summary>Limits applied while reading input.</summary>
public sealed record ArticleReaderOptions
{
    /// <summary>Default for <see cref="MaxArticleBytes"/>: 5 MB.</summary>
    public const long DefaultMaxArticleBytes = 5L * 1024 * 1024;

    /// <summary>
    /// Largest article accepted, in bytes: a whole .txt/.html file, or one JSON line.
    /// Larger inputs are reported as failures rather than read, so one odd file cannot exhaust memory.
    /// </summary>
    public long MaxArticleBytes { get; init; } = DefaultMaxArticleBytes;
}
