using Parley.Text;

namespace Parley.Cleaning;

/// <summary>Why the cleaner kept or removed one line.</summary>
public enum LineReason
{
    /// <summary>Empty or whitespace only; kept as a paragraph break.</summary>
    Blank,
    /// <summary>Body prose: never removed.</summary>
    Prose,
    /// <summary>The page's date line: kept for the date finder.</summary>
    DateLine,
    /// <summary>Headline, subheading, caption or other non-furniture line: kept.</summary>
    Kept,
    /// <summary>A web address on its own.</summary>
    Url,
    /// <summary>A picture's file name.</summary>
    ImageFileName,
    /// <summary>Copyright, licence, registration or "Powered by" notice.</summary>
    LegalNotice,
    /// <summary>Breadcrumb trail or link bar.</summary>
    Breadcrumb,
    /// <summary>Share/print/font-size controls or a view counter.</summary>
    PageControl,
    /// <summary>A navigation menu line.</summary>
    Menu,
    /// <summary>A box of office holders ("Chairman: ... Vice Chairman: ...").</summary>
    Roster,
    /// <summary>Short line in the page header, before the headline.</summary>
    HeaderFurniture,
    /// <summary>Line after the last prose paragraph: related links, bylines, footers.</summary>
    TrailingFurniture,
}

/// <summary>The cleaner's decision on one line of the original text.</summary>
/// <param name="Span">The line in the original text.</param>
/// <param name="Reason">Why it was kept or removed.</param>
public readonly record struct LineVerdict(TextSpan Span, LineReason Reason)
{
    /// <summary>True when the line stays in the cleaned text.</summary>
    public bool IsKept => Reason is LineReason.Blank or LineReason.Prose or LineReason.DateLine or LineReason.Kept;
}
