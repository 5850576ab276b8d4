using Parley.Text;

namespace Parley.Dates;

/// <summary>
/// One date expression found in a text, with the dates it denotes once resolved.
/// A single day has <see cref="Start"/> == <see cref="End"/>; a range ("From February 7 to 10")
/// has both ends; both are null when the wording names no date ("recently") or needs an anchor
/// that was not available (no publication date).
/// </summary>
/// <param name="Span">The characters of the expression, e.g. "March 26" or "Yesterday (20th)".</param>
/// <param name="Kind">What sort of wording it is.</param>
/// <param name="Start">First day (or month) denoted, or null.</param>
/// <param name="End">Last day (or month) denoted, or null.</param>
/// <param name="Anchor">The date the expression was resolved against, or null when none was used.</param>
/// <param name="AnchorSource">Where <paramref name="Anchor"/> came from.</param>
/// <param name="IsDateline">True for the date of a wire dateline ("BEIJING, Feb. 28 (Xinhua)"), which dates the report rather than an event.</param>
public sealed record DateMention(
    TextSpan Span,
    DateMentionKind Kind,
    PartialDate? Start,
    PartialDate? End,
    DateOnly? Anchor,
    DateAnchorSource AnchorSource,
    bool IsDateline = false)
{
    /// <summary>True when the mention denotes more than one day or month.</summary>
    public bool IsRange => Start is { } s && End is { } e && s != e;

    /// <summary>True when the mention resolved to a date.</summary>
    public bool IsResolved => Start is not null;
}
