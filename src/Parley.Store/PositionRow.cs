namespace Parley.Store;

/// <summary>One title held by one person in one article, flattened for tabular export.</summary>
/// <param name="PersonKey">The store's key for the person entity.</param>
/// <param name="Name">The person's name as written in the article.</param>
/// <param name="Title">The title as written.</param>
/// <param name="Org">The organization as written, or null.</param>
/// <param name="ArticleId">The record id of the article.</param>
public sealed record PositionRow(long PersonKey, string Name, string Title, string? Org, string ArticleId);
