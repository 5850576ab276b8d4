namespace Parley.Dates;

/// <summary>Which occurrence of a named weekday is meant, as the word before it says.</summary>
internal enum WeekdayDirection
{
    /// <summary>"on Monday", "Monday": the most recent one, the anchor day included (news reports the past).</summary>
    OnOrBefore,

    /// <summary>"last Monday": the most recent one strictly before the anchor day.</summary>
    Before,

    /// <summary>"next Monday": the first one strictly after the anchor day.</summary>
    After,
}
