using System.Diagnostics;
using System.Globalization;
using Parley.Bench;
using Parley.Extraction;

// Extraction throughput on a corpus made by repeating shared/corpus/**/*.txt.
// Usage: dotnet run -c Release --project bench/Parley.Bench -- [--mb 20] [--shared PATH] [--threads N]
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException or DirectoryNotFoundException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var corpus = RepeatedCorpus.Load(options.SharedRoot, options.TargetMegabytes * 1_000_000L);
Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
    "corpus: {0} base articles ({1:F0} KB) × {2} = {3} articles, {4:F1} MB; {5} cores; {6}",
    corpus.BaseArticles, corpus.BaseBytes / 1e3, corpus.Repetitions, corpus.TotalArticles, corpus.TotalBytes / 1e6,
    Environment.ProcessorCount, options.SharedRoot));

var pipeline = ExtractionPipeline.CreateDefault();
var throughput = new ExtractionThroughput(pipeline);

// Warm-up: JIT, tiered compilation and lazily built lexicons should not count against the first pass.
throughput.SingleThread(corpus.Articles(Math.Min(3, corpus.Repetitions)));
throughput.Parallel(corpus.Articles(Math.Min(3, corpus.Repetitions)), options.Threads);

var results = new List<ThroughputResult>
{
    throughput.SingleThread(corpus.Articles()),
    throughput.Parallel(corpus.Articles(), options.Threads),
};
var ingest = StoreIngestMeasurement.Measure(corpus, options);
if (ingest is not null) results.Add(ingest);

using var self = Process.GetCurrentProcess();
self.Refresh();
Console.WriteLine();
ResultTable.Print(Console.Out, results, ingest is null ? "ingest into SQLite" : null, self.PeakWorkingSet64, GC.GetTotalMemory(forceFullCollection: false));
return 0;
