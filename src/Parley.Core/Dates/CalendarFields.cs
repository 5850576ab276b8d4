namespace Parley.Dates;

/// <summary>
/// The parts of a date as written, before any year or month is inferred: "March 26" has no year,
/// "on 29th" has neither month nor year (<see cref="Month"/> 0), "in March" has no day.
/// </summary>
/// <param name="Year">The year if written.</param>
/// <param name="Month">The month 1–12, or 0 when not written.</param>
/// <param name="Day">The day of the month if written.</param>
internal readonly record struct CalendarFields(int? Year, int Month, int? Day);
