using System.CommandLine;
using System.Text;
using Parley.Store;
using Parley.Store.Export;
using Parley.Store.Queries;

namespace Parley.Cli.Commands;

/// <summary><c>parley export</c>: writes what is stored as JSON lines or CSV tables, or the who-met-whom graph as GraphML or GEXF.</summary>
public static class ExportCommand
{
    /// <summary>The command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format")
        {
            Description = "jsonl: one record per line in the file PATH; csv: events, participants, positions, people, organizations " +
                          "and places tables in the folder PATH; graphml or gexf: the who-met-whom graph in the file PATH, for Gephi " +
                          "or Cytoscape. Example: --format graphml",
            Required = true,
            HelpName = "jsonl|csv|graphml|gexf",
        };
        format.AcceptOnlyFromAmong("jsonl", "csv", "graphml", "gexf");
        var output = new Option<string>("--out")
        {
            Description = "The file (jsonl, graphml, gexf) or folder (csv) to write; replaced when it exists. Example: --out export/records.jsonl",
            Required = true,
            HelpName = "PATH",
        };
        var level = NetworkLevelOption.Create();
        var filters = new EventFilterOptions();
        var db = DatabaseOption.Create();
        var command = new Command("export", """
            Export the knowledge base. jsonl and csv write everything stored; graphml and gexf write the network
            of the events the filters match (as parley network does), with node attributes (type, label, names,
            positions, place, kind, events) and edge attributes (weight, first, last, types, topics).
            Examples: parley export --format jsonl --out records.jsonl
                      parley export --format csv --out tables/ --db kb.db
                      parley export --format gexf --level org --place Jiangsu --out jiangsu-orgs.gexf
            """) { format, output, level };
        foreach (var option in filters.All) command.Options.Add(option);
        command.Options.Add(db);
        command.SetAction(parse =>
        {
            var graphFormat = parse.GetValue(format) is "graphml" or "gexf";
            var filter = filters.Read(parse);
            if (!graphFormat && (filter != EventFilter.All || parse.GetResult(level) is { Implicit: false }))
            {
                console.Error.WriteLine("--level and the event filters apply to --format graphml and gexf only; jsonl and csv export everything");
                return 2;
            }
            return Run(console, parse.GetValue(format)!, parse.GetValue(output)!, filter, NetworkLevelOption.Read(parse, level), parse.GetValue(db)!);
        });
        return command;
    }

    private static int Run(CliConsole console, string format, string output, EventFilter filter, NetworkLevel level, string dbPath)
    {
        using var store = KnowledgeBaseFile.OpenExisting(console, dbPath);
        if (store is null) return 2;
        if (format == "csv")
        {
            var s = CsvExporter.Export(store, output);
            console.Out.WriteLine($"Wrote {s.Events} events, {s.Participants} participants, {s.Positions} positions, " +
                                  $"{s.People} people, {s.Organizations} organizations, {s.Places} places to {output}");
            return 0;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(output));
        if (folder is not null) Directory.CreateDirectory(folder);
        using var writer = new StreamWriter(output, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        if (format == "jsonl")
        {
            var count = JsonLinesExporter.Export(store, writer);
            console.Out.WriteLine($"Wrote {count} records to {output}");
            return 0;
        }
        var graph = GraphBuilder.Build(store, filter, level);
        if (format == "graphml") GraphMlWriter.Write(graph, writer);
        else GexfWriter.Write(graph, writer);
        console.Out.WriteLine($"Wrote {graph.Nodes.Count} nodes and {graph.Edges.Count} edges ({graph.Events} events) to {output}");
        return 0;
    }
}
