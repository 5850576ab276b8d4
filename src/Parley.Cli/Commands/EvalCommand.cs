using System.CommandLine;
using System.Text.Json;
using Parley.Cli.Evaluation;
using Parley.Evaluation;
using Parley.Extraction;

namespace Parley.Cli.Commands;

/// <summary><c>parley eval</c>: scores extraction against gold records, printing score.py's figures.</summary>
public static class EvalCommand
{
    /// <summary>The command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var gold = new Option<string[]>("--gold")
        {
            Description = "A folder of gold records ID.json; the articles are ID.txt/.html/.htm in its parent folder. Repeat to score several folders together. Example: --gold ../shared/corpus/dev/gold",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
            HelpName = "DIR",
        };
        var perDoc = new Option<bool>("--per-doc") { Description = "Also print one line per document (people F1, paired events, met-pairs F1). Example: --per-doc" };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON instead of text. Example: --json" };
        var command = new Command("eval", """
            Extract every article that has a gold record and score the predictions as shared/tools/score.py
            does (same figures, same text). Several --gold folders are scored as one merged folder.
            Does not touch the knowledge base.
            Examples: parley eval --gold ../shared/corpus/dev/gold
                      parley eval --gold ../shared/corpus/dev/gold --gold ../shared/corpus/seeds/gold --per-doc
            """) { gold, perDoc, json };
        command.SetAction(parse => Run(console, parse.GetValue(gold)!, parse.GetValue(perDoc), parse.GetValue(json)));
        return command;
    }

    private static int Run(CliConsole console, string[] goldFolders, bool perDoc, bool json)
    {
        var missing = goldFolders.Where(f => !Directory.Exists(f)).ToList();
        if (missing.Count > 0)
        {
            foreach (var folder in missing) console.Error.WriteLine($"no such gold folder: {folder}");
            return 2;
        }
        var figures = GoldEvaluation.Score(goldFolders, ExtractionPipeline.CreateDefault(), console.Error.WriteLine);
        console.Out.Write(json ? ToJson(figures) + "\n" : EvalFiguresFormatter.Format(figures, perDoc));
        return 0;
    }

    /// <summary>The figures under score.py's <c>--json</c> keys; P/R/F1 figures are [P, R, F1] arrays.</summary>
    private static string ToJson(EvalFigures f)
    {
        double[] Prf(PrfFigures p) => [p.Precision, p.Recall, p.F1];
        var figures = new Dictionary<string, object>
        {
            ["documents"] = f.Documents,
            ["published"] = f.Published,
            ["people"] = Prf(f.People),
            ["positions"] = Prf(f.Positions),
            ["events"] = Prf(f.Events),
            ["event_type"] = f.EventType,
            ["event_date"] = f.EventDate,
            ["event_location"] = f.EventLocation,
            ["participants"] = Prf(f.Participants),
            ["met_pairs"] = Prf(f.MetPairs),
            ["topics"] = Prf(f.Topics),
            ["score"] = f.Score,
        };
        return JsonSerializer.Serialize(figures, new JsonSerializerOptions { WriteIndented = true });
    }
}
