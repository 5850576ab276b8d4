using Parley.Extraction;
using Parley.Ingest;
using Parley.Model;

namespace Parley.Core.Tests.Extraction;

/// <summary>Runs the default pipeline on a test article written inline.</summary>
internal static class Extract
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    /// <summary>The record of an article with the given body, a headline and (optionally) a date line.</summary>
    public static ArticleRecord From(string body, string? published = "2024-04-07", string headline = "Council Receives Visiting Delegation")
    {
        var text = headline + "\n\n" + (published is null ? "" : published + " 10:00:00\n\n") + body;
        return Pipeline.Extract(new SourceArticle("test", "test.txt", text));
    }

    /// <summary>The analysis (spans and all) of the same article.</summary>
    public static ArticleAnalysis Analyze(string body, string? published = "2024-04-07")
    {
        var text = "Council Receives Visiting Delegation\n\n" + (published is null ? "" : published + " 10:00:00\n\n") + body;
        return Pipeline.Analyze(new SourceArticle("test", "test.txt", text));
    }

    /// <summary>"name|title|org" for every position, for compact assertions.</summary>
    public static IEnumerable<string> Positions(this ArticleRecord record) =>
        record.People.SelectMany(p => p.Positions.Select(q => $"{p.Name}|{q.Title}|{q.Org}"));

    /// <summary>The people's names.</summary>
    public static IEnumerable<string> Names(this ArticleRecord record) => record.People.Select(p => p.Name);
}
