using Parley.Recognition;

namespace Parley.Extraction.Stages;

/// <summary>Links each person to the titles and organizations written beside their name.</summary>
public sealed class PositionStage(PositionLinker linker) : IExtractionStage
{
    public string Name => "positions";

    public void Run(ArticleAnalysis analysis)
    {
        var bySentence = analysis.Names.GroupBy(n => analysis.SentenceOf(n.Mention.FirstToken).Index);
        foreach (var group in bySentence)
        {
            var sentence = analysis.Sentences[group.Key];
            analysis.Positions.AddRange(linker.Link(analysis.Text, analysis.Tokens, sentence.FirstToken, sentence.EndToken, group.ToList()));
        }
    }
}
