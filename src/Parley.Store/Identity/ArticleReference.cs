namespace Parley.Store.Identity;

/// <summary>A stored article cited as a source.</summary>
/// <param name="Id">The record id.</param>
/// <param name="SourceKey">Where it was ingested from.</param>
/// <param name="Published">Its publication date, when known.</param>
/// <param name="Title">Its headline.</param>
/// <param name="Url">Its address, when known.</param>
public sealed record ArticleReference(string Id, string SourceKey, string? Published, string? Title, string? Url);
