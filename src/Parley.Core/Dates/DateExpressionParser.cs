using System.Buffers;
using Parley.Text;

namespace Parley.Dates;

/// <summary>
/// Finds date expressions in a token stream by trying a fixed set of short patterns at each token,
/// left to right, and jumping past every match. Each attempt looks at a bounded number of tokens,
/// so the whole scan is linear in the text length (no backtracking regular expressions).
/// </summary>
internal sealed class DateExpressionParser
{
    private static readonly string[][] VaguePhrases =
    [
        ["recently"], ["lately"],
        ["in", "recent", "years"], ["in", "recent", "months"], ["in", "recent", "days"], ["in", "recent", "weeks"],
        ["in", "the", "past"],
        ["earlier", "this", "year"], ["earlier", "this", "month"], ["earlier", "this", "week"],
        ["later", "this", "year"], ["later", "this", "month"],
        ["last", "year"], ["last", "month"], ["last", "week"],
        ["this", "year"], ["this", "month"], ["this", "week"],
        ["next", "year"], ["next", "month"], ["next", "week"],
        ["not", "long", "ago"], ["the", "other", "day"], ["a", "few", "days", "ago"], ["a", "few", "weeks", "ago"],
    ];

    // Words that, right before a bare month name, make it a date ("in March", "since March") rather than a name or verb.
    private static readonly string[] MonthOnlyCues =
        ["in", "since", "until", "till", "during", "early", "late", "mid", "of", "from", "before", "after", "by", "through", "throughout", "last", "this", "next"];

    // The vague phrases by first word, in the order above: only those starting with the word at hand are tried.
    private static readonly Dictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> VaguePhrasesByFirstWord =
        VaguePhrases.GroupBy(p => p[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] RangeWords = ["to", "through", "till", "until", "and"];

    /// <summary>
    /// Every word a word-led pattern can start with: the first words of the relative, weekday, vague,
    /// "the 26th of" and "on 29th" patterns, and the month names and abbreviations. Most words of a text
    /// are none of these, so one look-up spares them the pattern tries (which compare dozens of words).
    /// </summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OpeningWords = BuildOpeningWords();

    // Longest opening word: "yesterday", "september", "wednesday".
    private const int MaxOpeningWordLength = 9;

    private readonly string text;
    private readonly DateToken[] tokens; // pooled, so longer than the text's tokens: only [0, count) is read
    private readonly int count;

    private DateExpressionParser(string text, DateToken[] tokens, int count)
    {
        this.text = text;
        this.tokens = tokens;
        this.count = count;
    }

    /// <summary>All date expressions in <paramref name="text"/>, in order, not overlapping.</summary>
    public static List<DateExpression> Parse(string text)
    {
        var tokens = ArrayPool<DateToken>.Shared.Rent(text.Length);
        try
        {
            return new DateExpressionParser(text, tokens, DateTokenizer.Tokenize(text, tokens)).ParseAll();
        }
        finally
        {
            ArrayPool<DateToken>.Shared.Return(tokens);
        }
    }

    private List<DateExpression> ParseAll()
    {
        var found = new List<DateExpression>();
        var i = 0;
        while (i < count)
        {
            if (TryAt(i, out var expression, out var next))
            {
                found.Add(expression);
                i = next;
            }
            else
            {
                i++;
            }
        }
        return found;
    }

    private bool TryAt(int i, out DateExpression expression, out int next)
    {
        var token = tokens[i];
        if (token.Kind == DateTokenKind.Number
            && (TryNumericDate(i, out expression, out next) || TryDayFirst(i, out expression, out next)))
            return true;
        if (token.Kind == DateTokenKind.Ordinal && TryDayFirst(i, out expression, out next))
            return true;
        if (token.Kind == DateTokenKind.Word && CanOpenExpression(WordAt(i)))
        {
            if (TryRelative(i, out expression, out next)
                || TryWeekday(i, out expression, out next)
                || TryVague(i, out expression, out next)
                || TryMonthFirst(i, out expression, out next)
                || TryTheDayOfMonth(i, out expression, out next)
                || TryBareDay(i, out expression, out next))
                return true;
        }
        expression = null!;
        next = i + 1;
        return false;
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BuildOpeningWords()
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "yesterday", "today", "tonight", "tomorrow", "this", "the", // TryRelative, TryTheDayOfMonth
            "last", "past", "next", "coming", "on",                     // TryWeekday, TryBareDay
            "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sept",
        };
        foreach (var phrase in VaguePhrases) words.Add(phrase[0]);
        foreach (var month in CalendarWords.MonthNames)
        {
            words.Add(month);
            words.Add(month[..3]);
        }
        foreach (var word in words)
            if (word.Length > MaxOpeningWordLength) throw new InvalidOperationException($"Raise {nameof(MaxOpeningWordLength)} for '{word}'.");
        return words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>False when no word-led pattern can start with <paramref name="word"/> (see <see cref="OpeningWords"/>).</summary>
    private static bool CanOpenExpression(ReadOnlySpan<char> word) => word.Length <= MaxOpeningWordLength && OpeningWords.Contains(word);

    // ---- numeric: 2024-03-26, 2024.03.26, 2024/3/26, 2024-03, 2024年3月26日, 3月26日, 26/03/2024 ----

    private bool TryNumericDate(int i, out DateExpression expression, out int next)
    {
        expression = null!;
        next = i;
        var first = tokens[i];
        if (IsGluedToPrevious(i)) return false; // "68996214/15/16", "1.2024"
        if (first.Digits == 4 && IsYear(first.Value))
        {
            if (IsSymbol(i + 1, '年') && Day(i + 2, out var cm, 12) && IsSymbol(i + 3, '月'))
            {
                if (Day(i + 4, out var cd, 31) && (IsSymbol(i + 5, '日') || IsSymbol(i + 5, '号')))
                    return Emit(i, i + 5, new CalendarFields(first.Value, cm, cd), DateMentionKind.Absolute, out expression, out next);
                return Emit(i, i + 3, new CalendarFields(first.Value, cm, null), DateMentionKind.Absolute, out expression, out next);
            }
            foreach (var separator in "-./")
            {
                if (!IsSymbol(i + 1, separator) || !Adjacent(i, i + 1) || !Adjacent(i + 1, i + 2)) continue;
                if (!Day(i + 2, out var month, 12) || tokens[i + 2].Digits > 2) return false;
                if (IsSymbol(i + 3, separator) && Adjacent(i + 2, i + 3) && Adjacent(i + 3, i + 4)
                    && Day(i + 4, out var day, 31) && tokens[i + 4].Digits <= 2 && !RunsIntoDigits(i + 4))
                    return Emit(i, i + 4, new CalendarFields(first.Value, month, day), DateMentionKind.Absolute, out expression, out next);
                // "2021-03" only with a two-digit month, so "2015-16" (a season) and "2019-2020" stay out.
                if (separator == '-' && tokens[i + 2].Digits == 2 && !RunsIntoDigits(i + 2))
                    return Emit(i, i + 2, new CalendarFields(first.Value, month, null), DateMentionKind.Absolute, out expression, out next);
                return false;
            }
            return false;
        }
        if (first.Digits <= 2 && IsSymbol(i + 1, '月') && Day(i, out var m2, 12)
            && Day(i + 2, out var d2, 31) && (IsSymbol(i + 3, '日') || IsSymbol(i + 3, '号')))
            return Emit(i, i + 3, new CalendarFields(null, m2, d2), DateMentionKind.DayMonth, out expression, out next);
        if (first.Digits <= 2)
        {
            foreach (var separator in "/.")
            {
                if (!IsSymbol(i + 1, separator) || !IsSymbol(i + 3, separator)) continue;
                if (!Adjacent(i, i + 1) || !Adjacent(i + 1, i + 2) || !Adjacent(i + 2, i + 3) || !Adjacent(i + 3, i + 4)) return false;
                if (i + 4 >= count || tokens[i + 2].Kind != DateTokenKind.Number || tokens[i + 2].Digits > 2) return false;
                var year = tokens[i + 4];
                if (year.Kind != DateTokenKind.Number || year.Digits != 4 || !IsYear(year.Value) || RunsIntoDigits(i + 4)) return false;
                return TryDayMonthOrder(i, first.Value, tokens[i + 2].Value, year.Value, dotted: separator == '.', out expression, out next);
            }
        }
        return false;
    }

    private bool TryDayMonthOrder(int i, int a, int b, int year, bool dotted, out DateExpression expression, out int next)
    {
        expression = null!;
        next = i;
        var monthFirst = new CalendarFields(year, a, b);
        var dayFirst = new CalendarFields(year, b, a);
        var monthFirstValid = a <= 12 && PartialDate.TryCreate(year, a, b, out _);
        var dayFirstValid = b <= 12 && PartialDate.TryCreate(year, b, a, out _);
        if (!monthFirstValid && !dayFirstValid) return false;
        var span = new TextSpan(tokens[i].Start, tokens[i + 4].End);
        next = i + 5;
        if (monthFirstValid && dayFirstValid && a != b)
        {
            // Both readings exist: dots are European (day first), slashes are left to the resolver.
            expression = dotted
                ? new DateExpression(span, DateMentionKind.Absolute) { From = dayFirst, To = dayFirst }
                : new DateExpression(span, DateMentionKind.Absolute) { From = monthFirst, To = monthFirst, AlternativeFrom = dayFirst };
            return true;
        }
        var fields = monthFirstValid ? monthFirst : dayFirst;
        expression = new DateExpression(span, DateMentionKind.Absolute) { From = fields, To = fields };
        return true;
    }

    // ---- month first: "March 26", "Mar. 26, 2024", "February 7-10", "March 30 to April 2", "March 2023", "in March" ----

    private bool TryMonthFirst(int i, out DateExpression expression, out int next)
    {
        expression = null!;
        next = i;
        if (!Month(i, out var month, out var abbreviated, out var j)) return false;
        if (DayAfterMonth(j, month, out var day))
        {
            var end = j;
            var startFields = new CalendarFields(null, month, day);
            CalendarFields? endFields = null;
            var k = j + 1;
            if (YearAfter(k, out var year, out var afterYear))
            {
                startFields = startFields with { Year = year };
                end = afterYear - 1;
                k = afterYear;
            }
            if (RangeConnector(k, out var afterConnector))
            {
                // "March 5 and April 7" names two dates, not a range; only "to" or a dash spans months.
                if (!IsWord(k, "and") && Month(afterConnector, out var month2, out _, out var dayAt) && DayAfterMonth(dayAt, month2, out var day2))
                {
                    endFields = new CalendarFields(null, month2, day2);
                    end = dayAt;
                }
                else if (startFields.Year is null && DayAfterMonth(afterConnector, month, out day2) && day2 > day)
                {
                    endFields = new CalendarFields(null, month, day2);
                    end = afterConnector;
                }
                if (endFields is { } t && YearAfter(end + 1, out var year2, out var afterYear2))
                {
                    endFields = t with { Year = year2 };
                    end = afterYear2 - 1;
                }
            }
            return EmitRange(i, end, startFields, endFields, out expression, out next);
        }
        if (YearAfter(j, out var monthYear, out var after) && !IsSymbol(j, ','))
            return Emit(i, after - 1, new CalendarFields(monthYear, month, null), DateMentionKind.Absolute, out expression, out next);
        if (!abbreviated && HasMonthOnlyCue(i))
            return Emit(i, i, new CalendarFields(null, month, null), DateMentionKind.MonthOnly, out expression, out next);
        return false;
    }

    // ---- day first: "26 March", "15th September 2022", "16-18 December", "from 7 to 10 March", "30 March to 2 April" ----

    private bool TryDayFirst(int i, out DateExpression expression, out int next)
    {
        expression = null!;
        next = i;
        if (!Day(i, out var day, 31) || tokens[i].Digits > 2 || IsGluedToPrevious(i) || IsGluedToNext(i) && !IsSymbol(i + 1, '-')) return false;
        var j = i + 1;
        if (IsWord(j, "of") && tokens[i].Kind == DateTokenKind.Ordinal) j++;
        if (Month(j, out var month, out _, out var afterMonth))
        {
            if (day > CalendarWords.MaxDaysInMonth(month)) return false;
            var startFields = new CalendarFields(null, month, day);
            var end = afterMonth - 1;
            if (YearAfter(afterMonth, out var year, out var afterYear, allowComma: false))
            {
                startFields = startFields with { Year = year };
                end = afterYear - 1;
            }
            CalendarFields? endFields = null;
            if (RangeConnector(end + 1, out var k) && !IsWord(end + 1, "and") && Day(k, out var day2, 31) && !IsGluedToPrevious(k)
                && Month(k + 1, out var month2, out _, out var afterMonth2) && day2 <= CalendarWords.MaxDaysInMonth(month2))
            {
                endFields = new CalendarFields(null, month2, day2);
                end = afterMonth2 - 1;
                if (YearAfter(afterMonth2, out var year2, out var afterYear2, allowComma: false))
                {
                    endFields = endFields.Value with { Year = year2 };
                    end = afterYear2 - 1;
                }
            }
            return EmitRange(i, end, startFields, endFields, out expression, out next);
        }
        // "16-18 December", "7 to 10 March", "29th to 30th of June"
        if (RangeConnector(i + 1, out var d2At) && Day(d2At, out var lastDay, 31) && lastDay > day)
        {
            var m = d2At + 1;
            if (IsWord(m, "of") && tokens[d2At].Kind == DateTokenKind.Ordinal) m++;
            if (Month(m, out var rangeMonth, out _, out var afterRangeMonth) && lastDay <= CalendarWords.MaxDaysInMonth(rangeMonth))
            {
                var endFields = new CalendarFields(null, rangeMonth, lastDay);
                var end = afterRangeMonth - 1;
                if (YearAfter(afterRangeMonth, out var year, out var afterYear, allowComma: false))
                {
                    endFields = endFields with { Year = year };
                    end = afterYear - 1;
                }
                return EmitRange(i, end, new CalendarFields(null, rangeMonth, day), endFields, out expression, out next);
            }
        }
        return false;
    }

    // "the 26th of March" starts at "the", so that the article is inside the span.
    private bool TryTheDayOfMonth(int i, out DateExpression expression, out int next)
    {
        expression = null!;
        next = i;
        if (!IsWord(i, "the") || i + 1 >= count || tokens[i + 1].Kind != DateTokenKind.Ordinal
            || !IsWord(i + 2, "of") || !TryDayFirst(i + 1, out var inner, out next))
            return false;
        expression = inner with { Span = new TextSpan(tokens[i].Start, inner.Span.End) };
        return true;
    }

    // ---- "on 29th", "on the 26th," : a day of the month alone, only after "on" and before punctuation ----

    private bool TryBareDay(int i, out DateExpression expression, out int next)
    {
        expression = null!;
        next = i;
        if (!IsWord(i, "on")) return false;
        var j = IsWord(i + 1, "the") ? i + 2 : i + 1;
        if (j >= count || tokens[j].Kind != DateTokenKind.Ordinal || !Day(j, out var day, 31)) return false;
        // "on the 13th Five-Year Plan": an ordinal followed by a word or hyphen is not a day.
        if (j + 1 < count && (tokens[j + 1].Kind != DateTokenKind.Symbol || IsSymbol(j + 1, '-'))) return false;
        return Emit(j, j, new CalendarFields(null, 0, day), DateMentionKind.DayOnly, out expression, out next);
    }

    // ---- relative: yesterday (20th), today, the day before yesterday, the next day ----

    private bool TryRelative(int i, out DateExpression expression, out int next)
    {
        expression = null!;
        next = i;
        int offset;
        var fromPrevious = false;
        int last;
        if (IsWord(i, "yesterday")) { offset = -1; last = i; }
        else if (IsWord(i, "today") || IsWord(i, "tonight")) { offset = 0; last = i; }
        else if (IsWord(i, "tomorrow")) { offset = 1; last = i; }
        else if (IsWord(i, "this") && (IsWord(i + 1, "morning") || IsWord(i + 1, "afternoon") || IsWord(i + 1, "evening"))) { offset = 0; last = i + 1; }
        else if (IsWord(i, "the") && IsWord(i + 1, "day") && IsWord(i + 2, "before") && IsWord(i + 3, "yesterday")) { offset = -2; last = i + 3; }
        else if (IsWord(i, "the") && IsWord(i + 1, "day") && IsWord(i + 2, "after") && IsWord(i + 3, "tomorrow")) { offset = 2; last = i + 3; }
        else if (IsWord(i, "the") && IsWord(i + 2, "day") && RelativeDayWord(i + 1, out offset)) { fromPrevious = true; last = i + 2; }
        else return false;

        // "Today/Total Visits" is a page counter, not a date.
        if (IsSymbol(last + 1, '/')) return false;

        // "Yesterday (20th)", "Yesterday (March 20)": the written day wins over the count.
        int? checkDay = null;
        if (!fromPrevious && IsSymbol(last + 1, '('))
        {
            if (Day(last + 2, out var d, 31) && IsSymbol(last + 3, ')'))
            {
                checkDay = d;
                last += 3;
            }
            else if (TryMonthFirst(last + 2, out var inner, out var afterInner) || TryDayFirst(last + 2, out inner, out afterInner))
            {
                if (IsSymbol(afterInner, ')'))
                {
                    expression = inner with { Span = new TextSpan(tokens[i].Start, tokens[afterInner].End) };
                    next = afterInner + 1;
                    return true;
                }
            }
        }
        expression = new DateExpression(new TextSpan(tokens[i].Start, tokens[last].End), DateMentionKind.Relative)
        {
            DayOffset = offset,
            FromPreviousMention = fromPrevious,
            CheckDay = checkDay,
        };
        next = last + 1;
        return true;
    }

    private bool RelativeDayWord(int i, out int offset)
    {
        offset = 0;
        if (IsWord(i, "next") || IsWord(i, "following")) offset = 1;
        else if (IsWord(i, "previous")) offset = -1;
        else if (IsWord(i, "same")) offset = 0;
        else return false;
        return true;
    }

    // ---- weekdays: "on Saturday", "last Monday", "Thursday (November 16)", "Wednesday, March 1 2017" ----

    private bool TryWeekday(int i, out DateExpression expression, out int next)
    {
        expression = null!;
        next = i;
        var direction = WeekdayDirection.OnOrBefore;
        var at = i;
        if (IsWord(i, "last") || IsWord(i, "past")) { direction = WeekdayDirection.Before; at = i + 1; }
        else if (IsWord(i, "next") || IsWord(i, "coming")) { direction = WeekdayDirection.After; at = i + 1; }
        else if (IsWord(i, "this")) at = i + 1;
        if (at >= count || tokens[at].Kind != DateTokenKind.Word || !CalendarWords.TryWeekday(WordAt(at), out var weekday)) return false;

        // A date right after the weekday states the day outright; keep the weekday inside the span but let the date decide.
        var dateAt = at + 1;
        var closing = false;
        if (IsSymbol(dateAt, '(')) { dateAt++; closing = true; }
        else if (IsSymbol(dateAt, ',')) dateAt++;
        if (TryMonthFirst(dateAt, out var inner, out var afterInner) || TryDayFirst(dateAt, out inner, out afterInner))
        {
            if (!closing || IsSymbol(afterInner, ')'))
            {
                var last = closing ? afterInner : afterInner - 1;
                expression = inner with { Span = new TextSpan(tokens[i].Start, tokens[last].End) };
                next = last + 1;
                return true;
            }
        }
        expression = new DateExpression(new TextSpan(tokens[i].Start, tokens[at].End), DateMentionKind.Weekday)
        {
            Weekday = weekday,
            Direction = direction,
        };
        next = at + 1;
        return true;
    }

    private bool TryVague(int i, out DateExpression expression, out int next)
    {
        expression = null!;
        next = i;
        if (!IsWord(i) || !VaguePhrasesByFirstWord.TryGetValue(WordAt(i), out var phrases)) return false;
        foreach (var phrase in phrases)
        {
            var matches = true;
            for (var w = 1; w < phrase.Length && matches; w++) matches = IsWord(i + w, phrase[w]);
            if (!matches) continue;
            // "in the past" followed by a number is a duration ("in the past 40 years"): still vague, same span.
            var last = i + phrase.Length - 1;
            expression = new DateExpression(new TextSpan(tokens[i].Start, tokens[last].End), DateMentionKind.Vague);
            next = last + 1;
            return true;
        }
        return false;
    }

    // ---- building blocks ----

    private bool Emit(int first, int last, CalendarFields fields, DateMentionKind kind, out DateExpression expression, out int next)
    {
        expression = new DateExpression(new TextSpan(tokens[first].Start, tokens[last].End), kind) { From = fields, To = fields };
        next = last + 1;
        return true;
    }

    private bool EmitRange(int first, int last, CalendarFields startFields, CalendarFields? endFields, out DateExpression expression, out int next)
    {
        var kind = startFields.Year is not null || endFields?.Year is not null ? DateMentionKind.Absolute : DateMentionKind.DayMonth;
        expression = new DateExpression(new TextSpan(tokens[first].Start, tokens[last].End), kind) { From = startFields, To = endFields ?? startFields };
        next = last + 1;
        return true;
    }

    /// <summary>A month name at <paramref name="i"/>, with an abbreviation's period swallowed; <paramref name="after"/> is the next token.</summary>
    private bool Month(int i, out int month, out bool abbreviated, out int after)
    {
        month = 0;
        abbreviated = false;
        after = i + 1;
        if (i >= count || tokens[i].Kind != DateTokenKind.Word || !CalendarWords.TryMonth(WordAt(i), out month, out abbreviated)) return false;
        if (abbreviated && IsSymbol(i + 1, '.') && Adjacent(i, i + 1)) after = i + 2;
        return true;
    }

    /// <summary>A day number that may follow a month: 1–31, valid for that month, and not a time ("26 16:31"), decimal or percentage.</summary>
    private bool DayAfterMonth(int i, int month, out int day)
    {
        if (!Day(i, out day, CalendarWords.MaxDaysInMonth(month)) || tokens[i].Digits > 2 || IsGluedToNext(i) && !IsSymbol(i + 1, '-') && !IsSymbol(i + 1, ',')) return false;
        return true;
    }

    /// <summary>A number or ordinal at <paramref name="i"/> between 1 and <paramref name="max"/>.</summary>
    private bool Day(int i, out int value, int max)
    {
        value = 0;
        if (i >= count || !tokens[i].IsNumeric || tokens[i].Digits > 2) return false;
        value = tokens[i].Value;
        return value >= 1 && value <= max;
    }

    /// <summary>An optional comma then a four-digit year; <paramref name="after"/> is the token after the year.</summary>
    private bool YearAfter(int i, out int year, out int after, bool allowComma = true)
    {
        year = 0;
        after = i;
        var at = allowComma && IsSymbol(i, ',') ? i + 1 : i;
        if (at >= count || tokens[at].Kind != DateTokenKind.Number || tokens[at].Digits != 4 || !IsYear(tokens[at].Value)) return false;
        // "March 26, 2024-2025" or "2024.5": a year glued to more digits is something else.
        if (IsGluedToNext(at) && !IsSymbol(at + 1, ',') && !IsSymbol(at + 1, '.') && !IsSymbol(at + 1, ')')) return false;
        year = tokens[at].Value;
        after = at + 1;
        return true;
    }

    /// <summary>"-", "–", "—", "~", "to", "through", "till", "until", "and" between two days.</summary>
    private bool RangeConnector(int i, out int after)
    {
        after = i + 1;
        if (i >= count) return false;
        if (tokens[i].Kind == DateTokenKind.Symbol) return text[tokens[i].Start] is '-' or '–' or '—' or '~' or '至';
        foreach (var word in RangeWords) if (IsWord(i, word)) return true;
        return false;
    }

    private bool HasMonthOnlyCue(int i)
    {
        if (i == 0) return false;
        var previous = i - 1;
        // "mid-March"
        if (IsSymbol(previous, '-') && previous > 0 && IsWord(previous - 1, "mid")) return true;
        foreach (var cue in MonthOnlyCues) if (IsWord(previous, cue)) return true;
        return false;
    }

    private ReadOnlySpan<char> WordAt(int i) => text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start);

    private bool IsWord(int i, string word) =>
        i >= 0 && i < count && tokens[i].Kind == DateTokenKind.Word && WordAt(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsWord(int i) => i >= 0 && i < count && tokens[i].Kind == DateTokenKind.Word;

    private bool IsSymbol(int i, char symbol) =>
        i >= 0 && i < count && tokens[i].Kind == DateTokenKind.Symbol && text[tokens[i].Start] == symbol;

    private bool Adjacent(int a, int b) => b < count && tokens[a].End == tokens[b].Start;

    /// <summary>True when the token is stuck to a preceding digit group ("1.5", "86-10", "$5").</summary>
    private bool IsGluedToPrevious(int i)
    {
        if (i == 0 || !Adjacent(i - 1, i)) return false;
        var previous = tokens[i - 1];
        if (previous.Kind != DateTokenKind.Symbol) return previous.IsNumeric;
        var c = text[previous.Start];
        if (c is '$' or '€' or '£' or '¥' or '#' or '№') return true;
        return c is '.' or '/' or ':' or '-' or ',' && i >= 2 && Adjacent(i - 2, i - 1) && tokens[i - 2].IsNumeric;
    }

    /// <summary>True when the token runs on into a time, decimal, percentage or further digit group ("16:31", "45.3", "20%").</summary>
    private bool IsGluedToNext(int i)
    {
        if (!Adjacent(i, i + 1)) return false;
        var following = tokens[i + 1];
        if (following.Kind != DateTokenKind.Symbol) return true;
        var c = text[following.Start];
        if (c is '%' or '‰') return true;
        return c is '.' or '/' or ':' or '-' or ',' && Adjacent(i + 1, i + 2) && tokens[i + 2].IsNumeric;
    }

    /// <summary>True when more digits follow directly or after one separator ("2024-03-26-1", "26.5"); a glued word is fine.</summary>
    private bool RunsIntoDigits(int i)
    {
        if (!Adjacent(i, i + 1)) return false;
        var following = tokens[i + 1];
        if (following.IsNumeric) return true;
        return following.Kind == DateTokenKind.Symbol && text[following.Start] is '.' or '/' or ':' or '-' && Adjacent(i + 1, i + 2) && tokens[i + 2].IsNumeric;
    }

    private static bool IsYear(int value) => value is >= 1900 and <= 2099;
}
