using System.CommandLine;
using Parley.Cli.Commands;

var root = new RootCommand("""
    Parley turns news reports of official engagements (meetings, visits, delegations, conferences,
    signings) into a searchable knowledge base of who met whom, when, where, in what role, about what.

    Examples:
      parley ingest samples/articles            ingest into ./parley.db
      parley extract article.txt                print one article's record as JSON
      parley eval --gold ../shared/corpus/dev/gold
      parley export --format csv --out out/
    """);
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
return root.Parse(args).Invoke();
