using System.Buffers;
using Parley.Ingest;
using Parley.Text;

namespace Parley.Cleaning;

/// <summary>
/// Removes site furniture from scraped page text by general means: the shape of each line (breadcrumbs, menus,
/// page controls, legal notices, file names, addresses) and its position (header lines before the headline,
/// lines after the last prose paragraph). Prose lines, the headline and the date line are always kept.
/// Whitespace runs inside lines become one space; paragraph breaks (blank lines) are kept.
/// </summary>
public static class TextCleaner
{
    /// <summary>Header lines up to this many words count as "short" (menu items, section names).</summary>
    private const int ShortLineWords = 5;

    /// <summary>Cleans <paramref name="text"/>, keeping a map from each cleaned character to the original.</summary>
    public static CleanedText Clean(string text)
    {
        var verdicts = Explain(text);
        // Each kept line gives at most its own characters plus two breaks, so these buffers never overflow.
        var capacity = text.Length + 2 * verdicts.Count;
        var output = ArrayPool<char>.Shared.Rent(capacity);
        var offsets = ArrayPool<int>.Shared.Rent(capacity);
        var length = 0;
        var pendingBreak = 0; // 1 = line break, 2 = paragraph break, owed before the next kept line
        var breakOffset = 0;
        foreach (var verdict in verdicts)
        {
            if (verdict.Reason == LineReason.Blank) { if (length > 0) pendingBreak = 2; continue; }
            if (!verdict.IsKept) continue;
            for (var i = 0; i < pendingBreak; i++) { output[length] = '\n'; offsets[length++] = breakOffset; }
            length = AppendCollapsed(text, verdict.Span, output, offsets, length);
            pendingBreak = 1;
            breakOffset = Math.Min(verdict.Span.End, Math.Max(0, text.Length - 1));
        }
        var cleaned = new CleanedText(new string(output, 0, length), offsets.AsSpan(0, length));
        ArrayPool<char>.Shared.Return(output);
        ArrayPool<int>.Shared.Return(offsets);
        return cleaned;
    }

    /// <summary>The decision on every line of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<LineVerdict> Explain(string text)
    {
        var lines = TextLine.Split(text);
        var reasons = new LineReason[lines.Count];
        // Each line without its surrounding whitespace, read in place in the text.
        var contents = new TextSpan[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            contents[i] = Trim(text, lines[i].Span);
            reasons[i] = ByShape(text, contents[i]);
        }

        // The text may end in a sentence cut off mid-way (a truncated page); it is body, not a trailing box.
        var lastLine = Array.FindLastIndex(reasons, r => r != LineReason.Blank);
        if (lastLine >= 0 && reasons[lastLine] == LineReason.Kept && LineShape.IsCutOffSentence(Of(text, contents[lastLine])))
            reasons[lastLine] = LineReason.Prose;

        var firstProse = Array.IndexOf(reasons, LineReason.Prose);
        var lastProse = Array.LastIndexOf(reasons, LineReason.Prose);
        if (firstProse >= 0)
        {
            MarkHeader(text, contents, reasons, firstProse);
            for (var i = lastProse + 1; i < reasons.Length; i++)
                if (reasons[i] == LineReason.Kept) reasons[i] = LineReason.TrailingFurniture;
        }
        var verdicts = new List<LineVerdict>(lines.Count);
        for (var i = 0; i < lines.Count; i++) verdicts.Add(new LineVerdict(lines[i].Span, reasons[i]));
        return verdicts;
    }

    private static LineReason ByShape(string text, TextSpan span)
    {
        if (span.IsEmpty) return LineReason.Blank;
        var line = Of(text, span);
        // Order matters: a date line may also look like a control line ("2023-07-24 admin share:"), and prose always wins.
        if (PublishedDateFinder.IsDateLine(text, span)) return LineReason.DateLine;
        if (LineShape.IsLegalNotice(line)) return LineReason.LegalNotice;
        if (LineShape.IsProse(line)) return LineReason.Prose;
        if (LineShape.IsLoneUrl(line)) return LineReason.Url;
        if (LineShape.IsImageFileName(line)) return LineReason.ImageFileName;
        if (LineShape.IsControlLine(line)) return LineReason.PageControl;
        if (LineShape.IsBreadcrumbOrLinkBar(line)) return LineReason.Breadcrumb;
        if (LineShape.IsRosterLine(line)) return LineReason.Roster;
        if (LineShape.IsMenuLine(line)) return LineReason.Menu;
        return LineReason.Kept;
    }

    /// <summary>
    /// Before the first prose line, runs of three or more short lines are a menu, and one- or two-word lines are
    /// section labels; the last line of a run stays when it leads straight into the date line or the prose (the headline).
    /// </summary>
    private static void MarkHeader(string text, TextSpan[] contents, LineReason[] reasons, int firstProse)
    {
        var run = new List<int>();
        for (var i = 0; i <= firstProse; i++)
        {
            var isShort = i < firstProse && reasons[i] == LineReason.Kept && LineShape.IsShort(Of(text, contents[i]), ShortLineWords);
            if (reasons[i] == LineReason.Blank) continue;
            if (isShort) { run.Add(i); continue; }
            if (run.Count >= 3)
            {
                var leadsIn = reasons[i] is LineReason.DateLine or LineReason.Prose;
                var keepLast = leadsIn && SpanWords.Count(Of(text, contents[run[^1]])) >= 3;
                for (var k = 0; k < run.Count - (keepLast ? 1 : 0); k++) reasons[run[k]] = LineReason.HeaderFurniture;
            }
            run.Clear();
        }
        for (var i = 0; i < firstProse; i++)
            if (reasons[i] == LineReason.Kept && LineShape.IsShort(Of(text, contents[i]), 2)) reasons[i] = LineReason.HeaderFurniture;
    }

    private static ReadOnlySpan<char> Of(string text, TextSpan span) => text.AsSpan(span.Start, span.Length);

    private static TextSpan Trim(string text, TextSpan span)
    {
        var (s, e) = (span.Start, span.End);
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return new TextSpan(s, e);
    }

    /// <summary>Writes the line at <paramref name="span"/> with whitespace runs collapsed at <paramref name="length"/>; returns the new length.</summary>
    private static int AppendCollapsed(string text, TextSpan span, char[] output, int[] offsets, int length)
    {
        var (s, e) = (span.Start, span.End);
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        // Every character of every kept line passes here: the runs between whitespace are found with a vectorized
        // search and copied whole, and each whitespace run becomes one space mapped to its first character.
        var i = s;
        while (i < e)
        {
            var rest = text.AsSpan(i, e - i);
            var space = rest.IndexOfAny(WhiteSpace);
            var run = space < 0 ? rest.Length : space;
            rest[..run].CopyTo(output.AsSpan(length));
            for (var k = 0; k < run; k++) offsets[length + k] = i + k;
            length += run;
            i += run;
            if (space < 0) break;
            output[length] = ' ';
            offsets[length++] = i;
            while (i < e && char.IsWhiteSpace(text[i])) i++;
        }
        return length;
    }

    // Exactly the characters char.IsWhiteSpace accepts.
    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace).ToArray());
}
