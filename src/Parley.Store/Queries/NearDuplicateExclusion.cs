namespace Parley.Store.Queries;

/// <summary>
/// Events of an article stored as a near-duplicate of another (table <c>near_duplicates</c>, one row per
/// such article) are the same events reported twice: queries and graph exports leave them out so nothing
/// is counted twice.
/// </summary>
internal static class NearDuplicateExclusion
{
    /// <summary>The condition on an event aliased <c>e</c> that keeps it only when its article is not a near-duplicate.</summary>
    public static readonly string Condition = On("e.article_id");

    /// <summary>The condition that keeps a row only when the article in column <paramref name="articleId"/> is not a near-duplicate.</summary>
    public static string On(string articleId) => $"NOT EXISTS (SELECT 1 FROM near_duplicates d WHERE d.article_id = {articleId})";
}
