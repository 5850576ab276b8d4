using System.CommandLine;
using Parley.Extraction;
using Parley.Ingest;
using Parley.Model;

namespace Parley.Cli.Commands;

/// <summary><c>parley extract</c>: prints or writes the record of each input article, without touching the database.</summary>
public static class ExtractCommand
{
    /// <summary>The command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Article files (.txt, .html, .htm, .jsonl) or folders (searched recursively). Example: news/2024 extra.jsonl",
            Arity = ArgumentArity.OneOrMore,
        };
        var outDir = new Option<string?>("--out") { Description = "Write one ID.json per article into this folder instead of printing. Example: --out predictions/", HelpName = "DIR" };
        var explain = new Option<bool>("--explain") { Description = "Print the cleaned article with recognized spans marked (names, titles, organizations, places, dates, event words) and each event with its sentences. Example: parley extract a.txt --explain" };
        var command = new Command("extract", """
            Extract the engagement record of each article (the JSON shape of the extraction spec).
            Never touches the knowledge base.
            Examples: parley extract article.txt
                      parley extract news/ --out predictions/     (writes predictions/ID.json per article)
                      parley extract article.html --explain       (marks names, titles, orgs, places, dates, event words)
            """) { paths, outDir, explain };
        command.SetAction(parse => Run(console, parse.GetValue(paths)!, parse.GetValue(outDir), parse.GetValue(explain)));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, string? outDir, bool explain)
    {
        var pipeline = ExtractionPipeline.CreateDefault();
        var failures = 0;
        if (outDir is not null) Directory.CreateDirectory(outDir);
        foreach (var outcome in new ArticleReader().Read(paths))
        {
            switch (outcome)
            {
                case ReadFailure failure:
                    console.Error.WriteLine($"{failure.Location}: {failure.Reason}");
                    failures++;
                    break;
                case ArticleRead read when explain:
                    ExplainView.Write(pipeline.Analyze(read.Article), console);
                    break;
                case ArticleRead read:
                    var record = pipeline.Extract(read.Article);
                    var json = RecordJson.Serialize(record);
                    if (outDir is null) console.Out.WriteLine(json);
                    else File.WriteAllText(Path.Combine(outDir, record.Id + ".json"), json);
                    break;
            }
        }
        return failures == 0 ? 0 : 1;
    }
}
