using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Parley.Dates;

/// <summary>
/// A calendar date known to the day or only to the month, as the spec's <c>start</c>/<c>end</c>
/// fields allow. Always valid: the factories refuse "February 30" or month 13.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    private PartialDate(int year, int month, int? day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month, 1–12.</summary>
    public int Month { get; }

    /// <summary>The day of the month, or null when only the month is known.</summary>
    public int? Day { get; }

    /// <summary><see cref="DatePrecision.Day"/> when <see cref="Day"/> is known, else <see cref="DatePrecision.Month"/>.</summary>
    public DatePrecision Precision => Day is null ? DatePrecision.Month : DatePrecision.Day;

    /// <summary>The first calendar day this date can denote (the 1st for a month).</summary>
    public DateOnly FirstDay => new(Year, Month, Day ?? 1);

    /// <summary>The last calendar day this date can denote (the month's last day for a month).</summary>
    public DateOnly LastDay => new(Year, Month, Day ?? DateTime.DaysInMonth(Year, Month));

    /// <summary>A day-precise date.</summary>
    public static PartialDate OfDay(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>A day-precise date; throws when the day does not exist.</summary>
    public static PartialDate OfDay(int year, int month, int day) =>
        TryCreate(year, month, day, out var date) ? date : throw new ArgumentOutOfRangeException(nameof(day), $"{year}-{month}-{day} is not a calendar day.");

    /// <summary>A month-precise date; throws when the month does not exist.</summary>
    public static PartialDate OfMonth(int year, int month) =>
        TryCreate(year, month, null, out var date) ? date : throw new ArgumentOutOfRangeException(nameof(month), $"{year}-{month} is not a calendar month.");

    /// <summary>Builds a date when year, month and (optional) day form a real calendar date.</summary>
    public static bool TryCreate(int year, int month, int? day, out PartialDate date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12) return false;
        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month))) return false;
        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>Parses <c>YYYY-MM-DD</c> or <c>YYYY-MM</c>, the spec's written forms.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate date)
    {
        date = default;
        if (text is null) return false;
        var parts = text.Split('-');
        if (parts.Length is < 2 or > 3 || parts[0].Length != 4) return false;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month))
            return false;
        int? day = null;
        if (parts.Length == 3)
        {
            if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d)) return false;
            day = d;
        }
        return TryCreate(year, month, day, out date);
    }

    /// <summary>Orders by first possible day, then month-precise before day-precise.</summary>
    public int CompareTo(PartialDate other)
    {
        var byDay = FirstDay.CompareTo(other.FirstDay);
        return byDay != 0 ? byDay : Precision.CompareTo(other.Precision);
    }

    /// <summary><c>YYYY-MM-DD</c> or <c>YYYY-MM</c>.</summary>
    public override string ToString() => Day is { } d
        ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{d:D2}")
        : string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
