using System.Globalization;
using System.Text.RegularExpressions;
using Parley.Text;

namespace Parley.Ingest;

/// <summary>One full calendar date (day, month and year) written in a text.</summary>
/// <param name="Date">The date as <c>YYYY-MM-DD</c>.</param>
/// <param name="Span">Where it is written.</param>
/// <param name="IsNumeric">True for all-digit forms (<c>2024-4-7</c>, <c>2019/05/12</c>, <c>2021年3月5日</c>), which prose rarely uses.</param>
public readonly record struct DateMention(string Date, TextSpan Span, bool IsNumeric);

/// <summary>
/// Finds full dates in the forms news pages use: year-first numerals with <c>-</c> <c>/</c> <c>.</c> or 年月日,
/// <c>May 19, 2022</c>, <c>Mar.1, 2017</c>, <c>12 May 2019</c>, and <c>10/07/2001</c> (month first, unless the first
/// number cannot be a month). Linear time: a non-backtracking regular expression.
/// </summary>
public static class DateExpressions
{
    private const string Month = @"(?<mon>jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)";

    private static readonly Regex Pattern = new(
        @"(?<y1>(19|20)\d\d)\s?(?<s1>[-/.]|年)\s?(?<m1>\d{1,2})\s?([-/.]|月)\s?(?<d1>\d{1,2})" +
        "|" + Month + @"\.?\s{0,3}(?<d2>\d{1,2})(st|nd|rd|th)?\s{0,3},?\s{0,3}(?<y2>(19|20)\d\d)" +
        @"|(?<d3>\d{1,2})(st|nd|rd|th)?\s{1,3}(of\s)?" + Month.Replace("<mon>", "<mon3>") + @"\.?,?\s{1,3}(?<y3>(19|20)\d\d)" +
        @"|(?<a4>\d{1,2})\s?(?<s4>[/.])\s?(?<b4>\d{1,2})\s?[/.]\s?(?<y4>(19|20)\d\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture);

    private static readonly string[] MonthPrefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Every full date in <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>), in order.</summary>
    public static IEnumerable<DateMention> FindAll(string text, int start = 0, int? end = null)
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
                if (ToIso(match) is { } iso) yield return new DateMention(iso, new TextSpan(s, e), IsNumeric: !match.Groups[Mon].Success && !match.Groups[Mon3].Success);
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

    // The groups by number, looked up once: reading a group by name costs a table look-up per match.
    private static readonly int Y1 = Pattern.GroupNumberFromName("y1"), M1 = Pattern.GroupNumberFromName("m1"), D1 = Pattern.GroupNumberFromName("d1");
    private static readonly int Y2 = Pattern.GroupNumberFromName("y2"), Mon = Pattern.GroupNumberFromName("mon"), D2 = Pattern.GroupNumberFromName("d2");
    private static readonly int Y3 = Pattern.GroupNumberFromName("y3"), Mon3 = Pattern.GroupNumberFromName("mon3"), D3 = Pattern.GroupNumberFromName("d3");
    private static readonly int A4 = Pattern.GroupNumberFromName("a4"), B4 = Pattern.GroupNumberFromName("b4"), Y4 = Pattern.GroupNumberFromName("y4");
    private static readonly int S4 = Pattern.GroupNumberFromName("s4");

    private static string? ToIso(Match m)
    {
        int year, month, day;
        if (m.Groups[Y1].Success)
            (year, month, day) = (Int(m, Y1), Int(m, M1), Int(m, D1));
        else if (m.Groups[Y2].Success)
            (year, month, day) = (Int(m, Y2), MonthNumber(m.Groups[Mon].ValueSpan), Int(m, D2));
        else if (m.Groups[Y3].Success)
            (year, month, day) = (Int(m, Y3), MonthNumber(m.Groups[Mon3].ValueSpan), Int(m, D3));
        else
        {
            var (a, b) = (Int(m, A4), Int(m, B4));
            year = Int(m, Y4);
            // Slashes: US order (month first) unless impossible; dots: European order (day first) unless impossible.
            var monthFirst = m.Groups[S4].ValueSpan is "/" ? a <= 12 : b > 12;
            (month, day) = monthFirst ? (a, b) : (b, a);
        }
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The group's number. <c>\d</c> matches the digits of every script (full-width <c>２０２４</c>, Khmer, ...), which
    /// <see cref="int.Parse(string)"/> rejects, so each digit is read by its Unicode decimal value.
    /// </summary>
    private static int Int(Match m, int group)
    {
        var value = 0;
        foreach (var digit in m.Groups[group].ValueSpan) value = value * 10 + CharUnicodeInfo.GetDecimalDigitValue(digit);
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
