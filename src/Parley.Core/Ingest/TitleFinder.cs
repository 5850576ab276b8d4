using Parley.Cleaning;
using Parley.Text;

namespace Parley.Ingest;

/// <summary>
/// Finds the headline: the first heading-like line of a (cleaned) text that is neither furniture nor a date line.
/// </summary>
public static class TitleFinder
{
    /// <summary>Longest headline taken whole; a longer first line is cut at its first sentence.</summary>
    private const int MaxTitleLength = 300;

    /// <summary>The headline and its span, or null when the text has no line that can be one.</summary>
    public static (string Title, TextSpan Span)? Find(string text)
    {
        foreach (var line in TextLine.Split(text))
        {
            var span = TrimSpan(text, line.Span);
            if (span.IsEmpty) continue;
            var content = span.Of(text);
            if (LineShape.IsLegalNotice(content) || LineShape.IsBreadcrumbOrLinkBar(content) || LineShape.IsControlLine(content)
                || LineShape.IsImageFileName(content) || LineShape.IsLoneUrl(content) || LineShape.IsMenuLine(content))
                continue;
            if (PublishedDateFinder.IsDateLine(content))
            {
                // A scraped date marker may open the first paragraph (" date 2023-08-27 The minister met ..."): the rest is the headline.
                var rest = AfterLeadingDate(text, span);
                if (rest is { } r && LineShape.Words(r.Of(text)).Length >= 4) return Shorten(text, r);
                continue;
            }
            if (LineShape.Words(content).Length < 3) continue;
            return Shorten(text, span);
        }
        return null;
    }

    private static TextSpan? AfterLeadingDate(string text, TextSpan line)
    {
        foreach (var mention in FullDateFinder.FindAll(text, line.Start, line.End))
        {
            var before = text.AsSpan(line.Start, mention.Span.Start - line.Start);
            if (LineShape.Words(before.ToString()).Length > 2) return null;
            var rest = TrimSpan(text, new TextSpan(mention.Span.End, line.End));
            return rest.IsEmpty ? null : rest;
        }
        return null;
    }

    private static (string, TextSpan) Shorten(string text, TextSpan span)
    {
        if (span.Length > MaxTitleLength)
        {
            var content = span.Of(text);
            var stop = content.IndexOf(". ", StringComparison.Ordinal);
            if (stop > 0) span = new TextSpan(span.Start, span.Start + stop + 1);
        }
        return (span.Of(text), span);
    }

    private static TextSpan TrimSpan(string text, TextSpan span)
    {
        var (s, e) = (span.Start, span.End);
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return new TextSpan(s, e);
    }
}
