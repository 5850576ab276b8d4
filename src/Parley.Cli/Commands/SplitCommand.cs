using System.CommandLine;
using Parley.Store.Identity;

namespace Parley.Cli.Commands;

/// <summary><c>parley split</c>: moves some mentions of a person to a new entity, as a stored correction that survives re-ingestion.</summary>
public static class SplitCommand
{
    /// <summary>The command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var person = new Argument<string>("person") { Description = "The wrongly merged person: a name or an id such as P12." };
        var sources = new Option<string[]>("--source")
        {
            Description = "Move the mentions from this article: its id (as parley person lists under sources) or its file. Repeatable. Example: --source brief-harbin-expo",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
            HelpName = "ARTICLE",
        };
        var organizations = new Option<string[]>("--org")
        {
            Description = "Move the mentions that give a title at this organization (a name or an id such as O7). Repeatable. Example: --org \"Harbor Trade Council\"",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
            HelpName = "ORG",
        };
        var db = DatabaseOption.Create();
        var command = new Command("split", """
            Split a person the resolver merged wrongly: the mentions picked by --source and --org become a new
            person, the rest stay. The decision is stored apart from the extracted data and applied again when
            their articles are re-ingested or re-extracted. Undo it with parley merge.
            Examples: parley split P3 --source brief-harbin-expo
                      parley split "Qiu Ning" --org "Harbor Trade Council" --db kb.db
            """) { person, sources, organizations, db };
        command.SetAction(parse => Run(console, parse.GetValue(person)!, parse.GetValue(sources) ?? [], parse.GetValue(organizations) ?? [], parse.GetValue(db)!));
        return command;
    }

    private static int Run(CliConsole console, string reference, string[] sources, string[] organizations, string dbPath)
    {
        if (sources.Length == 0 && organizations.Length == 0)
        {
            console.Error.WriteLine("say which mentions to move: --source ARTICLE and/or --org ORG");
            return 2; // a usage error, as for a missing knowledge base
        }
        using var store = KnowledgeBaseFile.OpenExisting(console, dbPath);
        if (store is null) return 2; // as for a missing knowledge base in the other reading commands
        if (PersonReference.Resolve(console, store, reference, out var exitCode) is not { } entity) return exitCode;
        var organizationIds = new List<long>();
        foreach (var organization in organizations)
        {
            if (OrgReference.Resolve(console, store, organization, out exitCode) is not { } found) return exitCode;
            organizationIds.Add(found.Id);
        }
        // Articles are stored under their file's full path; an article id is matched as typed.
        var keys = sources.Select(s => File.Exists(s) ? Path.GetFullPath(s) : s).Distinct().ToList();
        var outcome = PersonCorrections.Split(store, entity.Id, new SplitSelection(keys, organizationIds));
        (outcome.Applied ? console.Out : console.Error).WriteLine(outcome.Message);
        return outcome.Applied ? 0 : 1;
    }
}
