using Parley.Recognition;

namespace Parley.Extraction.Stages;

/// <summary>
/// Links each person to the titles and organizations written beside their name, and to the titles a
/// later sentence gives a group of them ("The three are members of …").
/// </summary>
public sealed class PositionStage(PositionLinker linker, GroupSubjectTitles groups) : IExtractionStage
{
    /// <summary>The stage over the default group reader.</summary>
    public PositionStage(PositionLinker linker) : this(linker, GroupSubjectTitles.Default)
    {
    }

    public string Name => "positions";

    public void Run(ArticleAnalysis analysis)
    {
        var bySentence = analysis.Names.GroupBy(n => analysis.SentenceOf(n.Mention.FirstToken).Index);
        foreach (var group in bySentence)
        {
            var sentence = analysis.Sentences[group.Key];
            analysis.Positions.AddRange(linker.Link(analysis.Text, analysis.Tokens, sentence.FirstToken, sentence.EndToken, group.ToList()));
        }
        LinkGroupSubjects(analysis);
    }

    private void LinkGroupSubjects(ArticleAnalysis analysis)
    {
        List<(int Token, PersonName Person)>? mentions = null;
        for (var s = analysis.BodyStart; s < analysis.Sentences.Count; s++)
        {
            var sentence = analysis.Sentences[s];
            if (!GroupSubjectTitles.OpensWithGroup(analysis.Tokens, sentence.FirstToken, sentence.EndToken)) continue;
            mentions ??= Mentions(analysis);
            var latestFirst = new List<PersonName>();
            for (var m = mentions.Count - 1; m >= 0; m--)
                if (mentions[m].Token < sentence.FirstToken && !latestFirst.Contains(mentions[m].Person)) latestFirst.Add(mentions[m].Person);
            analysis.Positions.AddRange(groups.Read(analysis.Text, analysis.Tokens, sentence.FirstToken, sentence.EndToken, latestFirst));
        }
    }

    // Every full and short mention of a person, in text order.
    private static List<(int Token, PersonName Person)> Mentions(ArticleAnalysis analysis)
    {
        var byName = new Dictionary<string, PersonName>(StringComparer.Ordinal);
        foreach (var name in analysis.Names) byName.TryAdd(name.Name, name);
        return analysis.Names.Select(n => (n.Mention.FirstToken, n))
            .Concat(analysis.ShortMentions.Where(m => byName.ContainsKey(m.FullName)).Select(m => (m.Mention.FirstToken, byName[m.FullName])))
            .OrderBy(m => m.Item1)
            .ToList();
    }
}
