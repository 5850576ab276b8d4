namespace Parley.Store.Queries;

/// <summary>
/// The index <c>articles_listing</c> (migration 0007): an article's id, publication date, record id and
/// source key, many articles per page. A query reading those columns for thousands of articles names it,
/// since SQLite looks an article up by its rowid otherwise, reading a page of text for each.
/// </summary>
internal static class ArticleListing
{
    /// <summary>The articles table aliased <paramref name="alias"/>, read through the listing index.</summary>
    public static string As(string alias) => $"articles {alias} INDEXED BY articles_listing";
}
