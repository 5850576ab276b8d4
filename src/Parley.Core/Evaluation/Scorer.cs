using System.Text.Json;
using Parley.Evaluation.Python;

namespace Parley.Evaluation;

/// <summary>
/// An exact port of shared/tools/score.py (spec §4): the same figures, to the last bit, for any input.
/// Records are read loosely as JSON, never through the typed model, so malformed predictions score as
/// score.py scores them.
/// </summary>
public static class Scorer
{
    /// <summary>
    /// Scores every <c>goldDir/*.json</c> against the file of the same name in <paramref name="predictionsDir"/>;
    /// a missing prediction counts as an empty record.
    /// </summary>
    public static EvalFigures ScoreFolders(string predictionsDir, string goldDir)
    {
        // pathlib's glob("*.json") is case-sensitive and includes dot files; sorted() orders by code point.
        var goldFiles = Directory.EnumerateFiles(goldDir)
            .Where(f => Path.GetFileName(f).EndsWith(".json", StringComparison.Ordinal))
            .OrderBy(f => Path.GetFileName(f), CodePointComparer.Instance)
            .ToList();
        var pairs = goldFiles.Select(goldPath =>
        {
            var predPath = Path.Combine(predictionsDir, Path.GetFileName(goldPath));
            return new ScoringPair(
                Path.GetFileNameWithoutExtension(goldPath),
                Load(goldPath),
                File.Exists(predPath) ? Load(predPath) : null);
        });
        return Score(pairs);
    }

    /// <summary>Scores in-memory pairs, in the order given (score.py's order is sorted file names).</summary>
    public static EvalFigures Score(IEnumerable<ScoringPair> documents)
    {
        var published = new RatioCounter();
        PrfCounter people = new(), positions = new(), events = new();
        RatioCounter evType = new(), evDate = new(), evLoc = new();
        PrfCounter participants = new(), met = new(), topics = new();
        var perDoc = new List<DocumentFigures>();
        var count = 0;

        foreach (var doc in documents)
        {
            count++;
            var gold = doc.Gold;
            var pred = doc.Predicted ?? LooseJson.EmptyObject;
            var orgs = OrgMatcher.ForGold(gold);
            published.Add(LooseJson.PyEquals(LooseJson.Get(pred, "published"), LooseJson.Get(gold, "published")));

            var gp = RecordReading.PeopleNames(gold);
            var pp = RecordReading.PeopleNames(pred);
            people.AddSets(pp, gp);
            var (ptp, pfp, pfn) = MatchPositions(RecordReading.PositionTriples(pred), RecordReading.PositionTriples(gold), orgs);
            positions.Add(ptp, pfp, pfn);

            var gev = RecordReading.Events(gold);
            var pev = RecordReading.Events(pred);
            var pairs = EventPairing.Pair(pev, gev);
            events.Add(pairs.Count, pev.Count - pairs.Count, gev.Count - pairs.Count);
            for (var gi = 0; gi < gev.Count; gi++)
            {
                var g = gev[gi];
                JsonElement? p = pairs.TryGetValue(gi, out var pi) ? pev[pi] : null;
                evType.Add(p is { } pt && LooseJson.PyEquals(LooseJson.Get(pt, "type"), LooseJson.Get(g, "type")));
                evDate.Add(p is { } pd
                    && LooseJson.PyEquals(LooseJson.Get(pd, "start"), LooseJson.Get(g, "start"))
                    && LooseJson.PyEquals(LooseJson.Get(pd, "end"), LooseJson.Get(g, "end")));
                var gLoc = LooseJson.Get(g, "location");
                if (LooseJson.Truthy(gLoc))
                    evLoc.Add(p is { } pl && LocationMatcher.Matches(LooseJson.Get(pl, "location"), gLoc));
                if (p is { } paired)
                {
                    participants.AddSets(RecordReading.Participants(paired), RecordReading.Participants(g));
                    topics.AddSets(RecordReading.Topics(paired), RecordReading.Topics(g));
                }
                else
                {
                    participants.Add(0, 0, RecordReading.Participants(g).Count);
                    topics.Add(0, 0, RecordReading.Topics(g).Count);
                }
            }
            var pairedPred = pairs.Values.ToHashSet();
            for (var i = 0; i < pev.Count; i++)
            {
                if (pairedPred.Contains(i)) continue;
                participants.Add(0, RecordReading.Participants(pev[i]).Count, 0);
                topics.Add(0, RecordReading.Topics(pev[i]).Count, 0);
            }
            var predMet = RecordReading.MetPairs(pred);
            var goldMet = RecordReading.MetPairs(gold);
            met.AddSets(predMet, goldMet);

            var docPeople = new PrfCounter();
            docPeople.AddSets(pp, gp);
            var docMet = new PrfCounter();
            docMet.AddSets(predMet, goldMet);
            perDoc.Add(new(doc.Id, docPeople.F1(), pairs.Count, gev.Count, pev.Count, docMet.F1()));
        }

        return new EvalFigures
        {
            Documents = count,
            Published = published.Value(),
            People = people.ToFigures(),
            Positions = positions.ToFigures(),
            Events = events.ToFigures(),
            EventType = evType.Value(),
            EventDate = evDate.Value(),
            EventLocation = evLoc.Value(),
            Participants = participants.ToFigures(),
            MetPairs = met.ToFigures(),
            Topics = topics.ToFigures(),
            // Python 3.11's sum() adds left to right from int 0; 0 + x is exact, so this is bit-identical.
            Score = (people.F1() + positions.F1() + events.F1() + evDate.Value() + met.F1()) / 5,
            PerDocument = perDoc,
        };
    }

    /// <summary>Reads one record file as json.loads would (duplicate keys: the last wins).</summary>
    private static JsonElement Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path, System.Text.Encoding.UTF8));
        return doc.RootElement.Clone();
    }

    // match_positions: each gold triple takes the first unused predicted triple that matches.
    private static (long Tp, long Fp, long Fn) MatchPositions(
        List<RecordReading.PositionTriple> pred, List<RecordReading.PositionTriple> gold, OrgMatcher orgs)
    {
        var used = new HashSet<int>();
        long tp = 0;
        foreach (var g in gold)
        {
            for (var i = 0; i < pred.Count; i++)
            {
                var p = pred[i];
                if (used.Contains(i) || p.Name != g.Name || p.Title != g.Title || !orgs.Matches(p.Org, g.Org)) continue;
                used.Add(i);
                tp++;
                break;
            }
        }
        return (tp, pred.Count - tp, gold.Count - tp);
    }
}
