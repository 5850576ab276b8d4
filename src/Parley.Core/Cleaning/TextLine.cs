using System.Runtime.CompilerServices;
using Parley.Text;

namespace Parley.Cleaning;

/// <summary>One line of a text: its span without the line break.</summary>
/// <param name="Number">0-based line number.</param>
/// <param name="Span">The line's characters, without <c>\r</c>/<c>\n</c>.</param>
public readonly record struct TextLine(int Number, TextSpan Span)
{
    /// <summary>Splits <paramref name="text"/> into lines on <c>\n</c>, <c>\r\n</c> and <c>\r</c>.</summary>
    // Runs over every line or token of every page: compiled fully optimized at first call, since a run over
    // a few hundred articles would otherwise spend much of its time in unoptimized (tier-0) code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<TextLine> Split(string text)
    {
        var lines = new List<TextLine>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('\n' or '\r')) continue;
            lines.Add(new TextLine(lines.Count, new TextSpan(start, i)));
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        lines.Add(new TextLine(lines.Count, new TextSpan(start, text.Length)));
        return lines;
    }
}
