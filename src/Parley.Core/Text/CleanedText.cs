namespace Parley.Text;

/// <summary>
/// An article's text after site furniture was removed, with a map from every cleaned
/// character back to its offset in the original text, so evidence spans can be shown
/// in the page as it was scraped.
/// </summary>
public sealed class CleanedText
{
    // The offset map as runs: cleaned characters from runStarts[k] on map to consecutive original offsets
    // from originalStarts[k]. Only removed lines and collapsed whitespace start a new run, so a page needs
    // a few runs per line instead of an offset per character.
    private readonly int[] runStarts;
    private readonly int[] originalStarts;

    /// <param name="text">The cleaned text.</param>
    /// <param name="originalOffsets">For each character of <paramref name="text"/>, its offset in the original; same length as the text.</param>
    public CleanedText(string text, ReadOnlySpan<int> originalOffsets)
    {
        if (originalOffsets.Length != text.Length)
            throw new ArgumentException("One original offset is needed per cleaned character.", nameof(originalOffsets));
        Text = text;
        var runs = 0;
        for (var i = 0; i < originalOffsets.Length; i++)
            if (StartsRun(originalOffsets, i)) runs++;
        runStarts = new int[runs];
        originalStarts = new int[runs];
        var run = 0;
        for (var i = 0; i < originalOffsets.Length; i++)
        {
            if (!StartsRun(originalOffsets, i)) continue;
            runStarts[run] = i;
            originalStarts[run++] = originalOffsets[i];
        }
    }

    private static bool StartsRun(ReadOnlySpan<int> offsets, int i) => i == 0 || offsets[i] != offsets[i - 1] + 1;

    private CleanedText(string text)
    {
        Text = text;
        runStarts = text.Length == 0 ? [] : [0];
        originalStarts = runStarts;
    }

    /// <summary>The cleaned text that every evidence span points into.</summary>
    public string Text { get; }

    /// <summary>Cleaned text that is the original unchanged (identity offsets).</summary>
    public static CleanedText Unchanged(string text) => new(text);

    /// <summary>The original offset of cleaned character <paramref name="cleanedOffset"/>.</summary>
    public int ToOriginal(int cleanedOffset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cleanedOffset);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(cleanedOffset, Text.Length);
        // The last run that starts at or before the offset.
        var run = Array.BinarySearch(runStarts, cleanedOffset);
        if (run < 0) run = ~run - 1;
        return originalStarts[run] + (cleanedOffset - runStarts[run]);
    }

    /// <summary>Maps a cleaned span to the original span that contains the same characters.</summary>
    public TextSpan ToOriginal(TextSpan span)
    {
        if (span.IsEmpty || Text.Length == 0) return span;
        return new TextSpan(ToOriginal(span.Start), ToOriginal(span.End - 1) + 1);
    }
}
