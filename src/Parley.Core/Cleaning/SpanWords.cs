namespace Parley.Cleaning;

/// <summary>
/// The whitespace-separated words of a span, as slices of it: the same words as
/// <c>string.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)</c>, without allocating,
/// because the line tests run on every line of every page.
/// </summary>
internal readonly ref struct SpanWords(ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> text = text;

    /// <summary>Number of words.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { inWord = false; continue; }
            if (!inWord) count++;
            inWord = true;
        }
        return count;
    }

    /// <summary>Enumerates the words left to right.</summary>
    public Enumerator GetEnumerator() => new(text);

    /// <summary>Walks the words of a span.</summary>
    public ref struct Enumerator(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> text = text;
        private int next;

        /// <summary>The current word.</summary>
        public ReadOnlySpan<char> Current { get; private set; }

        /// <summary>Moves to the next word; false past the last one.</summary>
        public bool MoveNext()
        {
            var i = next;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i == text.Length) return false;
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            Current = text[start..i];
            next = i;
            return true;
        }
    }
}
