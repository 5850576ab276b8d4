namespace Parley.Cli.Rendering;

/// <summary>How an event's dates read in a table.</summary>
internal static class DateRange
{
    /// <summary><c>2024-03-14</c>, <c>2024-03-14 – 2024-03-16</c>, or <c>?</c> when undated.</summary>
    public static string Of(string? start, string? end) =>
        start is null ? "?" : end is null || end == start ? start : $"{start} – {end}";
}
