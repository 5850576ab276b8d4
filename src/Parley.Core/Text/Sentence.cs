namespace Parley.Text;

/// <summary>A sentence (or a heading line) as a run of tokens.</summary>
/// <param name="Index">Position among the article's sentences.</param>
/// <param name="FirstToken">Index of its first token in the article's token list.</param>
/// <param name="TokenCount">Number of tokens.</param>
/// <param name="Span">Its extent in the cleaned text.</param>
/// <param name="Paragraph">Index of the paragraph (blank-line separated block) it belongs to.</param>
public sealed record Sentence(int Index, int FirstToken, int TokenCount, TextSpan Span, int Paragraph)
{
    /// <summary>Index one past its last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
