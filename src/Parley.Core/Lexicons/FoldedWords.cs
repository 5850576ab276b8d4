namespace Parley.Lexicons;

/// <summary>
/// The words of a text folded the way <see cref="LexiconKey"/> folds names, joined by single spaces in
/// one buffer, so any run of consecutive words is a contiguous slice that can be looked up without allocating.
/// </summary>
internal sealed class FoldedWords
{
    private readonly List<Word> words;

    private FoldedWords(List<Word> words, string folded)
    {
        this.words = words;
        Folded = folded;
    }

    /// <summary>One word: its range in the original text and in <see cref="Folded"/>.</summary>
    public readonly record struct Word(int Start, int End, int KeyStart, int KeyEnd);

    /// <summary>All folded words joined by single spaces.</summary>
    public string Folded { get; }

    /// <summary>Number of words.</summary>
    public int Count => words.Count;

    /// <summary>The i-th word.</summary>
    public Word this[int i] => words[i];

    /// <summary>
    /// Splits <paramref name="text"/> from <paramref name="from"/> into words of letters and digits.
    /// An apostrophe between letters is dropped (Xi'an → xian) except a possessive "'s", which ends the word.
    /// </summary>
    public static FoldedWords Tokenize(string text, int from)
    {
        var words = new List<Word>();
        var buffer = new System.Text.StringBuilder(Math.Max(16, text.Length - from));
        var i = from;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            if (buffer.Length > 0) buffer.Append(' ');
            var start = i;
            var keyStart = buffer.Length;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c)) { buffer.Append(LexiconKey.FoldChar(c)); i++; continue; }
                if (LexiconKey.IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && !IsPossessive(text, i))
                {
                    i++;
                    continue;
                }
                break;
            }
            words.Add(new Word(start, i, keyStart, buffer.Length));
        }
        return new FoldedWords(words, buffer.ToString());
    }

    private static bool IsPossessive(string text, int apostrophe) =>
        apostrophe + 1 < text.Length && text[apostrophe + 1] is 's' or 'S'
        && (apostrophe + 2 >= text.Length || !char.IsLetterOrDigit(text[apostrophe + 2]));
}
