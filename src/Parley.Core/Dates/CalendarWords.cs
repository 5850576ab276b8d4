namespace Parley.Dates;

/// <summary>English month and weekday names with the casing rules that keep ordinary words ("may", "march") out.</summary>
internal static class CalendarWords
{
    /// <summary>Full month names, lower case, January first.</summary>
    internal static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] WeekdayNames =
        ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>
    /// Reads a month name ("March", "MARCH") or abbreviation ("Mar", "Sept"). "May" and "March" must be
    /// capitalized, since lower-case they are a verb; the others are accepted in any case because
    /// machine-translated pages often write "january".
    /// </summary>
    public static bool TryMonth(ReadOnlySpan<char> word, out int month, out bool abbreviated)
    {
        month = 0;
        abbreviated = false;
        if (word.Length < 3 || word.Length > 9) return false;
        var capitalized = IsCapitalizedOrUpper(word);
        for (var m = 0; m < 12; m++)
        {
            var name = MonthNames[m];
            if (word.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                if (!capitalized && m is 2 or 4) return false;
                month = m + 1;
                return true;
            }
        }
        // Abbreviations are short and collide with words ("Dec" is rare, "Mar" is a verb in French), so they must be capitalized.
        if (!capitalized || word.Length > 4) return false;
        for (var m = 0; m < 12; m++)
        {
            if (m == 4) continue; // "May" is already its full name
            if (word.Length == 3 && word.Equals(MonthNames[m].AsSpan(0, 3), StringComparison.OrdinalIgnoreCase)
                || m == 8 && word.Equals("sept", StringComparison.OrdinalIgnoreCase))
            {
                month = m + 1;
                abbreviated = true;
                return true;
            }
        }
        return false;
    }

    /// <summary>Reads a full weekday name ("Monday", "MONDAY", "monday").</summary>
    public static bool TryWeekday(ReadOnlySpan<char> word, out DayOfWeek day)
    {
        day = default;
        if (word.Length < 6 || word.Length > 9) return false;
        for (var d = 0; d < 7; d++)
        {
            if (word.Equals(WeekdayNames[d], StringComparison.OrdinalIgnoreCase))
            {
                day = (DayOfWeek)d;
                return true;
            }
        }
        return false;
    }

    /// <summary>The most days a month can ever have (February counts 29), to refuse "February 30" before any year is known.</summary>
    public static int MaxDaysInMonth(int month) => month == 2 ? 29 : DateTime.DaysInMonth(2001, month);

    private static bool IsCapitalizedOrUpper(ReadOnlySpan<char> word)
    {
        if (!char.IsUpper(word[0])) return false;
        var allUpper = true;
        var restLower = true;
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i])) restLower = false;
            else allUpper = false;
        }
        return allUpper || restLower;
    }
}
