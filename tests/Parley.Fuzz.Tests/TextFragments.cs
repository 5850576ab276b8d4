namespace Parley.Fuzz.Tests;

/// <summary>
/// Short pieces the mutators insert: the tokens Parley's parsers react to (markup, dates, titles, engagement words,
/// JSON syntax) and the characters scraped pages get wrong (controls, bidi marks, combining marks, CJK, lone surrogates).
/// All invented or generic; none is taken from the corpus.
/// </summary>
internal static class TextFragments
{
    /// <summary>Markup, well-formed or not, including elements that switch the HTML tokenizer's mode.</summary>
    public static readonly string[] Markup =
    [
        "<div>", "</div>", "<p>", "</p>", "<br>", "<br/>", "<div/>", "<span>", "</span>", "<b>", "</b>", "<b id=\"k\">", "<font color=red>",
        "<table>", "</table>", "<tr>", "<td>", "<li>", "<ul>", "<article>", "</article>", "<main>", "<h1>", "</h1>", "<title>", "</title>",
        "<a href=\"https://example.org/x\">", "</a>", "<script>", "</script>", "<style>", "</style>", "<!--", "-->", "<!-->", "--!>",
        "<![CDATA[", "]]>", "<svg>", "</svg>", "<math>", "<g/>", "<textarea>", "<plaintext>", "<template>", "<noscript>", "<iframe>",
        "<select>", "<option>", "<xmp>", "<frameset>", "<!DOCTYPE html>", "<?xml version=\"1.0\"?>", "<", ">", "</", "&", "&amp;",
        "&nbsp;", "&#0;", "&#x110000;", "&#xD800;", "&#12345678901;", "&notanentity;", "<meta name=\"pubdate\" content=\"2024-02-30\">",
        "<meta property=\"article:published_time\" content=\"2019-05-12T10:00:00+08:00\">", "<time datetime=\"9999-12-31\">",
        "<link rel=\"canonical\" href=\"  \">", "<div itemprop=\"articleBody\">", "<p title='a>b'>", "<img src=x alt=\"<p>\">",
    ];

    /// <summary>Characters from other scripts and the Unicode corner cases.</summary>
    public static readonly string[] Unicode =
    [
        "\u202E", "\u202D", "\u200F", "\u200E", "\u200B", "\u200D", "\uFEFF", "\u0301", "\u0300\u0301\u0302\u0303", "\u00A0", "\u3000",
        "中华人民共和国", "北京市", "上海", "2024年3月5日", "مرحبا بكم", "שלום", "Привет", "Việt Nam", "😀", "\U0001F1E8\U0001F1F3",
        "\uD800", "\uDC00", "\uDBFF\uDBFF", "\uFFFD", "\uFFFF", "\uFFFE", "Ⅻ", "①", "١٢٣٤", "२०२४", "ǅ", "ß", "İ", "ı", "ﬁ", "Ａｂｃ",
    ];

    /// <summary>Control and line-separator characters.</summary>
    public static readonly string[] Controls =
        ["\0", "\u0001", "\u0007", "\b", "\f", "\v", "\r", "\r\n", "\n", "\n\n\n", "\u0085", "\u2028", "\u2029", "\t", "\u001B[31m"];

    /// <summary>Dates, numbers and date-line shapes, valid and impossible.</summary>
    public static readonly string[] Dates =
    [
        "2024-02-29", "2023-02-29", "1900-01-01", "2099-12-31", "March 32, 2024", "Feb. 30, 2021", "31/12/2024", "12/31/2024",
        "13/13/2013", "31.04.2022", "on Monday", "last Sunday", "yesterday", "the day before yesterday", "last week", "next year",
        "19999999", "20202020", "0000", "2024年13月40日", "Sept. 31", "from 29 to 30 June 2017", "2024-4-7 16:31:14", "Posted: ",
        "Updated: Mar 3, 2021", "on the 26th of", "in early March", "1 January 2001 to 31 December 2099", "Jan Jan Jan 2020",
        "Dec. 31, 1999", "2000-00-00", "9999-99-99", "May 2019", "mid-2020s", "1990s",
    ];

    /// <summary>Words the name, title, organization and event recognizers key on.</summary>
    public static readonly string[] Engagement =
    [
        " met with ", " Chairman ", " Vice President of the ", " visited ", " signed a memorandum of understanding with ",
        " (Xinhua) -- ", "BEIJING, Feb. 28 (Xinhua) --", "Mr. ", "Ms. ", " Dr. ", ", ", ". ", " and ", " of the ", " respectively",
        " Council for the Promotion of International Trade ", " Ambassador ", " Party Secretary ", " held talks ", " via video link ",
        " delegation led by ", " Zhang ", " Ouyang ", " Haoran ", " Elda Voss ", "(CCPIT)", " who is also ", " the meeting ",
        " will visit ", " Minister of Foreign Affairs ", " Governor ", " forum ", " expo ", " Deputy Director-General ",
    ];

    /// <summary>JSON syntax, escapes and values of the wrong type.</summary>
    public static readonly string[] Json =
    [
        "\"", "\\", "\\\"", "\\u", "\\ud800", "\\udc00", "\\u0000", "\\x41", "{", "}", "[", "]", ":", ",", "'", "null", "true",
        "1e400", "-0", "NaN", "\"text\":", "\"html\":", "\"id\":", "\"published\":", "\"published\": \"2024-13-45\"", "\"text\": 5",
        "\"text\": [\"a\"]", "\"id\": {}", "/* comment */", "//",
    ];

    /// <summary>Every fragment list, for a uniform pick.</summary>
    public static readonly string[][] All = [Markup, Unicode, Controls, Dates, Engagement, Json];
}
