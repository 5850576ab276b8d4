using System.Globalization;

namespace Parley.Store.Identity;

/// <summary>
/// The days something was seen on, from the first to the last, as the store writes dates
/// (<c>YYYY-MM-DD</c>, or <c>YYYY-MM</c> when only the month is known); null ends are unknown.
/// </summary>
/// <param name="First">The earliest date, or null when unknown.</param>
/// <param name="Last">The latest date, or null when unknown.</param>
internal readonly record struct DateSpan(string? First, string? Last)
{
    /// <summary>A span of one date (or of nothing known when it is null).</summary>
    public static DateSpan Of(string? date) => new(date, date);

    /// <summary>
    /// Days between the two spans: 0 when they overlap, null when either has an unknown end. Partial dates
    /// count from their first day, which is close enough for telling "same time" from "years apart".
    /// </summary>
    public int? DaysApart(DateSpan other)
    {
        if (Day(First) is not { } first || Day(Last) is not { } last || Day(other.First) is not { } otherFirst || Day(other.Last) is not { } otherLast)
            return null;
        return Math.Max(0, Math.Max(otherFirst.DayNumber - last.DayNumber, first.DayNumber - otherLast.DayNumber));
    }

    private static DateOnly? Day(string? date) =>
        date is not null && DateOnly.TryParseExact(date, ["yyyy-MM-dd", "yyyy-MM", "yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
}
