namespace Parley.Dates;

/// <summary>Where the date that a mention was resolved against came from.</summary>
public enum DateAnchorSource
{
    /// <summary>Nothing was needed (explicit year, or vague) or nothing was available.</summary>
    None,

    /// <summary>The article's publication date.</summary>
    Published,

    /// <summary>A wire-style dateline earlier in the text ("BEIJING, Feb. 28 (Xinhua) --").</summary>
    Dateline,

    /// <summary>The previous day-precise mention ("the next day" after "On May 11").</summary>
    PreviousMention,

    /// <summary>The year of an earlier fully dated mention, used only when the article has no publication date and that is enabled.</summary>
    TextYear,
}
