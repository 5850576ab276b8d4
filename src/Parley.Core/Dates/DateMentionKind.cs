namespace Parley.Dates;

/// <summary>What sort of wording a <see cref="DateMention"/> is, which says how far to trust its resolution.</summary>
public enum DateMentionKind
{
    /// <summary>States its own year: "March 26, 2024", "2024-03-26", "in March 2023", "2024年3月26日".</summary>
    Absolute,

    /// <summary>Month and day without a year ("March 26", "26 March", "Mar. 26"): the year comes from the anchor.</summary>
    DayMonth,

    /// <summary>A bare day of the month ("on 29th"): month and year come from the anchor.</summary>
    DayOnly,

    /// <summary>A month without day or year ("in March"): month precision, year from the anchor.</summary>
    MonthOnly,

    /// <summary>Counted from the anchor or the previous date: "yesterday", "today", "the next day".</summary>
    Relative,

    /// <summary>A weekday name ("on Saturday", "last Monday"): the most recent such day at the anchor.</summary>
    Weekday,

    /// <summary>Time words that name no day or month ("recently", "last year", "in the past"); dates are always null.</summary>
    Vague,
}
