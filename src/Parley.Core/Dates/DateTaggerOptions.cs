namespace Parley.Dates;

/// <summary>Tuning for <see cref="DateTagger"/>; the defaults suit news that reports past events.</summary>
public sealed record DateTaggerOptions
{
    /// <summary>The defaults.</summary>
    public static DateTaggerOptions Default { get; } = new();

    /// <summary>
    /// How many days after the anchor a year-less date may fall and still be read in the anchor's year.
    /// News mostly reports the past, so "December 28" in an article of January 5 is last December;
    /// a few days of slack keeps "runs until Sept. 19" in a report of September 15 in the same year.
    /// From 0 to 366 days: a year-less date can only be read in the anchor's year or the one before.
    /// </summary>
    public int FutureToleranceDays
    {
        get;
        init => field = value is >= 0 and <= MaxFutureToleranceDays
            ? value
            : throw new ArgumentOutOfRangeException(nameof(FutureToleranceDays), value, $"must be from 0 to {MaxFutureToleranceDays} days");
    } = 7;

    /// <summary>Largest <see cref="FutureToleranceDays"/>: a year (of 366 days).</summary>
    public const int MaxFutureToleranceDays = 366;

    /// <summary>
    /// Treat wire datelines ("BEIJING, Feb. 28 (Xinhua) --") as the anchor for what follows them,
    /// since weekdays and "yesterday" in such reports count from the dateline, not the web page date.
    /// </summary>
    public bool AnchorOnDatelines { get; init; } = true;

    /// <summary>
    /// When the article has no publication date, give year-less dates the year of the nearest earlier
    /// fully dated mention ("on 23 July 2024 … On 24 July"). Off by default: the corpus rule is that
    /// year-less dates resolve to null without a publication date.
    /// </summary>
    public bool InheritYearFromText { get; init; }
}
