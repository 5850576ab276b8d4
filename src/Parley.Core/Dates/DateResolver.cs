namespace Parley.Dates;

/// <summary>
/// Turns parsed expressions into dated mentions, walking them in text order so that a dateline can
/// re-anchor what follows it and "the next day" can count from the previous day mentioned.
/// </summary>
internal sealed class DateResolver
{
    // How far back a bare day ("on 29th") may reach for a month where that day exists.
    private const int MaxMonthsBackForBareDay = 12;

    // How far back a year-less date may reach for a year where it exists (February 29).
    private const int MaxYearsBack = 8;

    private readonly string text;
    private readonly DateTaggerOptions options;
    private DateOnly? anchor;
    private DateAnchorSource anchorSource;
    private DateOnly? previousDay;
    private int? textYear;

    public DateResolver(string text, DateOnly? published, DateTaggerOptions options)
    {
        this.text = text;
        this.options = options;
        anchor = published;
        anchorSource = published is null ? DateAnchorSource.None : DateAnchorSource.Published;
    }

    /// <summary>Resolves the expressions in order.</summary>
    public List<DateMention> ResolveAll(IEnumerable<DateExpression> expressions)
    {
        var mentions = new List<DateMention>();
        foreach (var expression in expressions)
        {
            var mention = Resolve(expression);
            if (options.AnchorOnDatelines && mention.Start is { Precision: DatePrecision.Day } start
                && expression.Kind is DateMentionKind.Absolute or DateMentionKind.DayMonth
                && DatelineDetector.IsDateline(text, expression.Span))
            {
                mention = mention with { IsDateline = true };
                anchor = start.FirstDay;
                anchorSource = DateAnchorSource.Dateline;
            }
            if (mention.End is { Precision: DatePrecision.Day } end) previousDay = end.FirstDay;
            if (expression.Kind == DateMentionKind.Absolute && mention.Start is { } s) textYear = s.Year;
            mentions.Add(mention);
        }
        return mentions;
    }

    private DateMention Resolve(DateExpression e) => e.Kind switch
    {
        DateMentionKind.Vague => Unresolved(e, DateAnchorSource.None),
        DateMentionKind.Relative => ResolveRelative(e),
        DateMentionKind.Weekday => ResolveWeekday(e),
        DateMentionKind.DayOnly => anchor is { } a && BareDay(e.From.Day!.Value, a, options.FutureToleranceDays) is { } d
            ? Dated(e, PartialDate.OfDay(d), PartialDate.OfDay(d), anchorSource)
            : Unresolved(e, anchorSource),
        _ => ResolveCalendar(e),
    };

    private DateMention ResolveCalendar(DateExpression e)
    {
        var startFields = e.From;
        var endFields = e.To ?? e.From;
        if (e.AlternativeFrom is { } alternative)
        {
            // "03/04/2024": take the reading nearer the anchor; without one the order is unknowable.
            if (anchor is not { } a) return Unresolved(e, DateAnchorSource.None);
            var first = ToDate(startFields)!.Value.FirstDay;
            var second = ToDate(alternative)!.Value.FirstDay;
            if (Math.Abs(second.DayNumber - a.DayNumber) < Math.Abs(first.DayNumber - a.DayNumber)) startFields = endFields = alternative;
            var chosen = ToDate(startFields)!.Value;
            return Dated(e, chosen, chosen, anchorSource);
        }

        // A year written once covers the whole range: "Nov 14-17, 2017", "30 March to 2 April 2024".
        if (startFields.Year is null && endFields.Year is { } endYear)
        {
            startFields = startFields with { Year = endYear };
            if (ToDate(startFields) is { } s && ToDate(endFields) is { } t && s.CompareTo(t) > 0) startFields = startFields with { Year = endYear - 1 };
        }
        if (startFields.Year is not null && endFields.Year is null)
        {
            endFields = endFields with { Year = startFields.Year };
            if (ToDate(startFields) is { } s && ToDate(endFields) is { } t && s.CompareTo(t) > 0) endFields = endFields with { Year = startFields.Year + 1 };
        }
        if (startFields.Year is not null)
        {
            var start = ToDate(startFields);
            var end = ToDate(endFields);
            return start is null || end is null ? Unresolved(e, DateAnchorSource.None) : Dated(e, start.Value, end.Value, DateAnchorSource.None);
        }

        // No year written: infer the start's year from the anchor, the end follows the start.
        int? year;
        DateAnchorSource source;
        if (anchor is { } at)
        {
            year = InferYear(startFields.Month, startFields.Day, at, options.FutureToleranceDays);
            source = anchorSource;
        }
        else if (options.InheritYearFromText && textYear is { } inherited)
        {
            year = inherited;
            source = DateAnchorSource.TextYear;
        }
        else
        {
            return Unresolved(e, DateAnchorSource.None);
        }
        if (year is null) return Unresolved(e, source);
        var startDate = ToDate(startFields with { Year = year });
        var endDate = ToDate(endFields with { Year = year });
        if (startDate is { } sd && endDate is { } ed && sd.CompareTo(ed) > 0) endDate = ToDate(endFields with { Year = year + 1 });
        return startDate is null || endDate is null ? Unresolved(e, source) : Dated(e, startDate.Value, endDate.Value, source);
    }

    private DateMention ResolveRelative(DateExpression e)
    {
        if (e.FromPreviousMention)
            return previousDay is { } p
                ? Dated(e, PartialDate.OfDay(p.AddDays(e.DayOffset)), PartialDate.OfDay(p.AddDays(e.DayOffset)), DateAnchorSource.PreviousMention)
                : Unresolved(e, DateAnchorSource.None);
        if (anchor is not { } a) return Unresolved(e, DateAnchorSource.None);
        var day = a.AddDays(e.DayOffset);
        // "Yesterday (20th)": the written day wins; look for it in the anchor's month or the one before.
        if (e.CheckDay is { } check && day.Day != check && BareDay(check, a, toleranceDays: 0) is { } written) day = written;
        return Dated(e, PartialDate.OfDay(day), PartialDate.OfDay(day), anchorSource);
    }

    private DateMention ResolveWeekday(DateExpression e)
    {
        if (anchor is not { } a) return Unresolved(e, DateAnchorSource.None);
        var back = ((int)a.DayOfWeek - (int)e.Weekday + 7) % 7;
        var day = e.Direction switch
        {
            WeekdayDirection.Before => a.AddDays(-(back == 0 ? 7 : back)),
            WeekdayDirection.After => a.AddDays((int)e.Weekday - (int)a.DayOfWeek is var ahead && ahead > 0 ? ahead : ahead + 7),
            _ => a.AddDays(-back),
        };
        return Dated(e, PartialDate.OfDay(day), PartialDate.OfDay(day), anchorSource);
    }

    /// <summary>
    /// The year for a month (and day) written without one: the anchor's year unless that puts the date
    /// more than the tolerance after the anchor, then the year before (news reports the past).
    /// Goes further back only when the day does not exist in that year (February 29).
    /// </summary>
    internal static int? InferYear(int month, int? day, DateOnly anchor, int toleranceDays)
    {
        var latest = anchor.AddDays(toleranceDays);
        for (var year = anchor.Year + 1; year >= anchor.Year - MaxYearsBack; year--)
        {
            if (!PartialDate.TryCreate(year, month, day, out var candidate)) continue;
            if (candidate.FirstDay <= latest) return year;
        }
        return null;
    }

    /// <summary>The most recent day numbered <paramref name="day"/> not after the anchor plus the tolerance.</summary>
    internal static DateOnly? BareDay(int day, DateOnly anchor, int toleranceDays)
    {
        var latest = anchor.AddDays(toleranceDays);
        var month = new DateOnly(latest.Year, latest.Month, 1);
        for (var back = 0; back <= MaxMonthsBackForBareDay; back++, month = month.AddMonths(-1))
        {
            if (day > DateTime.DaysInMonth(month.Year, month.Month)) continue;
            var candidate = new DateOnly(month.Year, month.Month, day);
            if (candidate <= latest) return candidate;
        }
        return null;
    }

    private static PartialDate? ToDate(CalendarFields fields) =>
        fields.Year is { } y && PartialDate.TryCreate(y, fields.Month, fields.Day, out var date) ? date : null;

    private DateMention Dated(DateExpression e, PartialDate start, PartialDate end, DateAnchorSource source) =>
        new(e.Span, e.Kind, start, end, source == DateAnchorSource.None ? null : AnchorFor(source), source);

    private DateMention Unresolved(DateExpression e, DateAnchorSource source) =>
        new(e.Span, e.Kind, null, null, source == DateAnchorSource.None ? null : AnchorFor(source), source);

    private DateOnly? AnchorFor(DateAnchorSource source) => source switch
    {
        DateAnchorSource.PreviousMention => previousDay,
        DateAnchorSource.TextYear => textYear is { } y ? new DateOnly(y, 1, 1) : null,
        _ => anchor,
    };
}
