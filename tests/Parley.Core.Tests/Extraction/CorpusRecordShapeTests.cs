using Parley.Extraction;
using Parley.Ingest;
using Parley.Model;
using Parley.Testing;

namespace Parley.Core.Tests.Extraction;

/// <summary>Every record extracted from the shared corpus passes the reference shape check (validate.py).</summary>
public class CorpusRecordShapeTests
{
    [Fact]
    public void EveryCorpusRecord_PassesValidatePy()
    {
        var shared = SharedCorpus.RequireOrSkip();
        if (shared is null) return;
        var outDir = Directory.CreateTempSubdirectory("parley-validate-").FullName;
        try
        {
            var pipeline = ExtractionPipeline.CreateDefault();
            var written = 0;
            foreach (var outcome in new ArticleReader().Read([Path.Combine(shared, "corpus")]))
            {
                if (outcome is not ArticleRead read) continue;
                var record = pipeline.Extract(read.Article);
                File.WriteAllText(Path.Combine(outDir, record.Id + ".json"), RecordJson.Serialize(record));
                written++;
            }

            var (exitCode, output) = ReferenceScorer.Validate(shared, outDir);

            written.ShouldBeGreaterThan(50);
            output.ShouldContain($"{written} records, 0 problems");
            exitCode.ShouldBe(0);
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }
}
