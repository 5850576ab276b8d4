using System.Text;

namespace Parley.Ingest;

/// <summary>
/// Makes a page safe to hand to the HTML parser, in one pass linear in its length. A spec-following parser does
/// work proportional to its stack of open elements for most tags, and reopens every still-active formatting element
/// (<c>b</c>, <c>font</c>, <c>a</c>...) in each new paragraph; so a page that never closes its tags, or keeps thousands
/// of differently attributed formatting elements active, costs time and memory that grow with the square of its
/// size (a crawler's broken page of 100 KB took minutes). The pass tokenizes the page as the parser would (comments,
/// raw text, attributes, foreign content), replays how elements open and close (<see cref="OpenElementsEstimate"/>)
/// and refuses a page nested deeper than any real one; and it drops the attributes of formatting elements, which the
/// article reduction never reads, so the parser keeps at most three identical ones active (its "Noah's Ark" clause).
/// </summary>
internal static class HtmlPreflight
{
    /// <summary>
    /// Deepest nesting accepted: browsers stop nesting at 512 levels too, and real pages stay below a hundred.
    /// At this depth the parser's per-tag work is bounded, so a page of any accepted size parses in linear time.
    /// </summary>
    public const int MaxDepth = 512;

    private static readonly HashSet<string> Formatting = new(StringComparer.Ordinal)
        { "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u" };

    // Elements whose content is text up to their own end tag, never markup.
    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
        { "script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title", "plaintext" };

    /// <summary>
    /// The page with its formatting elements' attributes dropped, or null with the reason when it nests deeper
    /// than <see cref="MaxDepth"/>.
    /// </summary>
    public static string? Prepare(string html, out string? refusal)
    {
        refusal = null;
        var open = new OpenElementsEstimate();
        StringBuilder? rewritten = null;
        var copied = 0; // html[..copied] is in rewritten already
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length) break;
            var next = html[lt + 1];
            if (next == '!')
            {
                i = string.CompareOrdinal(html, lt + 2, "--", 0, 2) == 0 ? CommentEnd(html, lt + 4) : AfterTagEnd(html, lt + 2);
                continue;
            }
            if (next == '?') { i = AfterTagEnd(html, lt + 2); continue; }
            if (next == '/')
            {
                if (lt + 2 < html.Length && char.IsAsciiLetter(html[lt + 2]))
                {
                    var endName = NameEnd(html, lt + 2);
                    open.Close(Lower(html, lt + 2, endName));
                    i = AfterTagEnd(html, endName);
                }
                else i = AfterTagEnd(html, lt + 2); // "</>" is dropped, "</ x>" is a bogus comment
                continue;
            }
            if (!char.IsAsciiLetter(next)) { i = lt + 1; continue; }

            var nameEnd = NameEnd(html, lt + 1);
            var tagEnd = AttributesEnd(html, nameEnd, out var selfClosing);
            if (tagEnd < 0) break; // a tag cut off by the end of the page is dropped
            var name = Lower(html, lt + 1, nameEnd);
            var wasForeign = open.InForeignContent;
            open.Open(name, selfClosing);
            if (open.Depth > MaxDepth)
            {
                refusal = $"the page's markup nests over {MaxDepth} elements deep (its tags are never closed); no article page does";
                return null;
            }
            if (Formatting.Contains(name) && tagEnd - nameEnd > 1 + (selfClosing ? 1 : 0))
            {
                rewritten ??= new StringBuilder(html.Length);
                rewritten.Append(html, copied, lt - copied).Append('<').Append(name).Append(selfClosing ? "/>" : ">");
                copied = tagEnd;
            }
            i = tagEnd;
            if (!wasForeign && RawText.Contains(name))
            {
                if (name == "plaintext") break;
                i = RawTextEnd(html, tagEnd, name);
            }
        }
        return rewritten is null ? html : rewritten.Append(html, copied, html.Length - copied).ToString();
    }

    /// <summary>Where a comment opened before <paramref name="from"/> ends: after "-->", "--!>", or at once for "&lt;!-->".</summary>
    private static int CommentEnd(string html, int from)
    {
        if (from < html.Length && html[from] == '>') return from + 1;
        if (from + 1 < html.Length && html[from] == '-' && html[from + 1] == '>') return from + 2;
        var k = from;
        while (true)
        {
            var dashes = html.IndexOf("--", k, StringComparison.Ordinal);
            if (dashes < 0) return html.Length;
            k = dashes + 2;
            while (k < html.Length && html[k] == '-') k++;
            if (k < html.Length && html[k] == '>') return k + 1;
            if (k + 1 < html.Length && html[k] == '!' && html[k + 1] == '>') return k + 2;
        }
    }

    private static int AfterTagEnd(string html, int from)
    {
        var gt = html.IndexOf('>', from);
        return gt < 0 ? html.Length : gt + 1;
    }

    private static int NameEnd(string html, int from)
    {
        var k = from;
        while (k < html.Length && !IsSpace(html[k]) && html[k] is not ('/' or '>')) k++;
        return k;
    }

    /// <summary>
    /// Reads attributes as the tokenizer does (quoted values may hold '&gt;') up to the tag's closing '&gt;'; returns
    /// the index after it, or -1 when the page ends inside the tag. Self-closing: the tag ends with "/&gt;".
    /// </summary>
    private static int AttributesEnd(string html, int k, out bool selfClosing)
    {
        selfClosing = false;
        while (k < html.Length)
        {
            var c = html[k];
            if (IsSpace(c)) { k++; continue; }
            if (c == '>') return k + 1;
            if (c == '/')
            {
                k++;
                selfClosing = k < html.Length && html[k] == '>';
                continue;
            }
            selfClosing = false;
            k++; // an attribute name, which may start with '='
            while (k < html.Length && !IsSpace(html[k]) && html[k] is not ('/' or '>' or '=')) k++;
            while (k < html.Length && IsSpace(html[k])) k++;
            if (k >= html.Length || html[k] != '=') continue;
            k++;
            while (k < html.Length && IsSpace(html[k])) k++;
            if (k < html.Length && html[k] is '"' or '\'')
            {
                var close = html.IndexOf(html[k], k + 1);
                k = close < 0 ? html.Length : close + 1;
            }
            else
            {
                while (k < html.Length && !IsSpace(html[k]) && html[k] != '>') k++;
            }
        }
        return -1;
    }

    /// <summary>Where the raw text of element <paramref name="name"/> ends: at its end tag ("&lt;/script" + space, '/' or '&gt;').</summary>
    private static int RawTextEnd(string html, int from, string name)
    {
        var k = from;
        while (true)
        {
            var lt = html.IndexOf("</", k, StringComparison.Ordinal);
            if (lt < 0) return html.Length;
            var after = lt + 2 + name.Length;
            if (after <= html.Length && string.Compare(html, lt + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (after == html.Length || IsSpace(html[after]) || html[after] is '/' or '>'))
                return lt;
            k = lt + 2;
        }
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    private static string Lower(string html, int start, int end) =>
        string.Create(end - start, (html, start), static (span, state) => state.html.AsSpan(state.start, span.Length).ToLowerInvariant(span));
}
