using Parley.Cli.Evaluation;
using Parley.Extraction;
using Parley.Testing;

namespace Parley.Cli.Tests;

/// <summary>
/// <c>parley eval</c> prints exactly what score.py prints for the records <c>parley extract --out</c> writes:
/// per gold folder of the shared corpus, and for all of them merged into one.
/// </summary>
public sealed class EvalAgreementTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Eval_equals_score_py_on_each_gold_folder()
    {
        var shared = SharedCorpus.RequireOrSkip();
        if (shared is null) return;
        var folders = SharedCorpus.GoldFolders(shared);
        folders.ShouldNotBeEmpty();
        foreach (var gold in folders)
        {
            var predictions = _temp[Path.GetFileName(Path.GetDirectoryName(gold)!)];
            var extract = CliRun.Of("extract", Path.GetDirectoryName(gold)!, "--out", predictions);
            extract.ExitCode.ShouldBe(0, extract.Error);

            var eval = CliRun.Of("eval", "--gold", gold, "--per-doc");

            eval.ExitCode.ShouldBe(0, eval.Error);
            eval.Out.ShouldBe(ReferenceScorer.Run(shared, predictions, gold, "--per-doc"), gold);
        }
    }

    [Fact]
    public void Eval_of_several_folders_equals_score_py_on_the_merged_folder()
    {
        var shared = SharedCorpus.RequireOrSkip();
        if (shared is null) return;
        var folders = SharedCorpus.GoldFolders(shared);
        folders.Count.ShouldBeGreaterThan(1, "the union test needs at least two gold folders");
        var mergedGold = _temp["merged-gold"];
        var mergedPredictions = _temp["merged-predictions"];
        Directory.CreateDirectory(mergedGold);
        foreach (var gold in folders)
        {
            foreach (var file in Directory.GetFiles(gold, "*.json")) File.Copy(file, Path.Combine(mergedGold, Path.GetFileName(file)));
            CliRun.Of("extract", Path.GetDirectoryName(gold)!, "--out", mergedPredictions).ExitCode.ShouldBe(0);
        }

        var eval = CliRun.Of(["eval", .. folders.SelectMany(f => new[] { "--gold", f })]);

        eval.ExitCode.ShouldBe(0, eval.Error);
        eval.Out.ShouldBe(ReferenceScorer.Run(shared, mergedPredictions, mergedGold));
    }

    [Fact]
    public void Every_figure_over_all_gold_folders_meets_its_floor()
    {
        var shared = SharedCorpus.RequireOrSkip();
        if (shared is null) return;

        // The same code path as `parley eval --gold A --gold B`.
        var figures = GoldEvaluation.Score(SharedCorpus.GoldFolders(shared), ExtractionPipeline.CreateDefault());

        // The floors the extraction issue sets: a change that costs any of them is a regression, not a trade-off.
        figures.Documents.ShouldBeGreaterThan(0);
        figures.Published.ShouldBeGreaterThanOrEqualTo(0.97, "published");
        figures.People.F1.ShouldBeGreaterThanOrEqualTo(0.95, "people F1");
        figures.Positions.F1.ShouldBeGreaterThanOrEqualTo(0.85, "positions F1");
        figures.Events.F1.ShouldBeGreaterThanOrEqualTo(0.85, "events F1");
        figures.EventDate.ShouldBeGreaterThanOrEqualTo(0.85, "event_date");
        figures.EventLocation.ShouldBeGreaterThanOrEqualTo(0.85, "event_location");
        figures.MetPairs.F1.ShouldBeGreaterThanOrEqualTo(0.85, "met_pairs F1");
        figures.Topics.F1.ShouldBeGreaterThanOrEqualTo(0.70, "topics F1");
        figures.Score.ShouldBeGreaterThanOrEqualTo(0.87, "score");
    }

    [Fact]
    public void Eval_json_reports_the_same_score_as_the_text()
    {
        var shared = SharedCorpus.RequireOrSkip();
        if (shared is null) return;
        var gold = SharedCorpus.GoldFolders(shared)[0];

        var json = CliRun.Of("eval", "--gold", gold, "--json");
        var text = CliRun.Of("eval", "--gold", gold);

        var score = System.Text.Json.JsonDocument.Parse(json.Out).RootElement.GetProperty("score").GetDouble();
        text.Out.ShouldContain($"score           {score.ToString("F3", System.Globalization.CultureInfo.InvariantCulture)}");
    }
}
