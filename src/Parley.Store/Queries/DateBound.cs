using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Parley.Dates;

namespace Parley.Store.Queries;

/// <summary>
/// One end of a date range as a person types it: a year (<c>2023</c>), a month (<c>2023-05</c>) or a day
/// (<c>2023-05-17</c>). Stored event dates are text in the same shapes, so bounds compare as text; a bound
/// and an event date of different precision match when one contains the other (May 2023 is on or after
/// 2023-05-17, and on or before it, because it may be that day).
/// </summary>
public sealed record DateBound
{
    private DateBound(string value) => Value = value;

    /// <summary>The bound as written: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    public string Value { get; }

    /// <summary>Parses a year, a month or a day; false for anything else, including days that do not exist.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out DateBound? bound)
    {
        bound = null;
        if (text is null) return false;
        text = text.Trim();
        var valid = text.Length == 4
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1
            : PartialDate.TryParse(text, out _);
        if (valid) bound = new DateBound(text);
        return valid;
    }

    /// <summary>Parses a year, a month or a day.</summary>
    /// <exception cref="FormatException">The text is none of the three.</exception>
    public static DateBound Parse(string text) =>
        TryParse(text, out var bound) ? bound : throw new FormatException($"'{text}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.");

    /// <inheritdoc/>
    public override string ToString() => Value;
}
