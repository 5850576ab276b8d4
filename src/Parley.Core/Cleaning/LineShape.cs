using System.Buffers;

namespace Parley.Cleaning;

/// <summary>
/// Judges a single line by its shape: is it prose, a breadcrumb, a menu, a page control, a legal notice...
/// These are generic signs of site furniture (word lengths, capitalization, separators, UI vocabulary),
/// not strings of particular sites.
/// </summary>
/// <remarks>
/// Every test has a span form the cleaner and the date-line finder call on each line of a page; they read the
/// line in place (no word arrays, no lower-cased copies kept) and try the cheap signs before the prose test.
/// </remarks>
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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ControlWordLookup =
        ControlWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> BreadcrumbSeparators = SearchValues.Create(">»|›");

    private static readonly SearchValues<char> ControlPartSeparators = SearchValues.Create(":：/");

    /// <summary>
    /// The ASCII words of legal notices, found ignoring case in one vectorized pass over the line. For these words
    /// (and '©', "icp备", "公网安备" tested beside them) ordinal-ignore-case matching agrees with lower-casing the
    /// line (invariant) and matching ordinally, for every character of the Basic Multilingual Plane (checked by brute force).
    /// </summary>
    private static readonly SearchValues<string> LegalNoticeWords = SearchValues.Create(
        ["copyright", "all rights reserved", "powered by", "icp license", "icp licence", "technical support",
         "designed by", "privacy policy", "terms of use", "best viewed"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Words split on whitespace.</summary>
    public static string[] Words(string line) => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// True when the line holds running text: a sentence of body prose. Such a line is never furniture.
    /// Needs several words, a fair share of lower-case words (headlines and menus are capitalized),
    /// and sentence punctuation or enough length.
    /// </summary>
    public static bool IsProse(string line) => IsProse(line.AsSpan());

    /// <inheritdoc cref="IsProse(string)"/>
    internal static bool IsProse(ReadOnlySpan<char> line)
    {
        // Chinese, Japanese and Korean prose has no spaces between words: count its characters instead.
        if (HasCjkChars(line, 15)) return true;
        var words = 0;
        var lower = 0;
        foreach (var w in new SpanWords(line))
        {
            words++;
            if (char.IsLower(w[0])) lower++;
        }
        if (words < 6) return false;
        var share = (double)lower / words;
        var trimmed = line.TrimEnd();
        var endsSentence = trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '"' or '”' or '。' or ')' or ';' or ':';
        if (words >= 10 && share >= 0.3) return true;
        if (endsSentence && share >= 0.25) return true;
        // Long lines are prose even when mostly capitalized (name lists, machine translation), unless they are link lists.
        return words >= 25 && !line.Contains(" | ", StringComparison.Ordinal);
    }

    /// <summary>A lone web address.</summary>
    public static bool IsLoneUrl(string line) => IsLoneUrl(line.AsSpan());

    /// <inheritdoc cref="IsLoneUrl(string)"/>
    internal static bool IsLoneUrl(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        if (t.Contains(' ')) return false;
        return t.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || t.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
               || t.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A picture's file name left in the text by an image tag, e.g. <c>IMG_1234.jpg</c>.</summary>
    public static bool IsImageFileName(string line) => IsImageFileName(line.AsSpan());

    /// <inheritdoc cref="IsImageFileName(string)"/>
    internal static bool IsImageFileName(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        if (t.Contains(' ') || t.Length < 5) return false;
        var dot = t.LastIndexOf('.');
        if (dot < 1) return false;
        var ext = t[(dot + 1)..];
        // Lower-casing keeps the length, and no picture extension is longer than four letters.
        if (ext.Length > 4) return false;
        Span<char> lower = stackalloc char[4];
        lower = lower[..ext.ToLowerInvariant(lower)];
        return lower is "jpg" or "jpeg" or "png" or "gif" or "bmp" or "webp" or "tif" or "tiff" or "svg";
    }

    /// <summary>Copyright, licence and registration notices, "Powered by" and similar legal footer lines.</summary>
    public static bool IsLegalNotice(string line) => IsLegalNotice(line.AsSpan());

    /// <inheritdoc cref="IsLegalNotice(string)"/>
    internal static bool IsLegalNotice(ReadOnlySpan<char> line)
    {
        // Look for the notice words first: few lines have one, and only those need the costlier prose test.
        var hasNoticeWords = line.ContainsAny(LegalNoticeWords) || line.Contains('©')
                             || line.Contains('备') && (line.Contains("icp备", StringComparison.OrdinalIgnoreCase) || line.Contains("公网安备", StringComparison.Ordinal));
        return hasNoticeWords && !(IsProse(line) && SpanWords.Count(line) > 20);
    }

    /// <summary>
    /// A breadcrumb or link bar: short segments joined by <c>&gt;</c>, <c>»</c> or <c>|</c>.
    /// </summary>
    public static bool IsBreadcrumbOrLinkBar(string line) => IsBreadcrumbOrLinkBar(line.AsSpan());

    /// <inheritdoc cref="IsBreadcrumbOrLinkBar(string)"/>
    internal static bool IsBreadcrumbOrLinkBar(ReadOnlySpan<char> line)
    {
        if (!line.ContainsAny(BreadcrumbSeparators)) return false;
        if (!line.Contains('|') && IsProse(line)) return false;
        // Every non-empty segment between separators must be short.
        var anySegment = false;
        var rest = line;
        while (true)
        {
            var separator = rest.IndexOfAny(BreadcrumbSeparators);
            var segment = (separator < 0 ? rest : rest[..separator]).Trim();
            if (!segment.IsEmpty)
            {
                anySegment = true;
                if (SpanWords.Count(segment) > 5) return false;
            }
            if (separator < 0) break;
            rest = rest[(separator + 1)..];
        }
        return !anySegment || SpanWords.Count(line) <= 20;
    }

    /// <summary>Share/print/font-size controls, view counters and similar lines made of UI words and numbers only.</summary>
    public static bool IsControlLine(string line) => IsControlLine(line.AsSpan());

    /// <inheritdoc cref="IsControlLine(string)"/>
    internal static bool IsControlLine(ReadOnlySpan<char> line)
    {
        var words = SpanWords.Count(line);
        if (words == 0 || words > 14) return false;
        foreach (var raw in new SpanWords(line))
        {
            var w = raw.Trim(":：,[]()-.·•");
            if (w.Length == 0 || IsNumberLike(w)) continue;
            // Every part between ':' and '/' must be a control word ("font:big/small").
            var rest = w;
            while (!rest.IsEmpty)
            {
                var separator = rest.IndexOfAny(ControlPartSeparators);
                var part = separator < 0 ? rest : rest[..separator];
                if (!part.IsEmpty && !ControlWordLookup.Contains(part.Trim("-."))) return false;
                rest = separator < 0 ? default : rest[(separator + 1)..];
            }
        }
        return true;
    }

    /// <summary>
    /// A menu line: several short capitalized words with no sentence punctuation and few function words,
    /// e.g. a navigation bar scraped into one line.
    /// </summary>
    public static bool IsMenuLine(string line) => IsMenuLine(line.AsSpan());

    /// <inheritdoc cref="IsMenuLine(string)"/>
    internal static bool IsMenuLine(ReadOnlySpan<char> line)
    {
        var words = 0;
        foreach (var w in new SpanWords(line))
        {
            // Every word must be capitalized (or not a word) and short.
            if (!(char.IsUpper(w[0]) || !char.IsLetter(w[0])) || w.Length > 12) return false;
            words++;
        }
        if (words < 4) return false;
        var trimmed = line.TrimEnd();
        if (trimmed.Length > 0 && trimmed[^1] == '.') return false;
        // Wide gaps between items are how scraped menus look; headlines use single spaces.
        if (CountPieces(line.Trim(), "  ") - 1 < 2) return false;
        return !IsProse(line);
    }

    /// <summary>
    /// A box listing office holders, "Chairman: A B Vice Chairman: C D": several "Title: Name" pairs and no sentence.
    /// </summary>
    public static bool IsRosterLine(string line) => IsRosterLine(line.AsSpan());

    /// <inheritdoc cref="IsRosterLine(string)"/>
    internal static bool IsRosterLine(ReadOnlySpan<char> line)
    {
        var colons = line.Count(':') + line.Count('：');
        if (colons < 2) return false;
        var trimmed = line.TrimEnd();
        if (trimmed.Length > 0 && trimmed[^1] == '.' && IsProse(line)) return false;
        var words = 0;
        var capitalized = 0;
        foreach (var w in new SpanWords(line))
        {
            words++;
            if (char.IsUpper(w[0]) || !char.IsLetter(w[0])) capitalized++;
        }
        return capitalized >= words * 0.8;
    }

    /// <summary>Very short: at most <paramref name="maxWords"/> words.</summary>
    public static bool IsShort(string line, int maxWords = 3) => IsShort(line.AsSpan(), maxWords);

    /// <inheritdoc cref="IsShort(string, int)"/>
    internal static bool IsShort(ReadOnlySpan<char> line, int maxWords) => SpanWords.Count(line) <= maxWords && !HasCjkChars(line, 8);

    /// <summary>
    /// A sentence cut off mid-way, as when a scraped page was truncated: several words, ending in a lower-case
    /// letter or comma (mid-word or mid-phrase) rather than in sentence punctuation, a capitalized word or a number.
    /// </summary>
    public static bool IsCutOffSentence(string line) => IsCutOffSentence(line.AsSpan());

    /// <inheritdoc cref="IsCutOffSentence(string)"/>
    internal static bool IsCutOffSentence(ReadOnlySpan<char> line)
    {
        var t = line.TrimEnd();
        var words = 0;
        var lower = 0;
        var lastWordLength = 0;
        foreach (var w in new SpanWords(t))
        {
            words++;
            if (char.IsLower(w[0])) lower++;
            lastWordLength = w.Length;
        }
        if (words < 3 || !(char.IsLower(t[^1]) || t[^1] == ',') || IsControlLine(t) || IsBreadcrumbOrLinkBar(t)) return false;
        // Sentence-like: a clause comma, a word cut to a stub, or a run of mostly lower-case words. Footer
        // phrases ("Constructed by example.com", "Popular posts from this blog") have none of these.
        var lowerShare = (double)lower / words;
        return t.Contains(", ", StringComparison.Ordinal) || lastWordLength <= 2 || (words >= 6 && lowerShare >= 0.5);
    }

    /// <summary>True when at least <paramref name="atLeast"/> characters are kana, hanzi or hangul (U+3040 and up).</summary>
    private static bool HasCjkChars(ReadOnlySpan<char> line, int atLeast)
    {
        // Most lines have none: find the first with a vectorized search before counting.
        var first = line.IndexOfAnyInRange('\u3040', '\uFFFF');
        if (first < 0) return false;
        var count = 0;
        foreach (var c in line[first..])
            if (c >= 0x3040 && ++count >= atLeast) return true;
        return false;
    }

    /// <summary>Digits, '/', ':' and '.' only: a count, date or time.</summary>
    private static bool IsNumberLike(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!(char.IsDigit(c) || c is '/' or ':' or '.')) return false;
        return true;
    }

    /// <summary>Number of non-empty pieces left when <paramref name="text"/> is split on <paramref name="separator"/>.</summary>
    private static int CountPieces(ReadOnlySpan<char> text, string separator)
    {
        var pieces = 0;
        while (true)
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            if ((at < 0 ? text.Length : at) > 0) pieces++;
            if (at < 0) return pieces;
            text = text[(at + separator.Length)..];
        }
    }
}
