using System.Text.Json;
using Parley.Evaluation.Python;

namespace Parley.Evaluation;

/// <summary>score.py's <c>pair_events</c>: greedy one-to-one pairing of predicted and gold events.</summary>
internal static class EventPairing
{
    private readonly record struct Candidate(double Jaccard, bool SameType, bool SameStart, int Gold, int Predicted);

    /// <summary>Gold index → predicted index of every pair.</summary>
    public static Dictionary<int, int> Pair(IReadOnlyList<JsonElement> predicted, IReadOnlyList<JsonElement> gold)
    {
        var predParts = predicted.Select(RecordReading.Participants).ToList();
        var candidates = new List<Candidate>();
        for (var gi = 0; gi < gold.Count; gi++)
        {
            var gp = RecordReading.Participants(gold[gi]);
            for (var pi = 0; pi < predicted.Count; pi++)
            {
                var pp = predParts[pi];
                var common = gp.Count(pp.Contains);
                var union = gp.Count + pp.Count - common;
                var jac = union != 0 ? (double)common / union : 0.0;
                var sameType = LooseJson.PyEquals(LooseJson.Get(predicted[pi], "type"), LooseJson.Get(gold[gi], "type"));
                var sameStart = LooseJson.PyEquals(LooseJson.Get(predicted[pi], "start"), LooseJson.Get(gold[gi], "start"));
                if (jac >= 0.3 || (gp.Count == 0 && pp.Count == 0 && sameType && sameStart))
                    candidates.Add(new(jac, sameType, sameStart, gi, pi));
            }
        }
        // Python's sort(reverse=True) is stable: equal keys keep the gold-major, predicted-minor order.
        // LINQ's OrderByDescending is stable too, so ties resolve identically.
        var ordered = candidates
            .OrderByDescending(c => c.Jaccard)
            .ThenByDescending(c => c.SameType)
            .ThenByDescending(c => c.SameStart);
        var pairs = new Dictionary<int, int>();
        var predUsed = new HashSet<int>();
        foreach (var c in ordered)
        {
            if (pairs.ContainsKey(c.Gold) || predUsed.Contains(c.Predicted)) continue;
            pairs[c.Gold] = c.Predicted;
            predUsed.Add(c.Predicted);
        }
        return pairs;
    }
}
