using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Parley.Bench;
using Parley.Bench.Scale;
using Parley.Extraction;

// Two measurements. By default: extraction throughput on a corpus made by repeating shared/corpus/**/*.txt,
// then ingestion into SQLite. With "scale": query times on a synthetic store of a million events.
if (args is ["--help" or "-h"])
{
    Console.WriteLine("usage: dotnet run -c Release --project bench/Parley.Bench -- [--mb 20] [--shared PATH] [--threads N] [--warmup SECONDS] [--extract-only]");
    Console.WriteLine("       dotnet run -c Release --project bench/Parley.Bench -- " + ScaleOptions.Usage);
    return 0;
}
if (args is ["scale", .. var scaleArgs])
    return TryParse(() => ScaleOptions.Parse(scaleArgs), out var scale) ? ScaleBench.Run(scale, Console.Out) : 2;
if (!TryParse(() => BenchOptions.Parse(args), out var options)) return 2;

var corpus = RepeatedCorpus.Load(options.SharedRoot, options.TargetMegabytes * 1_000_000L);
Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
    "corpus: {0} base articles ({1:F0} KB) × {2} = {3} articles, {4:F1} MB; {5} cores; {6}",
    corpus.BaseArticles, corpus.BaseBytes / 1e3, corpus.Repetitions, corpus.TotalArticles, corpus.TotalBytes / 1e6,
    Environment.ProcessorCount, options.SharedRoot));

var pipeline = ExtractionPipeline.CreateDefault();
var throughput = new ExtractionThroughput(pipeline);

throughput.WarmUp(corpus, options.WarmUp, options.Threads);

var results = new List<ThroughputResult>
{
    throughput.SingleThread(corpus.Articles()),
    throughput.Parallel(corpus.Articles(), options.Threads),
};
ThroughputResult? ingest = null;
if (!options.ExtractOnly)
{
    ingest = StoreIngestMeasurement.Measure(corpus, options);
    if (ingest is not null) results.Add(ingest);
    results.Add(DistinctIngestMeasurement.Measure(corpus));
}

using var self = Process.GetCurrentProcess();
self.Refresh();
Console.WriteLine();
ResultTable.Print(Console.Out, results, ingest is null && !options.ExtractOnly ? "ingest into SQLite" : null, self.PeakWorkingSet64, GC.GetTotalMemory(forceFullCollection: false));
return 0;

// Bad options: their message, and exit code 2.
static bool TryParse<T>(Func<T> parse, [NotNullWhen(true)] out T? options) where T : class
{
    try
    {
        options = parse();
        return true;
    }
    catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or DirectoryNotFoundException)
    {
        Console.Error.WriteLine(e.Message);
        options = null;
        return false;
    }
}
