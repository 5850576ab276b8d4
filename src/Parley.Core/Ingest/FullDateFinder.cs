using System.Globalization;
using System.Text.RegularExpressions;
using Parley.Text;

namespace Parley.Ingest;

/// <summary>
/// Finds full dates in the forms news pages use: year-first numerals with <c>-</c> <c>/</c> <c>.</c> or 年月日,
/// <c>May 19, 2022</c>, <c>Mar.1, 2017</c>, <c>12 May 2019</c>, and <c>10/07/2001</c> (month first, unless the first
/// number cannot be a month). Linear time: a non-backtracking regular expression.
/// It reads the dates of page furniture and metadata (a "Posted:" line, a <c>&lt;time&gt;</c> attribute), which
/// stand alone and carry their year; dates in the article's prose, which need the publication date to resolve
/// ("Yesterday (20th)", "on Saturday"), are <see cref="Parley.Dates.DateTagger"/>'s.
/// </summary>
public static class FullDateFinder
{
    private const string Month = @"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)";

    // Four forms: year first; month name first; day first with a month name; all digits with the year last.
    // No capture groups: with them the non-backtracking engine replays every match through a much slower
    // simulation to place the groups. A match's parts are read from its text instead (see ToIso).
    private static readonly Regex Pattern = new(
        @"(19|20)\d\d\s?([-/.]|年)\s?\d{1,2}\s?([-/.]|月)\s?\d{1,2}" +
        "|" + Month + @"\.?\s{0,3}\d{1,2}(st|nd|rd|th)?\s{0,3},?\s{0,3}(19|20)\d\d" +
        @"|\d{1,2}(st|nd|rd|th)?\s{1,3}(of\s)?" + Month + @"\.?,?\s{1,3}(19|20)\d\d" +
        @"|\d{1,2}\s?[/.]\s?\d{1,2}\s?[/.]\s?(19|20)\d\d",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture);

    private static readonly string[] MonthPrefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Every full date in <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>), in order.</summary>
    public static IEnumerable<FullDate> FindAll(string text, int start = 0, int? end = null)
    {
        var stop = end ?? text.Length;
        // Every match holds a year and lies within its reach (see YearReachBefore), so the expression only runs
        // over the stretches around years, merged where they meet: most lines have none, prose has a few.
        // A match never crosses from one stretch into another, so this finds exactly what a run over the whole
        // range finds, in the same order.
        var year = NextYear(text, start, stop);
        while (year >= 0)
        {
            var stretchStart = Math.Max(start, year - YearReachBefore);
            var stretchEnd = year + YearReachAfter;
            int next;
            while ((next = NextYear(text, year + 1, stop)) >= 0 && next - YearReachBefore <= stretchEnd)
            {
                year = next;
                stretchEnd = year + YearReachAfter;
            }
            stretchEnd = Math.Min(stop, stretchEnd);
            for (var match = Pattern.Match(text, stretchStart, stretchEnd - stretchStart); match.Success; match = match.NextMatch())
            {
                var (s, e) = (match.Index, match.Index + match.Length);
                // Whole tokens only: "12024-1-1", "x2019/5/5" or "Mayor 12, 2019"-like run-ons are not dates.
                if (s > 0 && char.IsLetterOrDigit(text[s - 1]) && !IsCjk(text[s - 1])) continue;
                if (e < text.Length && char.IsDigit(text[e])) continue;
                if (ToIso(text.AsSpan(s, e - s), out var isNumeric) is { } iso) yield return new FullDate(iso, new TextSpan(s, e), isNumeric);
            }
            year = next;
        }
    }

    /// <summary>
    /// False when <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) certainly holds no date
    /// (it has no year), so callers can skip <see cref="FindAll"/> for most lines.
    /// </summary>
    internal static bool MayHoldDate(string text, int start, int end) => NextYear(text, start, end) >= 0;

    /// <summary>Parses a machine date such as <c>2024-04-07T10:00:00+08:00</c> or <c>2024/4/7</c> at the start of a value.</summary>
    public static string? ParseIsoPrefix(string value)
    {
        var trimmed = value.Trim();
        foreach (var mention in FindAll(trimmed))
            return mention.Span.Start == 0 ? mention.Date : null;
        return null;
    }

    /// <summary>
    /// How far before its year a match can start: the longest month name (9) with its period, spaces, day, ordinal
    /// suffix and comma, "september. 12th ,   2024" or "12th   of september.,   2024", is 24 characters; with slack.
    /// </summary>
    private const int YearReachBefore = 32;

    /// <summary>How far after its year's first digit a match can end: "2024 - 03 - 26" (year first) is 14 characters; with slack.</summary>
    private const int YearReachAfter = 20;

    /// <summary>
    /// Offset of the first year in <paramref name="text"/>[<paramref name="from"/>..<paramref name="stop"/>), or -1:
    /// "19" or "20" followed by two digits, which every form of <see cref="Pattern"/> contains
    /// (<c>\d</c> being any Unicode digit, as <see cref="char.IsDigit(char)"/>).
    /// </summary>
    private static int NextYear(string text, int from, int stop)
    {
        var found = HasYear(text.AsSpan(from, Math.Max(0, stop - from)), out var at);
        return found ? from + at : -1;
    }

    /// <summary>True when <paramref name="text"/> holds a year (see <see cref="NextYear"/>); <paramref name="at"/> is where the first one starts.</summary>
    private static bool HasYear(ReadOnlySpan<char> text, out int at)
    {
        var i = 0;
        while (true)
        {
            at = -1;
            var found = text[i..].IndexOfAny('1', '2');
            if (found < 0) return false;
            i += found;
            if (i + 4 > text.Length) return false;
            at = i;
            if (text[i + 1] == (text[i] == '1' ? '9' : '0') && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3])) return true;
            i++;
        }
    }

    /// <summary>
    /// The date a match of <see cref="Pattern"/> names. Its form shows in its text: a letter first is the month-name-first
    /// form; otherwise a Latin letter (a month name, perhaps after an ordinal suffix or "of") makes it day-first with a
    /// month name; otherwise four digits first are a year first (with <c>-</c> <c>/</c> <c>.</c> or 年月日), and one or two
    /// are the all-digit form with the year last. The numbers are the runs of digits, in order.
    /// </summary>
    private static string? ToIso(ReadOnlySpan<char> match, out bool isNumeric)
    {
        Span<Range> runs = stackalloc Range[3];
        var count = DigitRuns(match, runs);
        int year, month, day;
        isNumeric = false;
        if (IsWordLetter(match[0]))
        {
            // The day may run into the year ("Jan 202031" is January 20, 2031): the year is the last four digits.
            var yearRun = runs[count - 1];
            var yearStart = yearRun.End.Value - 4;
            year = Int(match[yearStart..yearRun.End]);
            day = Int(count > 1 ? match[runs[0]] : match[yearRun.Start..yearStart]);
            month = MonthNumber(match);
        }
        else if (LastWord(match) is { Length: > 0 } monthName)
            (year, month, day) = (Int(match[runs[count - 1]]), MonthNumber(monthName), Int(match[runs[0]]));
        else
        {
            isNumeric = true;
            if (count != 3) return null;
            if (match[runs[0]].Length == 4)
                (year, month, day) = (Int(match[runs[0]]), Int(match[runs[1]]), Int(match[runs[2]]));
            else
            {
                var (a, b) = (Int(match[runs[0]]), Int(match[runs[1]]));
                year = Int(match[runs[2]]);
                // Slashes: US order (month first) unless impossible; dots: European order (day first) unless impossible.
                var separator = match[runs[0].End..].TrimStart()[0];
                var monthFirst = separator == '/' ? a <= 12 : b > 12;
                (month, day) = monthFirst ? (a, b) : (b, a);
            }
        }
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>Finds the runs of digits of <paramref name="text"/> (at most as many as <paramref name="runs"/> holds); returns how many.</summary>
    private static int DigitRuns(ReadOnlySpan<char> text, Span<Range> runs)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length && count < runs.Length)
        {
            if (!char.IsDigit(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && char.IsDigit(text[i])) i++;
            runs[count++] = new Range(start, i);
        }
        return count;
    }

    /// <summary>
    /// The last run of letters other than 年 and 月 (the month name, in the day-first form); empty when there is none.
    /// Not only ASCII: matching ignores case, and some letters outside ASCII fold to ASCII ones ("ſ" to "s").
    /// </summary>
    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> text)
    {
        var end = text.Length;
        while (end > 0 && !IsWordLetter(text[end - 1])) end--;
        var start = end;
        while (start > 0 && IsWordLetter(text[start - 1])) start--;
        return text[start..end];
    }

    private static bool IsWordLetter(char c) => char.IsLetter(c) && !IsCjk(c);

    /// <summary>
    /// The value of a run of digits. <c>\d</c> matches the digits of every script (full-width <c>２０２４</c>, Khmer, ...),
    /// which <see cref="int.Parse(string)"/> rejects, so each digit is read by its Unicode decimal value.
    /// </summary>
    private static int Int(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var digit in digits) value = value * 10 + CharUnicodeInfo.GetDecimalDigitValue(digit);
        return value;
    }

    private static int MonthNumber(ReadOnlySpan<char> name)
    {
        // Lower-cased on the stack: the month names are ASCII, and a match's month group is one of them in any case.
        Span<char> prefix = stackalloc char[3];
        name[..3].ToLowerInvariant(prefix);
        for (var i = 0; i < MonthPrefixes.Length; i++)
            if (prefix.SequenceEqual(MonthPrefixes[i])) return i + 1;
        return 0;
    }

    private static bool IsCjk(char c) => c >= 0x3000;
}
