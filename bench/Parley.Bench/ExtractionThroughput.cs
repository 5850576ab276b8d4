using Parley.Extraction;

namespace Parley.Bench;

/// <summary>Times <see cref="ExtractionPipeline.Extract"/> over a corpus on one thread or on many with one shared pipeline.</summary>
internal sealed class ExtractionThroughput(ExtractionPipeline pipeline)
{
    /// <summary>
    /// Extracts the base set over and over on one thread until the process has used <paramref name="cpu"/> of CPU
    /// time, then once more on all threads, so the measured passes see steady-state code: JIT, lazily built
    /// lexicons, and tiered compilation, which with dynamic PGO recompiles hot methods twice, in the background,
    /// after they have run a while. A few passes are not enough: throughput was still rising after several thousand
    /// articles. CPU time rather than wall-clock time, because on a busy machine a wall-clock budget buys little work.
    /// </summary>
    public void WarmUp(RepeatedCorpus corpus, TimeSpan cpu, int threads)
    {
        var clock = PassClock.Start();
        do SingleThread(corpus.Articles(1)); while (clock.Read().Cpu < cpu);
        Parallel(corpus.Articles(Math.Min(3, corpus.Repetitions)), threads);
    }

    /// <summary>Extracts every article on the calling thread.</summary>
    public ThroughputResult SingleThread(IEnumerable<BenchArticle> articles)
    {
        long count = 0, bytes = 0, events = 0;
        var clock = PassClock.Start();
        foreach (var a in articles)
        {
            events += pipeline.Extract(a.Article).Events.Count;
            count++;
            bytes += a.Bytes;
        }
        var (elapsed, cpu) = clock.Read();
        return new("extract, 1 thread", 1, count, bytes, elapsed, cpu, events);
    }

    /// <summary>Extracts every article with <c>Parallel.ForEach</c>; the pipeline is shared because it is thread-safe by contract.</summary>
    public ThroughputResult Parallel(IEnumerable<BenchArticle> articles, int threads)
    {
        long count = 0, bytes = 0, events = 0;
        var clock = PassClock.Start();
        System.Threading.Tasks.Parallel.ForEach(
            articles,
            new ParallelOptions { MaxDegreeOfParallelism = threads },
            // Per-thread totals, merged once at the end, so counting does not contend.
            () => (Count: 0L, Bytes: 0L, Events: 0L),
            (a, _, local) => (local.Count + 1, local.Bytes + a.Bytes, local.Events + pipeline.Extract(a.Article).Events.Count),
            local =>
            {
                Interlocked.Add(ref count, local.Count);
                Interlocked.Add(ref bytes, local.Bytes);
                Interlocked.Add(ref events, local.Events);
            });
        var (elapsed, cpu) = clock.Read();
        return new($"extract, {threads} threads", threads, count, bytes, elapsed, cpu, events);
    }
}
