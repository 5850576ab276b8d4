using Parley.Text;

namespace Parley.Extraction.Stages;

/// <summary>Splits the cleaned text into tokens and sentences and finds where the body starts.</summary>
public sealed class SegmentStage : IExtractionStage
{
    public string Name => "segment";

    public void Run(ArticleAnalysis analysis)
    {
        analysis.Tokens = Tokenizer.Tokenize(analysis.Text);
        analysis.Sentences = SentenceSplitter.Split(analysis.Text, analysis.Tokens);

        // The body starts after the headline and the date line, when they open the text.
        var body = 0;
        while (body < analysis.Sentences.Count && body < 3)
        {
            var span = analysis.Sentences[body].Span;
            // A headline is short and has no closing period; a page with no headline starts with its body,
            // whose first sentence must not be skipped even when it was taken as the title.
            var isTitle = analysis.TitleSpan is { } t && t.Overlaps(span) && span.Length < 200
                && analysis.Text[span.End - 1] is not ('.' or '。');
            var isDateLine = analysis.PublishedSpan is { } p && p.Overlaps(span) && span.Length < 80;
            if (!isTitle && !isDateLine) break;
            body++;
        }
        analysis.BodyStart = body;
    }
}
