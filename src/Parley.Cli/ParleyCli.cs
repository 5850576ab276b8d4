using System.CommandLine;
using Parley.Cli.Commands;

namespace Parley.Cli;

/// <summary>The <c>parley</c> command line: builds the command tree and runs it against a <see cref="CliConsole"/>.</summary>
public static class ParleyCli
{
    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code.</summary>
    public static int Run(string[] args, CliConsole console)
    {
        var root = CreateRoot(console);
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error });
    }

    /// <summary>The root command with every subcommand.</summary>
    public static RootCommand CreateRoot(CliConsole console)
    {
        var root = new RootCommand("""
            Parley turns news reports of official engagements (meetings, visits, delegations, conferences,
            signings) into a searchable knowledge base of who met whom, when, where, in what role, about what.

            Examples:
              parley ingest samples/articles                 ingest into ./parley.db
              parley ingest news/ --db kb.db --strict        stop at the first bad input
              parley extract article.txt                     print one article's record as JSON
              parley extract article.txt --explain           show what was recognized and why
              parley eval --gold ../shared/corpus/dev/gold   score against gold records
              parley events --place Jiangsu --topic trade    list matching events
              parley network --level org --from 2023         who met whom, by organization
              parley export --format csv --out out/          write the tables as CSV
              parley export --format gexf --out net.gexf     write the who-met-whom graph for Gephi
            """);
        root.Subcommands.Add(IngestCommand.Create(console));
        root.Subcommands.Add(ExtractCommand.Create(console));
        root.Subcommands.Add(EvalCommand.Create(console));
        root.Subcommands.Add(PersonCommand.Create(console));
        root.Subcommands.Add(OrgCommand.Create(console));
        root.Subcommands.Add(WhySameCommand.Create(console));
        root.Subcommands.Add(MergeCommand.Create(console));
        root.Subcommands.Add(SplitCommand.Create(console));
        root.Subcommands.Add(ExportCommand.Create(console));
        root.Subcommands.Add(EventsCommand.Create(console));
        root.Subcommands.Add(NetworkCommand.Create(console));
        root.Subcommands.Add(TotalsCommand.Create(console));
        return root;
    }
}
