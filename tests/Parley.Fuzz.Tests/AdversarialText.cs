using System.Text;

namespace Parley.Fuzz.Tests;

/// <summary>
/// Inputs shaped to hit the worst case of a parser: deep nesting, one endless token, long runs of the characters
/// scanners stop at (dots, digits, capitals, line breaks), and floods of the patterns the recognizers try.
/// Each takes a target size in characters, so the same shape serves a small fuzz input and a large fixed case.
/// </summary>
internal static class AdversarialText
{
    private const string Prose = "The delegation met with the council on Monday. ";

    /// <summary>A shape by name, for the fuzz generator and for failure messages.</summary>
    public static readonly IReadOnlyList<(string Name, Func<int, string> Make)> Shapes =
    [
        ("nested-div", size => NestedMarkup("div", size)),
        ("nested-b", size => NestedMarkup("b", size)),
        ("nested-article", size => NestedMarkup("article", size)),
        ("self-closed-div", size => Repeat("<div/>", size) + Prose),
        ("reopened-formatting", ReopenedFormatting),
        ("nested-parentheses", size => Nested("(", ")", size)),
        ("nested-quotes", size => Nested("\u201C", "\u201D", size)),
        ("nested-brackets", size => Nested("[", "]", size)),
        ("no-spaces", NoSpaces),
        ("dots", size => new string('.', size)),
        ("digits", size => new string('7', size)),
        ("year-digits", size => Repeat("2019", size)),
        ("dates", size => Repeat("On March 3, 2024, 2024-3-4 and 5 May 2023 ", size)),
        ("date-lines", size => Repeat("Posted: 2024-04-07 16:31\n", size)),
        ("capitalized-run", size => Repeat("Zhang Wei Li Ming Wang Fang ", size)),
        ("title-chain", size => Repeat("Vice Chairman of the Standing Committee of the ", size) + "Council"),
        ("meetings", size => Repeat("Chairman Zhang Wei met with Governor Li Ming. ", size)),
        ("line-breaks", size => new string('\n', size)),
        ("short-lines", size => Repeat("Home\n", size)),
        ("combining-marks", size => "a" + new string('\u0301', Math.Max(0, size - 1))),
        ("cjk", size => Repeat("中华人民共和国北京市", size)),
        ("rtl", size => Repeat("\u202Eمرحبا \u202Dabc ", size)),
        ("whitespace", size => Repeat(" \t\u00A0\u3000", size)),
        ("commas", size => Repeat(", ", size)),
        ("acronyms", size => Repeat("(CCPIT) ", size)),
    ];

    /// <summary><paramref name="tag"/> opened again and again around one sentence, never closed.</summary>
    public static string NestedMarkup(string tag, int size)
    {
        var open = $"<{tag}>";
        return "<html><body>" + Repeat(open, Math.Max(open.Length, size - Prose.Length - 12)) + Prose;
    }

    /// <summary>
    /// Paragraphs that each open a differently-attributed formatting element and close only the paragraph: a
    /// spec-following HTML parser reopens every earlier one in each new paragraph, building quadratically many elements.
    /// </summary>
    public static string ReopenedFormatting(int size)
    {
        var html = new StringBuilder("<html><body>");
        for (var k = 0; html.Length < size; k++) html.Append("<p><b id=").Append(k).Append(">x</p>");
        return html.ToString();
    }

    /// <summary>One word nested in <paramref name="open"/>/<paramref name="close"/> pairs, size characters in all.</summary>
    public static string Nested(string open, string close, int size)
    {
        var depth = Math.Max(1, (size - 4) / (open.Length + close.Length));
        var builder = new StringBuilder(size).Insert(0, open, depth).Append("word");
        return builder.Insert(builder.Length, close, depth).ToString();
    }

    /// <summary>Letters, digits and punctuation with no whitespace at all: a single token the size of the text.</summary>
    public static string NoSpaces(int size) => Repeat("ChairmanZhangWeimetdelegation,2024-03-05;", size);

    /// <summary><paramref name="unit"/> repeated up to <paramref name="size"/> characters (at least once).</summary>
    public static string Repeat(string unit, int size)
    {
        var count = Math.Max(1, size / unit.Length);
        return new StringBuilder(count * unit.Length).Insert(0, unit, count).ToString();
    }
}
