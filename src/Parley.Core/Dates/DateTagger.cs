namespace Parley.Dates;

/// <summary>
/// Finds the date expressions of an English news text and resolves them against the article's
/// publication date (never the wall clock), so the same text always gives the same dates.
/// </summary>
public static class DateTagger
{
    /// <summary>
    /// Every date expression in <paramref name="text"/>, in text order, with its span and resolved dates.
    /// Year-less dates take the most recent year that does not put them more than a few days after
    /// <paramref name="published"/>; without a publication date they resolve to null, while dates with
    /// a written year still resolve. Linear in the text length.
    /// </summary>
    /// <param name="text">The article text.</param>
    /// <param name="published">The article's publication date, or null when the page has none.</param>
    public static IReadOnlyList<DateMention> Find(string text, DateOnly? published) => Find(text, published, DateTaggerOptions.Default);

    /// <summary>As <see cref="Find(string, DateOnly?)"/>, with explicit <paramref name="options"/>.</summary>
    public static IReadOnlyList<DateMention> Find(string text, DateOnly? published, DateTaggerOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        // Resolving steps days, months and years away from the anchor; an anchor in the first or last year
        // DateOnly can hold would step off the calendar. No page is dated there, so such a date anchors nothing.
        if (published is { Year: <= 1 or >= 9999 }) published = null;
        var expressions = DateExpressionParser.Parse(text);
        return new DateResolver(text, published, options).ResolveAll(expressions);
    }

    /// <summary>
    /// True when the mention's first possible day lies after <paramref name="published"/>: the sentence
    /// is then probably about a plan ("will hold the expo on October 12"), not an event that happened.
    /// </summary>
    public static bool IsFutureRelative(DateMention mention, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return mention.Start is { } start && start.FirstDay > published;
    }
}
