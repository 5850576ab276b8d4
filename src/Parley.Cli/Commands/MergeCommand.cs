using System.CommandLine;
using Parley.Store.Identity;

namespace Parley.Cli.Commands;

/// <summary><c>parley merge</c>: makes two person entities one, as a stored correction that survives re-ingestion.</summary>
public static class MergeCommand
{
    /// <summary>The command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var keep = new Argument<string>("a") { Description = "The person to keep: a name or an id such as P12." };
        var other = new Argument<string>("b") { Description = "The person to merge into it: a name or an id such as P15." };
        var db = DatabaseOption.Create();
        var command = new Command("merge", """
            Merge two people the resolver kept apart: every mention of B becomes A's, and B's id points to A.
            The decision is stored apart from the extracted data and applied again when their articles are
            re-ingested or re-extracted. Undo it with parley split.
            Examples: parley merge P3 P15
                      parley merge "Peng Rui" P15 --db kb.db
            """) { keep, other, db };
        command.SetAction(parse => Run(console, parse.GetValue(keep)!, parse.GetValue(other)!, parse.GetValue(db)!));
        return command;
    }

    private static int Run(CliConsole console, string first, string second, string dbPath)
    {
        using var store = KnowledgeBaseFile.OpenExisting(console, dbPath);
        if (store is null) return 2; // as for a missing knowledge base in the other reading commands
        if (PersonReference.Resolve(console, store, first, out var exitCode) is not { } a) return exitCode;
        if (PersonReference.Resolve(console, store, second, out exitCode) is not { } b) return exitCode;
        var outcome = PersonCorrections.Merge(store, a.Id, b.Id);
        (outcome.Applied ? console.Out : console.Error).WriteLine(outcome.Message);
        return outcome.Applied ? 0 : 1;
    }
}
