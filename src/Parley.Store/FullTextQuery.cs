namespace Parley.Store;

/// <summary>Builds FTS5 queries from user words without letting FTS5 syntax in them through.</summary>
internal static class FullTextQuery
{
    /// <summary>A query matching rows that contain every word; each word is quoted, so <c>AND</c>, <c>*</c>, <c>"</c> are literal.</summary>
    public static string AllWords(string words) =>
        string.Join(' ', words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
}
