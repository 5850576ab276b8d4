using Parley.Text;

namespace Parley.Dates;

/// <summary>
/// A date expression as the parser read it, before resolution against an anchor.
/// Which fields matter depends on <see cref="Kind"/>.
/// </summary>
/// <param name="Span">The characters of the expression.</param>
/// <param name="Kind">What sort of wording it is.</param>
internal sealed record DateExpression(TextSpan Span, DateMentionKind Kind)
{
    /// <summary>The written parts of the (first) date.</summary>
    public CalendarFields From { get; init; }

    /// <summary>The written parts of a range's last date, or null for a single date.</summary>
    public CalendarFields? To { get; init; }

    /// <summary>
    /// For "03/04/2024" where both readings are possible: the day-first reading, while <see cref="From"/>
    /// holds the month-first one. The resolver picks the one nearer the anchor.
    /// </summary>
    public CalendarFields? AlternativeFrom { get; init; }

    /// <summary>For <see cref="DateMentionKind.Relative"/>: days from the anchor (yesterday −1) or from the previous mention.</summary>
    public int DayOffset { get; init; }

    /// <summary>For "the next day" / "the same day": count from the previous day-precise mention, not the anchor.</summary>
    public bool FromPreviousMention { get; init; }

    /// <summary>A day of the month given in parentheses ("Yesterday (20th)"), which wins over the counted day.</summary>
    public int? CheckDay { get; init; }

    /// <summary>For <see cref="DateMentionKind.Weekday"/>: the named day.</summary>
    public DayOfWeek Weekday { get; init; }

    /// <summary>For <see cref="DateMentionKind.Weekday"/>: which occurrence.</summary>
    public WeekdayDirection Direction { get; init; }
}
