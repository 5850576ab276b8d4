using System.Text.Json;
using Parley.Extraction;
using Parley.Store;
using Parley.Store.Ingestion;

namespace Parley.Bench;

/// <summary>
/// "ingest, distinct articles": the corpus's base set once, every article a story of its own, ingested into a
/// fresh SQLite file. The repeated corpus of <see cref="StoreIngestMeasurement"/> stores mostly near-duplicates,
/// which are stored in full but meet the same people over and over; this is the other end. The base set takes
/// well under a second, so it is ingested several times, each into a new file, and the fastest round is kept.
/// </summary>
internal static class DistinctIngestMeasurement
{
    private const int Rounds = 5;

    /// <summary>Times the rounds; returns the fastest by CPU time.</summary>
    public static ThroughputResult Measure(RepeatedCorpus corpus)
    {
        var folder = Path.Combine(Path.GetTempPath(), "parley-bench-distinct-" + Guid.NewGuid().ToString("N"));
        try
        {
            var inputs = Path.Combine(folder, "inputs");
            Directory.CreateDirectory(inputs);
            long bytes = 0;
            using (var writer = new StreamWriter(Path.Combine(inputs, "base.jsonl")))
                foreach (var (article, size) in corpus.Articles(1))
                {
                    writer.Write(JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = article.Id, ["text"] = article.Text }));
                    writer.Write('\n');
                    bytes += size;
                }

            var pipeline = ExtractionPipeline.CreateDefault();
            ThroughputResult? best = null;
            for (var round = 0; round < Rounds; round++)
            {
                IngestSummary summary;
                var clock = PassClock.Start();
                using (var store = new SqliteKnowledgeStore(Path.Combine(folder, $"round{round}.db")))
                    summary = new IngestService(store, pipeline, new IngestOptions { RecentEventCount = 0 }).Run([inputs]);
                var (elapsed, cpu) = clock.Read();
                var result = new ThroughputResult($"ingest distinct (best {Rounds})", 1, summary.ArticlesRead, bytes, elapsed, cpu, summary.Counts.Events);
                if (best is null || result.CpuTime < best.CpuTime) best = result;
            }
            return best!;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }
}
