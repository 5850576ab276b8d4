namespace Parley.Store;

/// <summary>An article found by full-text search.</summary>
/// <param name="ArticleKey">The store's key for the article.</param>
/// <param name="ArticleId">The record id.</param>
/// <param name="Title">The headline, or null.</param>
/// <param name="Snippet">A short extract of the cleaned text around the match, matches in [brackets].</param>
public sealed record SearchHit(long ArticleKey, string ArticleId, string? Title, string Snippet);
