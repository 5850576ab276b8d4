namespace Parley.Bench;

/// <summary>
/// EXTENSION POINT — "ingest into SQLite" throughput, to be filled in once Parley.Store has its API.
/// </summary>
internal static class StoreIngestMeasurement
{
    /// <summary>
    /// Should extract the corpus and write every record into a fresh SQLite store (a temp file), timing the
    /// whole ingest, and return the result; null means "not measured" and the table says so.
    /// TODO(store): replace the body, e.g. open the store in a temp folder, stream
    /// <see cref="RepeatedCorpus.Articles()"/> through the pipeline into it, return a <see cref="ThroughputResult"/>
    /// labelled "ingest into SQLite".
    /// </summary>
    public static ThroughputResult? Measure(RepeatedCorpus corpus, BenchOptions options)
    {
        _ = corpus;
        _ = options;
        return null;
    }
}
