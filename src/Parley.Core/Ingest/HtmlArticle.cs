namespace Parley.Ingest;

/// <summary>What <see cref="HtmlArticleExtractor"/> found in one page.</summary>
/// <param name="Text">The article body as plain text, paragraphs separated by blank lines.</param>
/// <param name="Title">The headline, from the first <c>h1</c> or the <c>title</c> without its site-name suffix.</param>
/// <param name="Published">The publication date from the page's metadata, <c>YYYY-MM-DD</c>.</param>
/// <param name="Url">The canonical address of the page.</param>
internal sealed record HtmlArticle(string Text, string? Title, string? Published, string? Url);
