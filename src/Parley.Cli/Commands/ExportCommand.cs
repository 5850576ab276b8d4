using System.CommandLine;
using System.Text;
using Parley.Store;
using Parley.Store.Export;

namespace Parley.Cli.Commands;

/// <summary><c>parley export</c>: writes what is stored, as JSON lines or CSV.</summary>
public static class ExportCommand
{
    /// <summary>The command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format")
        {
            Description = "jsonl: one record per line in the file PATH; csv: events.csv, participants.csv and positions.csv in the folder PATH. Example: --format csv",
            Required = true,
            HelpName = "jsonl|csv",
        };
        format.AcceptOnlyFromAmong("jsonl", "csv");
        var output = new Option<string>("--out")
        {
            Description = "The file (jsonl) or folder (csv) to write; replaced when it exists. Example: --out export/records.jsonl",
            Required = true,
            HelpName = "PATH",
        };
        var db = DatabaseOption.Create();
        var command = new Command("export", """
            Export the knowledge base.
            Examples: parley export --format jsonl --out records.jsonl
                      parley export --format csv --out tables/ --db kb.db
            """) { format, output, db };
        command.SetAction(parse => Run(console, parse.GetValue(format)!, parse.GetValue(output)!, parse.GetValue(db)!));
        return command;
    }

    private static int Run(CliConsole console, string format, string output, string dbPath)
    {
        // Exporting must not create an empty database as a side effect of a mistyped --db.
        if (!File.Exists(dbPath))
        {
            console.Error.WriteLine($"no knowledge base at {dbPath}; run parley ingest first or pass --db PATH");
            return 2;
        }
        using var store = new SqliteKnowledgeStore(dbPath);
        if (format == "csv")
        {
            var summary = CsvExporter.Export(store, output);
            console.Out.WriteLine($"Wrote {summary.Events} events, {summary.Participants} participants, {summary.Positions} positions to {output}");
            return 0;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(output));
        if (folder is not null) Directory.CreateDirectory(folder);
        using var writer = new StreamWriter(output, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var count = JsonLinesExporter.Export(store, writer);
        console.Out.WriteLine($"Wrote {count} records to {output}");
        return 0;
    }
}
