namespace Parley.Store;

/// <summary>What the store holds under one source key: enough for ingest to skip unchanged inputs.</summary>
/// <param name="ArticleKey">The store's own key for the article row.</param>
/// <param name="ArticleId">The record id the article was stored with.</param>
/// <param name="ContentHash">The content hash it was stored with.</param>
public sealed record StoredArticleState(long ArticleKey, string ArticleId, string ContentHash);
