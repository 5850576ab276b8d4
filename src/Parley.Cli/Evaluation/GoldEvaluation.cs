using System.Text.Json;
using Parley.Evaluation;
using Parley.Extraction;
using Parley.Ingest;

namespace Parley.Cli.Evaluation;

/// <summary>
/// Scores the pipeline against gold folders laid out as in <c>shared/corpus/*/</c>: gold records in
/// <c>DIR/ID.json</c>, the articles they describe beside the folder in <c>DIR/../ID.txt</c> (or .html, .htm).
/// Extraction and scoring happen in memory through <see cref="Scorer.Score"/>, so the figures equal
/// score.py's over the records <c>parley extract --out</c> writes.
/// </summary>
public static class GoldEvaluation
{
    private static readonly string[] ArticleExtensions = [".txt", ".html", ".htm"];

    /// <summary>
    /// Extracts and scores every document of every folder; several folders are scored as one merged folder
    /// (micro-averaged over all documents). <paramref name="warn"/> hears about gold records with no article.
    /// </summary>
    public static EvalFigures Score(IReadOnlyList<string> goldFolders, ExtractionPipeline pipeline, Action<string>? warn = null) =>
        Scorer.Score(Pairs(goldFolders, pipeline, warn).OrderBy(p => p.Id, StringComparer.Ordinal).ToList());

    private static IEnumerable<ScoringPair> Pairs(IReadOnlyList<string> goldFolders, ExtractionPipeline pipeline, Action<string>? warn)
    {
        var reader = new ArticleReader();
        foreach (var folder in goldFolders)
        {
            var articles = Path.GetDirectoryName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))!;
            // score.py globs "*.json" case-sensitively.
            foreach (var goldPath in Directory.EnumerateFiles(folder).Where(f => Path.GetFileName(f).EndsWith(".json", StringComparison.Ordinal)))
            {
                var id = Path.GetFileNameWithoutExtension(goldPath);
                JsonElement gold;
                using (var doc = JsonDocument.Parse(File.ReadAllText(goldPath)))
                    gold = doc.RootElement.Clone();
                var article = ArticleExtensions.Select(ext => Path.Combine(articles, id + ext)).FirstOrDefault(File.Exists);
                var read = article is null ? null : reader.Read([article]).OfType<ArticleRead>().FirstOrDefault();
                if (read is null) warn?.Invoke($"{goldPath}: no readable article {id}.txt/.html/.htm in {articles}; scored as an empty prediction");
                yield return ScoringPair.FromPrediction(id, gold, read is null ? null : pipeline.Extract(read.Article));
            }
        }
    }
}
