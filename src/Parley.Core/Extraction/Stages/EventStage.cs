using Parley.Events;

namespace Parley.Extraction.Stages;

/// <summary>Frames engagements (see <see cref="EventFramer"/>) and labels their topics.</summary>
public sealed class EventStage(EventFramer framer, TopicClassifier topics) : IExtractionStage
{
    public string Name => "events";

    public void Run(ArticleAnalysis analysis)
    {
        framer.Frame(analysis);
        foreach (var e in analysis.Events)
            e.Topics.AddRange(topics.Classify(analysis.Tokens, e.Sentences.Select(s => analysis.Sentences[s])));
    }
}
