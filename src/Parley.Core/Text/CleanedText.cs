namespace Parley.Text;

/// <summary>
/// An article's text after site furniture was removed, with a map from every cleaned
/// character back to its offset in the original text, so evidence spans can be shown
/// in the page as it was scraped.
/// </summary>
public sealed class CleanedText
{
    private readonly int[] originalOffsets;

    /// <param name="text">The cleaned text.</param>
    /// <param name="originalOffsets">For each character of <paramref name="text"/>, its offset in the original; same length as the text.</param>
    public CleanedText(string text, int[] originalOffsets)
    {
        if (originalOffsets.Length != text.Length)
            throw new ArgumentException("One original offset is needed per cleaned character.", nameof(originalOffsets));
        Text = text;
        this.originalOffsets = originalOffsets;
    }

    /// <summary>The cleaned text that every evidence span points into.</summary>
    public string Text { get; }

    /// <summary>Cleaned text that is the original unchanged (identity offsets).</summary>
    public static CleanedText Unchanged(string text)
    {
        var offsets = new int[text.Length];
        for (var i = 0; i < offsets.Length; i++) offsets[i] = i;
        return new CleanedText(text, offsets);
    }

    /// <summary>The original offset of cleaned character <paramref name="cleanedOffset"/>.</summary>
    public int ToOriginal(int cleanedOffset) => originalOffsets[cleanedOffset];

    /// <summary>Maps a cleaned span to the original span that contains the same characters.</summary>
    public TextSpan ToOriginal(TextSpan span)
    {
        if (span.IsEmpty || Text.Length == 0) return span;
        return new TextSpan(originalOffsets[span.Start], originalOffsets[span.End - 1] + 1);
    }
}
