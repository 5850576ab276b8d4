using Parley.Text;

namespace Parley.Dates;

/// <summary>
/// Recognizes wire-style datelines: a place name in capitals or title case opening a line, a comma,
/// the date, then the agency or a dash — "BEIJING, Feb. 28 (Xinhua) --", "QINGDAO, China, July 21, 2025 /PRNewswire/ —",
/// "Beijing,March 26--". Weekdays and "yesterday" after a dateline count from it.
/// </summary>
internal static class DatelineDetector
{
    // A place prefix longer than this is a sentence, not a dateline.
    private const int MaxPlaceLength = 60;

    /// <summary>True when the date at <paramref name="span"/> is the date of a dateline.</summary>
    public static bool IsDateline(string text, TextSpan span)
    {
        // Look back no further than a place name can be long, so the check stays constant-time per mention.
        var limit = Math.Max(0, span.Start - MaxPlaceLength - 8);
        var lineStart = span.Start;
        while (lineStart > limit && text[lineStart - 1] != '\n') lineStart--;
        if (lineStart > 0 && text[lineStart - 1] != '\n') return false;
        var prefix = text.AsSpan(lineStart, span.Start - lineStart).Trim();
        if (prefix.Length < 3 || prefix.Length > MaxPlaceLength || prefix[^1] != ',' || !char.IsUpper(prefix[0])) return false;
        foreach (var c in prefix)
            if (!(char.IsLetter(c) || c is ' ' or ',' or '.' or '\'' or '-')) return false;

        var after = span.End;
        while (after < text.Length && text[after] is ' ' or '\t') after++;
        if (after >= text.Length) return false;
        return text[after] switch
        {
            '(' or '/' or '—' or '–' => true,
            '-' => true,
            _ => false,
        };
    }
}
