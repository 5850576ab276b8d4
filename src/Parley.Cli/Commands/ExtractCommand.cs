using System.CommandLine;
using Parley.Extraction;
using Parley.Ingest;
using Parley.Model;

namespace Parley.Cli.Commands;

/// <summary><c>parley extract</c>: prints or writes the record of each input article, without touching the database.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Article files (.txt, .html, .htm, .jsonl) or folders (searched recursively).",
            Arity = ArgumentArity.OneOrMore,
        };
        var outDir = new Option<string?>("--out") { Description = "Write one ID.json per article into this folder instead of printing." };
        var explain = new Option<bool>("--explain") { Description = "Print the cleaned article with recognized spans marked and each event's sentences." };
        var command = new Command("extract", """
            Extract the engagement record of each article (the JSON shape of the extraction spec).
            Example: parley extract ../shared/corpus/dev/001.txt
                     parley extract ../shared/corpus/dev --out predictions/
            """) { paths, outDir, explain };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(outDir), parse.GetValue(explain)));
        return command;
    }

    private static int Run(string[] paths, string? outDir, bool explain)
    {
        var pipeline = ExtractionPipeline.CreateDefault();
        var failures = 0;
        if (outDir is not null) Directory.CreateDirectory(outDir);
        foreach (var outcome in new ArticleReader().Read(paths))
        {
            switch (outcome)
            {
                case ReadFailure failure:
                    Console.Error.WriteLine($"{failure.Location}: {failure.Reason}");
                    failures++;
                    break;
                case ArticleRead read when explain:
                    ExplainView.Write(pipeline.Analyze(read.Article));
                    break;
                case ArticleRead read:
                    var record = pipeline.Extract(read.Article);
                    var json = RecordJson.Serialize(record);
                    if (outDir is null) Console.WriteLine(json);
                    else File.WriteAllText(Path.Combine(outDir, record.Id + ".json"), json);
                    break;
            }
        }
        return failures == 0 ? 0 : 1;
    }
}
