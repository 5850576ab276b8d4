namespace Parley.Cleaning;

/// <summary>
/// Judges a single line by its shape: is it prose, a breadcrumb, a menu, a page control, a legal notice...
/// These are generic signs of site furniture (word lengths, capitalization, separators, UI vocabulary),
/// not strings of particular sites.
/// </summary>
public static class LineShape
{
    /// <summary>Words of page controls and counters: share/print/font-size buttons, navigation, view counts.</summary>
    private static readonly HashSet<string> ControlWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "shares", "print", "email", "e-mail", "mail", "font", "fontsize", "size", "big", "bigger", "middle", "medium", "small", "smaller", "large",
        "a+", "a-", "a", "aa", "aa-", "a+aa-", "close", "comment", "comments", "comment(s)", "download", "favorite", "favorites", "collect", "tweet", "like",
        "facebook", "twitter", "wechat", "weibo", "linkedin", "whatsapp", "telegram", "qzone", "reddit", "reading", "read", "times", "views", "view", "visits",
        "hits", "clicks", "home", "homepage", "back", "top", "previous", "next", "more", "search", "login", "log", "in", "register", "subscribe", "menu",
        "sitemap", "site", "map", "contact", "us", "about", "english", "chinese", "mobile", "version", "rss", "feedback", "source", "author", "editor", "by",
        "from", "l", "m", "s", "to", "copy", "link", "url", "save", "text", "keyword", "keywords", "tags", "tag", "photo", "photos", "video", "videos",
        "related", "news", "article", "articles", "total", "today", "number", "reset", "zoom", "qr", "code", "scan", "the", "this", "page", "on", "and", "|", "/",
    };

    /// <summary>Words split on whitespace.</summary>
    public static string[] Words(string line) => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// True when the line holds running text: a sentence of body prose. Such a line is never furniture.
    /// Needs several words, a fair share of lower-case words (headlines and menus are capitalized),
    /// and sentence punctuation or enough length.
    /// </summary>
    public static bool IsProse(string line)
    {
        // Chinese, Japanese and Korean prose has no spaces between words: count its characters instead.
        if (line.Count(c => c >= 0x3040) >= 15) return true;
        var words = Words(line);
        if (words.Length < 6) return false;
        var lower = words.Count(w => char.IsLower(w[0]));
        var share = (double)lower / words.Length;
        var trimmed = line.TrimEnd();
        var endsSentence = trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '"' or '”' or '。' or ')' or ';' or ':';
        if (words.Length >= 10 && share >= 0.3) return true;
        if (endsSentence && share >= 0.25) return true;
        // Long lines are prose even when mostly capitalized (name lists, machine translation), unless they are link lists.
        return words.Length >= 25 && !line.Contains(" | ", StringComparison.Ordinal);
    }

    /// <summary>A lone web address.</summary>
    public static bool IsLoneUrl(string line)
    {
        var t = line.Trim();
        if (t.Contains(' ')) return false;
        return t.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || t.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
               || t.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A picture's file name left in the text by an image tag, e.g. <c>IMG_1234.jpg</c>.</summary>
    public static bool IsImageFileName(string line)
    {
        var t = line.Trim();
        if (t.Contains(' ') || t.Length < 5) return false;
        var dot = t.LastIndexOf('.');
        if (dot < 1) return false;
        var ext = t[(dot + 1)..].ToLowerInvariant();
        return ext is "jpg" or "jpeg" or "png" or "gif" or "bmp" or "webp" or "tif" or "tiff" or "svg";
    }

    /// <summary>Copyright, licence and registration notices, "Powered by" and similar legal footer lines.</summary>
    public static bool IsLegalNotice(string line)
    {
        if (IsProse(line) && Words(line).Length > 20) return false;
        var t = line.ToLowerInvariant();
        return t.Contains("copyright") || t.Contains('©') || t.Contains("all rights reserved") || t.Contains("powered by")
               || t.Contains("icp备") || t.Contains("icp license") || t.Contains("icp licence") || t.Contains("公网安备")
               || t.Contains("technical support") || t.Contains("designed by") || t.Contains("privacy policy")
               || t.Contains("terms of use") || t.Contains("best viewed");
    }

    /// <summary>
    /// A breadcrumb or link bar: short segments joined by <c>&gt;</c>, <c>»</c> or <c>|</c>.
    /// </summary>
    public static bool IsBreadcrumbOrLinkBar(string line)
    {
        if (IsProse(line) && !line.Contains('|')) return false;
        var separators = line.Count(c => c is '>' or '»' or '|' or '›');
        if (separators == 0) return false;
        var segments = line.Split(['>', '»', '|', '›'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (segments.Length == 0) return true;
        return segments.All(s => Words(s).Length <= 5) && separators >= 1 && Words(line).Length <= 20;
    }

    /// <summary>Share/print/font-size controls, view counters and similar lines made of UI words and numbers only.</summary>
    public static bool IsControlLine(string line)
    {
        var words = Words(line);
        if (words.Length == 0 || words.Length > 14) return false;
        var control = 0;
        foreach (var raw in words)
        {
            var w = raw.Trim(':', '：', ',', '[', ']', '(', ')', '-', '.', '·', '•');
            if (w.Length == 0 || w.All(c => char.IsDigit(c) || c is '/' or ':' or '.')) { control++; continue; }
            foreach (var part in w.Split([':', '：', '/'], StringSplitOptions.RemoveEmptyEntries))
                if (!ControlWords.Contains(part.Trim('-', '.'))) goto notControl;
            control++;
            notControl:;
        }
        return control == words.Length;
    }

    /// <summary>
    /// A menu line: several short capitalized words with no sentence punctuation and few function words,
    /// e.g. a navigation bar scraped into one line.
    /// </summary>
    public static bool IsMenuLine(string line)
    {
        var words = Words(line);
        if (words.Length < 4 || IsProse(line)) return false;
        if (line.TrimEnd().EndsWith('.')) return false;
        var capitalized = words.Count(w => char.IsUpper(w[0]) || !char.IsLetter(w[0]));
        var shortWords = words.Count(w => w.Length <= 12);
        // Wide gaps between items are how scraped menus look; headlines use single spaces.
        var gaps = line.Trim().Split("  ", StringSplitOptions.RemoveEmptyEntries).Length - 1;
        return capitalized == words.Length && shortWords == words.Length && gaps >= 2;
    }

    /// <summary>
    /// A box listing office holders, "Chairman: A B Vice Chairman: C D": several "Title: Name" pairs and no sentence.
    /// </summary>
    public static bool IsRosterLine(string line)
    {
        if (IsProse(line) && line.TrimEnd().EndsWith('.')) return false;
        var colons = line.Count(c => c is ':' or '：');
        if (colons < 2) return false;
        var words = Words(line);
        var capitalized = words.Count(w => char.IsUpper(w[0]) || !char.IsLetter(w[0]));
        return capitalized >= words.Length * 0.8;
    }

    /// <summary>Very short: at most <paramref name="maxWords"/> words.</summary>
    public static bool IsShort(string line, int maxWords = 3) => Words(line).Length <= maxWords && line.Count(c => c >= 0x3040) < 8;

    /// <summary>
    /// A sentence cut off mid-way, as when a scraped page was truncated: several words, ending in a lower-case
    /// letter or comma (mid-word or mid-phrase) rather than in sentence punctuation, a capitalized word or a number.
    /// </summary>
    public static bool IsCutOffSentence(string line)
    {
        var t = line.TrimEnd();
        var words = Words(t);
        if (words.Length < 3 || !(char.IsLower(t[^1]) || t[^1] == ',') || IsControlLine(t) || IsBreadcrumbOrLinkBar(t)) return false;
        // Sentence-like: a clause comma, a word cut to a stub, or a run of mostly lower-case words. Footer
        // phrases ("Constructed by example.com", "Popular posts from this blog") have none of these.
        var lowerShare = (double)words.Count(w => char.IsLower(w[0])) / words.Length;
        return t.Contains(", ", StringComparison.Ordinal) || words[^1].Length <= 2 || (words.Length >= 6 && lowerShare >= 0.5);
    }
}
