using Parley.Text;

namespace Parley.Cleaning;

/// <summary>One line of a text: its span without the line break.</summary>
/// <param name="Number">0-based line number.</param>
/// <param name="Span">The line's characters, without <c>\r</c>/<c>\n</c>.</param>
public readonly record struct TextLine(int Number, TextSpan Span)
{
    /// <summary>Splits <paramref name="text"/> into lines on <c>\n</c>, <c>\r\n</c> and <c>\r</c>.</summary>
    public static List<TextLine> Split(string text)
    {
        // One entry per break and one more (a "\r\n" pair counts twice, so this may overshoot a little): the list
        // never grows by copying, which for pages of many short lines cost more than the entries themselves.
        var lines = new List<TextLine>(text.AsSpan().Count('\n') + text.AsSpan().Count('\r') + 1);
        var start = 0;
        // A vectorized search for the next break, since pages are mostly long lines.
        for (var i = NextBreak(text, 0); i >= 0; i = NextBreak(text, start))
        {
            lines.Add(new TextLine(lines.Count, new TextSpan(start, i)));
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        lines.Add(new TextLine(lines.Count, new TextSpan(start, text.Length)));
        return lines;
    }

    private static int NextBreak(string text, int from)
    {
        var i = text.AsSpan(from).IndexOfAny('\n', '\r');
        return i < 0 ? -1 : from + i;
    }
}
