namespace Parley.Text;

/// <summary>
/// The strings of multi-character tokens and their lower case, shared across the articles one thread reads.
/// News vocabulary repeats: most words of an article were seen in earlier ones, so looking the characters up
/// here (by span, without a string) costs less than a fresh value and lower-case string per token, which were
/// the largest allocation of the whole extraction.
/// </summary>
/// <remarks>
/// One table per thread, so the pipeline stays thread-safe without locks. The table is emptied when it holds
/// <see cref="Capacity"/> words, which bounds its memory on endless or adversarial input (every word new).
/// Long tokens are not kept: they are rare and rarely repeat.
/// </remarks>
internal static class WordStrings
{
    private const int Capacity = 50_000;
    private const int LongestKept = 40;

    // Value → its lower case (the same instance when lower-casing changes nothing), with its span look-up made once
    // (GetAlternateLookup checks the comparer's type on every call).
    private sealed class Table
    {
        public readonly Dictionary<string, string> LowerByValue;
        public readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BySpan;

        public Table()
        {
            LowerByValue = new Dictionary<string, string>(StringComparer.Ordinal);
            BySpan = LowerByValue.GetAlternateLookup<ReadOnlySpan<char>>();
        }
    }

    [ThreadStatic] private static Table? table;

    /// <summary>The string of <paramref name="chars"/> and its lower case (as <see cref="CharacterStrings.LowerOf"/>).</summary>
    public static (string Value, string Lower) Of(ReadOnlySpan<char> chars)
    {
        if (chars.Length > LongestKept)
        {
            var value = chars.ToString();
            return (value, CharacterStrings.LowerOf(value));
        }
        var words = table ??= new Table();
        if (words.BySpan.TryGetValue(chars, out var known, out var knownLower)) return (known, knownLower);
        if (words.LowerByValue.Count >= Capacity) words.LowerByValue.Clear();
        var added = chars.ToString();
        var lower = CharacterStrings.LowerOf(added);
        words.LowerByValue[added] = lower;
        return (added, lower);
    }
}
