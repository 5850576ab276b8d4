using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parley.Cli.Rendering;
using Parley.Model;
using Parley.Store.Identity;

namespace Parley.Cli.Commands;

/// <summary><c>parley why-same</c>: the evidence and score behind two people being, or not being, one entity.</summary>
public static class WhySameCommand
{
    /// <summary>The command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var first = new Argument<string>("a") { Description = "A person: a name or an id such as P12." };
        var second = new Argument<string>("b") { Description = "Another person: a name or an id such as P15." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON. Example: --json" };
        var db = DatabaseOption.Create();
        var command = new Command("why-same", """
            Explain why two people are one entity or two: the score the resolver gives their contexts
            (organizations, places, sector, titles, co-participants, dates, name forms), each finding with its
            points, how every mention was resolved, and the merges and splits that concern both.
            Examples: parley why-same P3 P7
                      parley why-same "Peng Rui" "Rui Peng" --json
            """) { first, second, json, db };
        command.SetAction(parse => Run(console, parse.GetValue(first)!, parse.GetValue(second)!, parse.GetValue(json), parse.GetValue(db)!));
        return command;
    }

    private static int Run(CliConsole console, string first, string second, bool json, string dbPath)
    {
        using var store = KnowledgeBaseFile.OpenExisting(console, dbPath);
        if (store is null) return 2; // as for a missing knowledge base in the other reading commands
        if (PersonReference.Resolve(console, store, first, out var exitCode) is not { } a) return exitCode;
        if (PersonReference.Resolve(console, store, second, out exitCode) is not { } b) return exitCode;
        var report = SamePersonExplainer.Explain(store, a, b);
        if (json)
        {
            console.Out.WriteLine(JsonSerializer.Serialize(report, RecordJson.Indented));
            return 0;
        }

        var o = console.Out;
        PersonReference.WriteCandidates(console, report.SameEntity ? [a] : [a, b]);
        // Said with the references as typed: an id merged away still names its person.
        if (report.SameEntity) o.WriteLine($"{first} and {second} are one person, {a.Reference}.");
        else if (!report.NamesAgree)
            o.WriteLine($"{a.Reference} and {b.Reference} are two people: their names differ, and the resolver only compares people " +
                "whose names agree in some spelling, case or order. If they are one person, say so with parley merge.");
        else if (report.Score is { } score)
        {
            o.WriteLine($"{a.Reference} and {b.Reference} are two people. Scored as whole entities: {Points(score.Total)} " +
                $"({(score.IsSamePerson ? "would" : "would not")} make one person; one person from {Points(MatchScore.Threshold)}).");
            var evidence = Tables.Create("aspect", "points", "finding");
            foreach (var e in score.Evidence)
                Tables.AddRow(evidence, e.Aspect, Points(e.Points), e.Values.Count == 0 ? e.Finding : $"{e.Finding} {string.Join(", ", e.Values)}");
            console.Ansi.Write(evidence);
        }
        if (report.Corrections.Count > 0)
        {
            o.WriteLine("Corrections about both:");
            foreach (var c in report.Corrections) o.WriteLine($"  #{c.Id} {c.Description} ({c.CreatedAt})");
        }
        o.WriteLine("How their mentions were resolved:");
        var decisions = Tables.Create("name", "article", "seen", "decision");
        foreach (var d in report.Decisions) Tables.AddRow(decisions, d.Name, d.ArticleId, d.Seen, d.Basis);
        console.Ansi.Write(decisions);
        return 0;
    }

    private static string Points(double points) => points.ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture);
}
