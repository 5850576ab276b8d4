namespace Parley.Ingest;

/// <summary>
/// One article as read from an input file, before any extraction.
/// </summary>
/// <param name="Id">Record id: the file's base name without extension, or the JSON line's <c>id</c>.</param>
/// <param name="Origin">Where it came from, for messages: a path, or <c>path:line</c> for JSON lines.</param>
/// <param name="Text">The article as plain text (HTML already reduced to its body text).</param>
/// <param name="Url">The page address when known.</param>
/// <param name="Published">A publication date given by the input's metadata (JSON lines), <c>YYYY-MM-DD</c>; null to find it in the text.</param>
/// <param name="Title">A title given by the input's metadata or the HTML page; null to take the first heading line.</param>
public sealed record SourceArticle(
    string Id,
    string Origin,
    string Text,
    string? Url = null,
    string? Published = null,
    string? Title = null)
{
    /// <summary>The site the article came from, taken from the URL's host when there is one.</summary>
    public string? Site => Url is not null && Uri.TryCreate(Url, UriKind.Absolute, out var uri) ? uri.Host : null;
}
