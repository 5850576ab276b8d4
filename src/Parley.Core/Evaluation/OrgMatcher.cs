using System.Text.Json;
using Parley.Evaluation.Python;

namespace Parley.Evaluation;

/// <summary>score.py's <c>org_match</c> with the gold record's alias groups (<c>alias_groups</c>).</summary>
internal sealed class OrgMatcher
{
    private readonly List<HashSet<string?>> _groups;

    private OrgMatcher(List<HashSet<string?>> groups) => _groups = groups;

    /// <summary><c>alias_groups(gold)</c>: each group's names, normalized.</summary>
    public static OrgMatcher ForGold(JsonElement gold) =>
        new(LooseJson.IterateOrEmpty(LooseJson.Get(gold, "aliases"))
            .Select(g => LooseJson.IterateOrEmpty(g).Select(x => ScoreText.Norm(x)).ToHashSet())
            .ToList());

    /// <summary>
    /// True when the gold org is None, or the orgs are equal after norm, contain one another as words,
    /// share half their words (Jaccard ≥ 0.5), or fall in one alias group.
    /// </summary>
    public bool Matches(JsonElement? predicted, JsonElement? gold)
    {
        if (gold is null) return true;
        if (predicted is null) return false;
        var np = ScoreText.Norm(predicted);
        var ng = ScoreText.Norm(gold);
        if (np == ng || ScoreText.ContainsWords(predicted, gold)) return true;
        var wp = ScoreText.Words(predicted);
        var wg = ScoreText.Words(gold);
        if (wp.Count > 0 && wg.Count > 0)
        {
            var common = wp.Count(wg.Contains);
            if ((double)common / (wp.Count + wg.Count - common) >= 0.5) return true;
        }
        return _groups.Any(g => g.Contains(np) && g.Contains(ng));
    }
}
