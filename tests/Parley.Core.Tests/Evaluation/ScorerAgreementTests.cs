using System.Text.Json;
using System.Text.Json.Nodes;
using Parley.Evaluation;
using Parley.Testing;

namespace Parley.Core.Tests.Evaluation;

/// <summary>
/// The C# scorer must report what score.py reports: for every gold folder of the shared corpus and several
/// prediction sets derived from it, every figure (to 1e-9) and every text line.
/// </summary>
public sealed class ScorerAgreementTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("parley-eval-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    public static TheoryData<string> PredictionSets() => ["identical", "empty", "mutated-1", "mutated-2", "mutated-3"];

    [Theory]
    [MemberData(nameof(PredictionSets))]
    public void Figures_and_text_equal_score_py(string set)
    {
        var shared = SharedCorpus.RequireOrSkip();
        if (shared is null) return;
        foreach (var gold in SharedCorpus.GoldFolders(shared))
        {
            var pred = Path.Combine(_temp, Path.GetFileName(Path.GetDirectoryName(gold)!) + "-" + set);
            WritePredictions(gold, pred, set);

            var figures = Scorer.ScoreFolders(pred, gold);
            // Guard against a vacuous comparison: only the identical copy may score perfectly.
            if (set == "identical") figures.Score.ShouldBe(1.0);
            else figures.Score.ShouldBeLessThan(1.0, $"{gold} / {set}");

            var json = JsonNode.Parse(ReferenceScorer.Run(shared, pred, gold, "--json"))!.AsObject();
            AssertFiguresEqual(json, figures, $"{gold} / {set}");
            var text = ReferenceScorer.Run(shared, pred, gold, "--per-doc");
            EvalFiguresFormatter.Format(figures, perDocument: true).ShouldBe(text, $"{gold} / {set}");
        }
    }

    [Fact]
    public void In_memory_pairs_score_like_the_folders()
    {
        var shared = SharedCorpus.RequireOrSkip();
        if (shared is null) return;
        foreach (var gold in SharedCorpus.GoldFolders(shared))
        {
            var pred = Path.Combine(_temp, "mem-" + Path.GetFileName(Path.GetDirectoryName(gold)!));
            WritePredictions(gold, pred, "mutated-2");
            var pairs = Directory.GetFiles(gold, "*.json").Order(StringComparer.Ordinal).Select(g =>
            {
                var p = Path.Combine(pred, Path.GetFileName(g));
                return new ScoringPair(Path.GetFileNameWithoutExtension(g), Parse(g), File.Exists(p) ? Parse(p) : null);
            });
            Scorer.Score(pairs).ShouldBeEquivalentTo(Scorer.ScoreFolders(pred, gold));
        }
    }

    private static JsonElement Parse(string path) => JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();

    private static void WritePredictions(string goldDir, string predDir, string set)
    {
        Directory.CreateDirectory(predDir);
        if (set == "empty") return;
        var seed = set.StartsWith("mutated-", StringComparison.Ordinal) ? int.Parse(set["mutated-".Length..]) : 0;
        // Higher seeds also mutate more, from a few slips to a badly wrong extractor.
        var mutator = new PredictionMutator(seed, rate: 0.15 * seed);
        foreach (var goldPath in Directory.GetFiles(goldDir, "*.json").Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(predDir, Path.GetFileName(goldPath));
            if (seed == 0) { File.Copy(goldPath, target); continue; }
            if (mutator.DropFile()) continue;
            var rec = mutator.Mutate(JsonNode.Parse(File.ReadAllText(goldPath))!.AsObject());
            File.WriteAllText(target, rec.ToJsonString());
        }
    }

    private static void AssertFiguresEqual(JsonObject expected, EvalFigures actual, string context)
    {
        expected["documents"]!.GetValue<int>().ShouldBe(actual.Documents, context);
        Ratio("published", actual.Published);
        Prf("people", actual.People);
        Prf("positions", actual.Positions);
        Prf("events", actual.Events);
        Ratio("event_type", actual.EventType);
        Ratio("event_date", actual.EventDate);
        Ratio("event_location", actual.EventLocation);
        Prf("participants", actual.Participants);
        Prf("met_pairs", actual.MetPairs);
        Prf("topics", actual.Topics);
        Ratio("score", actual.Score);

        void Ratio(string key, double value) =>
            value.ShouldBe(expected[key]!.GetValue<double>(), 1e-9, $"{context}: {key}");

        void Prf(string key, PrfFigures value)
        {
            var a = expected[key]!.AsArray();
            value.Precision.ShouldBe(a[0]!.GetValue<double>(), 1e-9, $"{context}: {key} P");
            value.Recall.ShouldBe(a[1]!.GetValue<double>(), 1e-9, $"{context}: {key} R");
            value.F1.ShouldBe(a[2]!.GetValue<double>(), 1e-9, $"{context}: {key} F1");
        }
    }
}
