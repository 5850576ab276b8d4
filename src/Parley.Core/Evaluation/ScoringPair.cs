using System.Text.Json;
using Parley.Model;

namespace Parley.Evaluation;

/// <summary>One document to score: its gold record and the prediction (null when there is none).</summary>
/// <param name="Id">The document's name, as the gold file's stem.</param>
/// <param name="Gold">The gold record as loaded JSON.</param>
/// <param name="Predicted">The predicted record as loaded JSON; null counts as an empty record.</param>
public sealed record ScoringPair(string Id, JsonElement Gold, JsonElement? Predicted)
{
    /// <summary>Pairs a gold JSON document with a record the pipeline produced.</summary>
    public static ScoringPair FromPrediction(string id, JsonElement gold, ArticleRecord? predicted) =>
        new(id, gold, predicted is null ? null : ToJson(predicted));

    /// <summary>Pairs two typed records (both go through the spec JSON shape first).</summary>
    public static ScoringPair FromRecords(ArticleRecord gold, ArticleRecord? predicted) =>
        FromPrediction(gold.Id, ToJson(gold), predicted);

    // Scoring always works on the JSON shape, so an in-memory score equals the score of the written files.
    private static JsonElement ToJson(ArticleRecord record) =>
        JsonSerializer.SerializeToElement(record, RecordJson.Compact);
}
