namespace Parley.Ingest;

/// <summary>
/// Replays, tag by tag, how an HTML parser opens and closes elements, closely enough to tell how deep its stack
/// of open elements gets: void elements never open; a paragraph, list item, cell, row or link closes its open
/// sibling; an end tag closes up to its element unless a scope boundary (a table, a cell...) stands above it, or,
/// for an ordinary element, any structural ("special") element does; self-closing tags count only inside SVG and
/// MathML. Every step is amortized constant time, so a page is measured in time linear in its length.
/// </summary>
/// <remarks>
/// An estimate, not the parser: it errs towards counting more open elements (it does not model select and
/// frameset modes, or the adoption agency's restructuring), which only matters for pages far deeper than real ones.
/// </remarks>
internal sealed class OpenElementsEstimate
{
    private static readonly HashSet<string> Void = Set(
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen", "link", "meta",
        "param", "source", "track", "wbr");

    // Elements whose start tag closes an open paragraph first.
    private static readonly HashSet<string> ClosesParagraph = Set(
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure",
        "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5",
        "h6", "pre", "listing", "form", "table", "hr", "xmp", "plaintext", "li", "dd", "dt");

    // The default scope's boundaries: "has an element in scope" stops looking below them.
    private static readonly HashSet<string> ScopeBoundaries = Set(
        "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "mi", "mo", "mn", "ms", "mtext", "annotation-xml",
        "foreignobject", "desc", "title");

    // The parser's "special" category: an ordinary end tag ("</span>") never closes past one of these.
    private static readonly HashSet<string> Special = Set(
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button", "caption",
        "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption", "figure", "footer", "form",
        "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen",
        "li", "link", "listing", "main", "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript", "object", "ol", "p", "param",
        "plaintext", "pre", "script", "search", "section", "select", "source", "style", "summary", "table", "tbody", "td", "template",
        "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp", "mi", "mo", "mn", "ms", "mtext", "annotation-xml",
        "foreignobject", "desc");

    // Table parts: outside a table the parser ignores them; inside, each closes its open sibling.
    private static readonly HashSet<string> TableParts = Set("td", "th", "tr", "tbody", "thead", "tfoot", "caption", "colgroup");

    // Start tags that end SVG or MathML content and are parsed as HTML again.
    private static readonly HashSet<string> ForeignBreakouts = Set(
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6",
        "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike",
        "sub", "sup", "table", "tt", "u", "ul", "var");

    // Foreign elements whose content is HTML again.
    private static readonly HashSet<string> IntegrationPoints = Set("foreignobject", "desc", "title", "annotation-xml");

    private readonly List<Entry> stack = [];
    private readonly Dictionary<string, List<int>> positions = new(StringComparer.Ordinal);

    /// <summary>
    /// One open element and, for constant-time scope tests, the positions of the nearest scope boundary, special element,
    /// and special element other than address, div and p at or below it (-1 for none).
    /// </summary>
    private readonly record struct Entry(string Name, bool ChildrenForeign, int ScopeBelow, int SpecialBelow, int ListStopBelow);

    /// <summary>How many elements are open now.</summary>
    public int Depth => stack.Count;

    /// <summary>True inside SVG or MathML content, where tags are not HTML (no raw text, self-closing counts).</summary>
    public bool InForeignContent => stack.Count > 0 && stack[^1].ChildrenForeign;

    /// <summary>A start tag, its name lower-cased.</summary>
    public void Open(string name, bool selfClosing)
    {
        if (InForeignContent)
        {
            if (!ForeignBreakouts.Contains(name))
            {
                if (!selfClosing) Push(name, childrenForeign: !IntegrationPoints.Contains(name));
                return;
            }
            while (InForeignContent) Pop();
        }
        if (name is "svg" or "math")
        {
            if (!selfClosing) Push(name, childrenForeign: true);
            return;
        }
        if (ClosesParagraph.Contains(name)) CloseInScope("p");
        if (Void.Contains(name) || name is "html" or "head" or "body") return;
        switch (name)
        {
            case "li": CloseListItem("li"); break;
            case "dd" or "dt": CloseListItem("dd"); CloseListItem("dt"); break;
            case "option": CloseCurrent("option"); break;
            case "optgroup": CloseCurrent("option"); CloseCurrent("optgroup"); break;
            // A new link or no-break run ends the open one (the parser's adoption agency), unless a block stands in between.
            case "a" or "nobr": CloseOrdinary(name); break;
            case "button": CloseInScope("button"); break;
            // A heading ends an open heading it would nest in; a form inside an open form is ignored.
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6" when stack.Count > 0 && stack[^1].Name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6": Pop(); break;
            case "form" when Top("form") >= 0: return;
        }
        if (TableParts.Contains(name))
        {
            var table = Top("table");
            if (table < 0) return;
            if (name is "td" or "th") { CloseAbove("td", table); CloseAbove("th", table); }
            if (name is "tr" or "tbody" or "thead" or "tfoot") { CloseAbove("td", table); CloseAbove("th", table); CloseAbove("tr", table); }
            if (name is "tbody" or "thead" or "tfoot") { CloseAbove("tbody", table); CloseAbove("thead", table); CloseAbove("tfoot", table); }
        }
        Push(name, childrenForeign: false);
    }

    /// <summary>An end tag, its name lower-cased.</summary>
    public void Close(string name)
    {
        if (Void.Contains(name)) return;
        // In foreign content an end tag closes its element wherever it is open; in HTML, a structural element
        // within its scope, an ordinary one only when no structural element stands above it.
        if (InForeignContent) CloseIf(name, _ => 0);
        else if (Special.Contains(name)) CloseInScope(name);
        else CloseOrdinary(name);
    }

    private void CloseInScope(string name) => CloseIf(name, top => top.ScopeBelow);

    private void CloseOrdinary(string name) => CloseIf(name, top => top.SpecialBelow);

    // A new list item closes the open one unless a structural element other than address, div or p stands above it.
    private void CloseListItem(string name) => CloseIf(name, top => top.ListStopBelow);

    private void CloseCurrent(string name) => CloseIf(name, _ => stack.Count - 1);

    // Closes the topmost open element called name when it lies at or above the floor the current node gives.
    private void CloseIf(string name, Func<Entry, int> floor)
    {
        var at = Top(name);
        if (at >= 0 && at >= floor(stack[^1])) PopTo(at);
    }

    private void CloseAbove(string name, int table) => CloseIf(name, _ => table + 1);

    private int Top(string name) => positions.TryGetValue(name, out var list) && list.Count > 0 ? list[^1] : -1;

    private void Push(string name, bool childrenForeign)
    {
        var index = stack.Count;
        var below = index > 0 ? stack[^1] : new Entry("", false, -1, -1, -1);
        var special = Special.Contains(name);
        stack.Add(new Entry(
            name,
            childrenForeign,
            ScopeBoundaries.Contains(name) ? index : below.ScopeBelow,
            special ? index : below.SpecialBelow,
            special && name is not ("address" or "div" or "p") ? index : below.ListStopBelow));
        if (!positions.TryGetValue(name, out var list)) positions[name] = list = [];
        list.Add(index);
    }

    private void PopTo(int index)
    {
        while (stack.Count > index) Pop();
    }

    private void Pop()
    {
        var list = positions[stack[^1].Name];
        list.RemoveAt(list.Count - 1);
        stack.RemoveAt(stack.Count - 1);
    }

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);
}
