using Parley.Cleaning;
using Parley.Text;

namespace Parley.Ingest;

/// <summary>
/// Finds an article's publication date in its page text: the date line (<c>2024-4-7 16:31:14</c>,
/// <c>Posted: 2020-09-22</c>, <c>Updated: Mar 3, 2021</c>, <c>tongsimin / 2021-02-19</c>, <c>(Agency 10/07/2001)</c>),
/// a labelled date, or a news dateline (<c>CITY, July 21, 2025 /Agency/ —</c>).
/// Dates inside body sentences ("On March 26, 2024 he met ...") are events, never taken: a page without a date line has no date.
/// </summary>
public static class PublishedDateFinder
{
    private static readonly string[] Labels =
    [
        "date", "dated", "posted", "posted on", "updated", "update", "last updated", "published", "published on", "publish date", "publication date",
        "release time", "release date", "released", "time", "pubdate", "inputtime", "issued", "发布日期", "发布时间", "日期", "时间", "更新时间", "来源",
    ];

    private static readonly string[] PhraseWords = ["on", "since", "until", "till", "in", "by", "to", "from", "of", "and", "before", "after"];

    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    /// <summary>Largest number of words besides the date (and times, weekdays) that a date line may carry: source, author, buttons.</summary>
    private const int MaxDateLineWords = 9;

    /// <summary>
    /// How many dates of one line are weighed as a possible date line. A date line carries one date, two with
    /// "updated"; later dates of a line are prose or a list. Weighing a date reads its whole line, so weighing
    /// every date of a line packed with them would cost the square of the line's length.
    /// </summary>
    private const int MaxDatesWeighedPerLine = 4;

    /// <summary>The publication date and where it is written, or null when the page has no date line.</summary>
    public static (string Date, TextSpan Span)? Find(string text)
    {
        var lines = TextLine.Split(text);
        var candidates = new List<(FullDate Mention, int Line, int Strength)>();
        var mentioned = new List<string>();
        var lastBreadcrumb = -1;
        foreach (var line in lines)
        {
            var content = text.AsSpan(line.Span.Start, line.Span.Length);
            // Most lines have no year, so no date: spare them the date search.
            var mayHoldDate = FullDateFinder.MayHoldDate(text, line.Span.Start, line.Span.End);
            if (LineShape.IsBreadcrumbOrLinkBar(content) && !(mayHoldDate && FullDateFinder.FindAll(text, line.Span.Start, line.Span.End).Any()))
                lastBreadcrumb = line.Number;
            if (!mayHoldDate || LineShape.IsLegalNotice(content)) continue;
            var weighed = 0;
            foreach (var mention in FullDateFinder.FindAll(text, line.Span.Start, line.Span.End))
            {
                var strength = weighed++ < MaxDatesWeighedPerLine ? Strength(text, line.Span, mention) : 0;
                if (strength > 0) candidates.Add((mention, line.Number, strength));
                else mentioned.Add(mention.Date);
            }
        }
        if (candidates.Count == 0) return null;

        // A date above the breadcrumb is the site's clock in the page header, not the article's date.
        if (lastBreadcrumb >= 0 && candidates.Any(c => c.Line > lastBreadcrumb))
            candidates.RemoveAll(c => c.Line < lastBreadcrumb);
        // An article cannot be published before the events it reports: when another date line agrees
        // with the dates mentioned in the text, a date line earlier than them all is a mislabelled one.
        if (mentioned.Count > 0 && candidates.Count > 1)
        {
            var latest = mentioned.Max(StringComparer.Ordinal)!;
            if (candidates.Any(c => string.CompareOrdinal(c.Mention.Date, latest) >= 0))
                candidates.RemoveAll(c => string.CompareOrdinal(c.Mention.Date, latest) < 0);
        }
        var best = candidates.OrderByDescending(c => c.Strength).ThenBy(c => c.Mention.Span.Start).First();
        return (best.Mention.Date, best.Mention.Span);
    }

    /// <summary>True when <paramref name="line"/> is a page date line (a date with at most a few furniture words, or a labelled date).</summary>
    public static bool IsDateLine(string line) => IsDateLine(line, new TextSpan(0, line.Length));

    /// <summary>
    /// As <see cref="IsDateLine(string)"/> for the line at <paramref name="line"/> in <paramref name="text"/>, which
    /// must be trimmed (whitespace or a line break on both sides), so the line need not be copied out.
    /// </summary>
    internal static bool IsDateLine(string text, TextSpan line)
    {
        if (!FullDateFinder.MayHoldDate(text, line.Start, line.End)) return false;
        var weighed = 0;
        foreach (var mention in FullDateFinder.FindAll(text, line.Start, line.End))
        {
            if (Strength(text, line, mention) > 0) return true;
            if (++weighed == MaxDatesWeighedPerLine) return false;
        }
        return false;
    }

    /// <summary>
    /// 3 = labelled ("Posted: ..."), 2 = a line that is essentially a date, or a dateline, 1 = a numeric date closing a heading line, 0 = a date in prose.
    /// </summary>
    private static int Strength(string text, TextSpan line, FullDate mention)
    {
        var before = text.AsSpan(line.Start, mention.Span.Start - line.Start);
        var after = text.AsSpan(mention.Span.End, line.End - mention.Span.End);
        if (EndsWithLabel(before)) return 3;

        var residueWords = CountResidueWords(before) + CountResidueWords(after);
        var lineText = text.AsSpan(line.Start, line.Length);
        if (residueWords <= MaxDateLineWords && !LooksLikeSentence(before, after)) return 2;

        // Dateline: "CITY, Country, July 21, 2025 /Agency/ — On July 19, ..."
        var afterTrim = after.TrimStart();
        if (SpanWords.Count(before) <= 4 && afterTrim.Length > 0 && afterTrim[0] is '/' or '—' or '–' or '(' or '-'
            && (afterTrim[0] != '-' || afterTrim.StartsWith("--")))
            return 2;

        // A heading that ends with its numeric date: "... Meeting with the Mayor 2016.06.07".
        if (mention.IsNumeric && CountResidueWords(after) == 0 && !EndsWithPeriod(lineText) && !LineShape.IsProse(lineText))
            return 1;
        return 0;
    }

    /// <summary>A date in a sentence reads "..., on March 3, 2021, he said": words on both sides or a sentence end after it.</summary>
    private static bool LooksLikeSentence(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var lowerBefore = 0;
        foreach (var w in new SpanWords(before))
            if (char.IsLower(w[0]) && !IsTime(w) && !IsWeekday(w)) lowerBefore++;
        var lowerAfter = 0;
        foreach (var w in new SpanWords(after))
            if (char.IsLower(w[0])) lowerAfter++;
        var tail = before.TrimEnd();
        // A preposition or range word before the date makes it part of a phrase ("from 29 to 30 June 2017"), not a date line.
        var prepositionBefore = tail.Equals("On", StringComparison.OrdinalIgnoreCase) || tail.Length > 0 && tail[^1] is '-' or '–'
                                || EndsWithPhraseWord(tail);
        return prepositionBefore || (lowerBefore + lowerAfter >= 4);
    }

    /// <summary>True when <paramref name="tail"/> ends with a space and one of <see cref="PhraseWords"/> (any case).</summary>
    private static bool EndsWithPhraseWord(ReadOnlySpan<char> tail)
    {
        foreach (var w in PhraseWords)
            if (tail.Length > w.Length && tail[^(w.Length + 1)] == ' ' && tail.EndsWith(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool EndsWithPeriod(ReadOnlySpan<char> line)
    {
        var t = line.TrimEnd();
        return t.Length > 0 && t[^1] == '.';
    }

    private static bool EndsWithLabel(ReadOnlySpan<char> before)
    {
        var t = before.TrimEnd().TrimEnd(":：-=").TrimEnd().ToString().ToLowerInvariant();
        if (t.Length == 0) return false;
        foreach (var label in Labels)
        {
            if (!t.EndsWith(label, StringComparison.Ordinal)) continue;
            var start = t.Length - label.Length;
            if (start == 0 || !char.IsLetter(t[start - 1]) || label[0] >= 0x3000) return true;
        }
        return false;
    }

    /// <summary>Words other than times, weekdays, bare numbers and punctuation.</summary>
    private static int CountResidueWords(ReadOnlySpan<char> part)
    {
        var count = 0;
        foreach (var raw in new SpanWords(part))
        {
            var w = raw.Trim(",.;()[]|/-—–•·:");
            if (w.Length == 0 || IsTime(w) || IsWeekday(w) || IsNumberLike(w)) continue;
            if (w.Equals("GMT", StringComparison.OrdinalIgnoreCase) || w.Equals("UTC", StringComparison.OrdinalIgnoreCase) || w.Equals("BJT", StringComparison.OrdinalIgnoreCase)) continue;
            count++;
        }
        return count;
    }

    private static bool IsNumberLike(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!(char.IsDigit(c) || c is ':' or '/' or '+' or '.')) return false;
        return true;
    }

    private static bool IsTime(ReadOnlySpan<char> word)
    {
        var w = word.Trim(",.");
        if (w.Length is < 4 or > 8 || !w.Contains(':')) return false;
        foreach (var c in w)
            if (!(char.IsDigit(c) || c == ':')) return false;
        return true;
    }

    private static bool IsWeekday(ReadOnlySpan<char> word)
    {
        var w = word.Trim(",.");
        foreach (var day in Weekdays)
            if (IsLowerCaseOf(w, day)) return true;
        return false;
    }

    /// <summary>True when <paramref name="word"/> lower-cased (invariant, as <see cref="string.ToLowerInvariant()"/>) is <paramref name="lower"/>.</summary>
    private static bool IsLowerCaseOf(ReadOnlySpan<char> word, string lower)
    {
        if (word.Length != lower.Length) return false;
        for (var i = 0; i < word.Length; i++)
            if (char.ToLowerInvariant(word[i]) != lower[i]) return false;
        return true;
    }
}
