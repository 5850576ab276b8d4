using System.Diagnostics;
using System.Globalization;
using Parley.Extraction;
using Parley.Store;
using Parley.Store.Ingestion;

namespace Parley.Bench;

/// <summary>
/// "ingest into SQLite": writes the repeated corpus as JSON-lines files, then ingests them into a fresh
/// SQLite file with <see cref="IngestService"/>, the code <c>parley ingest</c> runs (read, extract, one
/// transaction per article). The working set is sampled at 25 %, 50 % and 100 % of the input bytes: a
/// streaming ingest keeps it flat however large the corpus is.
/// </summary>
internal static class StoreIngestMeasurement
{
    /// <summary>Times the whole ingest; prints the memory samples and the store's counts.</summary>
    public static ThroughputResult? Measure(RepeatedCorpus corpus, BenchOptions options)
    {
        _ = options;
        var folder = Path.Combine(Path.GetTempPath(), "parley-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var inputs = Path.Combine(folder, "inputs");
            BenchInputFiles.Write(corpus, inputs);
            var samples = new List<(int Percent, long WorkingSet, long PeakWorkingSet)>();
            int[] checkpoints = [25, 50, 100];
            using var self = Process.GetCurrentProcess();

            IngestSummary summary;
            var clock = PassClock.Start();
            using (var store = new SqliteKnowledgeStore(Path.Combine(folder, "bench.db")))
            {
                var service = new IngestService(store, ExtractionPipeline.CreateDefault(), new IngestOptions { RecentEventCount = 0 });
                summary = service.Run([inputs], progress =>
                {
                    var percent = (int)(progress.Fraction * 100);
                    if (samples.Count >= checkpoints.Length || percent < checkpoints[samples.Count]) return;
                    self.Refresh();
                    samples.Add((checkpoints[samples.Count], self.WorkingSet64, self.PeakWorkingSet64));
                });
            }
            var (elapsed, cpu) = clock.Read();

            var c = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Format(c, "ingest: {0} articles read, {1} inserted, {2} failed; store: {3} events, {4} people",
                summary.ArticlesRead, summary.Inserted, summary.Failures.Count, summary.Counts.Events, summary.Counts.People));
            Console.WriteLine("ingest memory: " + string.Join(", ", samples.Select(s =>
                string.Format(c, "{0}% working set {1:F1} MB (peak {2:F1} MB)", s.Percent, s.WorkingSet / 1048576.0, s.PeakWorkingSet / 1048576.0))));
            return new ThroughputResult("ingest into SQLite", 1, summary.ArticlesRead, corpus.TotalBytes, elapsed, cpu, summary.Counts.Events);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }
}
