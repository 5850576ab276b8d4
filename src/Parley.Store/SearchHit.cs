namespace Parley.Store;

/// <summary>An article found by full-text search.</summary>
/// <remarks>
/// Init properties rather than a positional record: the snippet is a computed column, which SQLite types
/// as BLOB when a query has no rows, and Dapper only matches constructors on exact column types.
/// </remarks>
public sealed record SearchHit
{
    /// <summary>The store's key for the article.</summary>
    public required long ArticleKey { get; init; }

    /// <summary>The record id.</summary>
    public required string ArticleId { get; init; }

    /// <summary>The headline, or null.</summary>
    public string? Title { get; init; }

    /// <summary>A short extract of the cleaned text around the match, matched words in [brackets].</summary>
    public required string Snippet { get; init; }
}
