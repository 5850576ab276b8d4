using System.Text.Json;

namespace Parley.Evaluation;

/// <summary>score.py's <c>loc_match</c>: both present and equal after norm, or one contains the other as words.</summary>
internal static class LocationMatcher
{
    public static bool Matches(JsonElement? predicted, JsonElement? gold) =>
        predicted is not null && gold is not null
        && (ScoreText.Norm(predicted) == ScoreText.Norm(gold) || ScoreText.ContainsWords(predicted, gold));
}
