using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Parley.Ingest;

/// <summary>
/// Reduces an HTML page to its article: drops page chrome (scripts, navigation, headers, footers, forms...),
/// finds the body block and renders it as plain text with blank lines between paragraphs.
/// </summary>
internal static class HtmlArticleExtractor
{
    private const string ChromeSelector = "script,style,nav,header,footer,aside,form,noscript,iframe,svg,template,button,select";
    private const string BlockTags = "|P|DIV|SECTION|ARTICLE|MAIN|H1|H2|H3|H4|H5|H6|LI|UL|OL|TR|TABLE|BLOCKQUOTE|PRE|FIGURE|FIGCAPTION|DL|DT|DD|ADDRESS|CENTER|TBODY|THEAD|";

    private static readonly string[] DateMetaSelectors =
    [
        "meta[property='article:published_time']", "meta[property='og:published_time']", "meta[property='og:article:published_time']",
        "meta[name='pubdate']", "meta[name='publishdate']", "meta[name='PubDate']", "meta[name='publish-date']", "meta[name='date']",
        "meta[name='DC.date.issued']", "meta[name='dcterms.date']", "meta[itemprop='datePublished']", "meta[name='article:published_time']",
    ];

    /// <summary>
    /// Extracts the article, or null when the page has no article text or, with the reason in
    /// <paramref name="refusal"/>, when its markup is too deeply nested to parse in linear time.
    /// </summary>
    public static HtmlArticle? Extract(string html, out string? refusal)
    {
        var prepared = HtmlPreflight.Prepare(html, out refusal);
        if (prepared is null) return null;
        var document = new HtmlParser().ParseDocument(prepared);
        var published = FindPublished(document);
        var url = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href")?.Trim()
                  ?? document.QuerySelector("meta[property='og:url']")?.GetAttribute("content")?.Trim();
        var pageTitle = document.QuerySelector("title")?.TextContent;

        foreach (var chrome in document.QuerySelectorAll(ChromeSelector).ToList()) chrome.Remove();

        var body = FindBody(document);
        if (body is null) return null;
        var text = Render(body);
        if (text.Length == 0) return null;

        var heading = body.QuerySelector("h1") ?? document.QuerySelector("h1");
        var title = Collapse(heading?.TextContent) is { Length: > 0 } h ? h : StripSiteName(pageTitle);
        if (title is not null && !text.AsSpan(0, Math.Min(text.Length, 400)).Contains(title.AsSpan(), StringComparison.Ordinal))
            text = title + "\n\n" + text; // the extractor expects the headline as the first line
        return new HtmlArticle(text, title, published, string.IsNullOrEmpty(url) ? null : url);
    }

    private static string? FindPublished(IDocument document)
    {
        foreach (var selector in DateMetaSelectors)
            if (document.QuerySelector(selector)?.GetAttribute("content") is { } content && FullDateFinder.ParseIsoPrefix(content) is { } date)
                return date;
        foreach (var time in document.QuerySelectorAll("time[datetime]"))
            if (FullDateFinder.ParseIsoPrefix(time.GetAttribute("datetime") ?? "") is { } date)
                return date;
        return null;
    }

    /// <summary>The semantic article container when there is one, else the block with the most non-link text.</summary>
    private static IElement? FindBody(IDocument document)
    {
        var semantic = document.QuerySelectorAll("[itemprop='articleBody'],article,main,[role='main']")
            .OrderByDescending(e => PlainLength(e)).FirstOrDefault();
        if (semantic is not null && PlainLength(semantic) >= 200) return semantic;

        // Readability-style: every paragraph-like block credits its parent fully and its grandparent by half,
        // weighted down by link density, so the container of the prose wins over menus and link lists.
        var scores = new Dictionary<IElement, double>();
        foreach (var block in document.QuerySelectorAll("p,td,pre,blockquote,div,section,li"))
        {
            if (block.QuerySelector("p,div,td,section") is not null && block.LocalName != "p") continue;
            var length = PlainLength(block);
            if (length < 25) continue;
            var linkShare = (double)block.QuerySelectorAll("a").Sum(a => PlainLength(a)) / length;
            var score = length * (1 - Math.Min(1, linkShare));
            if (block.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + score;
                if (parent.ParentElement is { } grand) scores[grand] = scores.GetValueOrDefault(grand) + score / 2;
            }
        }
        if (scores.Count > 0) return scores.MaxBy(kv => kv.Value).Key;
        return semantic ?? document.Body;
    }

    private static int PlainLength(IElement element) => element.TextContent.Count(c => !char.IsWhiteSpace(c));

    /// <summary>Renders block elements as paragraphs separated by blank lines, <c>br</c> as line breaks.</summary>
    private static string Render(IElement root)
    {
        var output = new StringBuilder();
        var paragraph = new StringBuilder();
        Walk(root, output, paragraph);
        Flush(output, paragraph);
        return output.ToString().Trim();
    }

    private static void Walk(INode node, StringBuilder output, StringBuilder paragraph)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText textNode) { paragraph.Append(textNode.Data); continue; }
            if (child is not IElement element) continue;
            if (element.TagName == "BR") { paragraph.Append('\n'); continue; }
            var isBlock = BlockTags.Contains("|" + element.TagName + "|", StringComparison.Ordinal);
            if (isBlock) Flush(output, paragraph);
            Walk(element, output, paragraph);
            if (isBlock) Flush(output, paragraph);
            else if (element.TagName is "TD" or "TH") paragraph.Append(' ');
        }
    }

    private static void Flush(StringBuilder output, StringBuilder paragraph)
    {
        var lines = paragraph.ToString().Split('\n').Select(Collapse).Where(l => l.Length > 0);
        var text = string.Join("\n", lines);
        paragraph.Clear();
        if (text.Length == 0) return;
        if (output.Length > 0) output.Append("\n\n");
        output.Append(text);
    }

    private static string Collapse(string? text)
    {
        if (text is null) return "";
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Page titles usually read "Headline - Site" or "Site | Headline"; the headline is the longest part.
    /// </summary>
    private static string? StripSiteName(string? title)
    {
        var collapsed = Collapse(title);
        if (collapsed.Length == 0) return null;
        var parts = collapsed.Split([" - ", " | ", " – ", " — ", " _ ", " :: ", " » "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? collapsed : parts.MaxBy(p => p.Length);
    }
}
