using System.Diagnostics;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Parley.Extraction;
using Parley.Store;
using Parley.Store.Ingestion;
using Parley.Store.Queries;

namespace Parley.Bench.Scale;

/// <summary>
/// <c>scale</c>: builds (or reuses) a synthetic store of a million events, times the queries the README
/// promises answers for in under 200 ms (warm), and checks that ingesting more articles into it leaves
/// every existing entity as it was.
/// </summary>
internal static class ScaleBench
{
    /// <summary>Runs the scale measurement; returns the exit code.</summary>
    public static int Run(ScaleOptions options, TextWriter log)
    {
        if (options.Fresh || !File.Exists(options.Database)) SyntheticStoreGenerator.Generate(options, log);
        else log.WriteLine($"reusing {options.Database} (pass --fresh to regenerate)");

        using var raw = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = options.Database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        raw.Open();
        PrintContents(raw, options.Database, log);
        var subjects = Subjects.Pick(raw);
        log.WriteLine($"subjects: busiest person {subjects.BusyPerson}, a typical person {subjects.TypicalPerson}, a person of one event {subjects.RarePerson}, " +
                      $"busiest organization {subjects.BusyOrganization}, provinces {subjects.LargestProvince} (most events) and {subjects.MedianProvince} (median)");

        List<QueryTiming> timings;
        List<(string Command, double WallMs, double CpuMs)> afterWrites;
        using (var store = new SqliteKnowledgeStore(options.Database))
        {
            // Answers kept by an earlier run would make the first runs below read them back instead of computing them.
            using (var writable = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = options.Database, Pooling = false }.ToString()))
            {
                writable.Open();
                writable.Execute("DELETE FROM query_results");
            }
            var events = new EventQuery(store);
            var network = new NetworkQuery(store);
            var person = new PersonProfileRead(store);
            // As parley events prints it by default: the count and the 50 newest.
            string Events(EventFilter filter) => events.Run(filter, 50) is var page ? $"{page.Total:N0}{(page.TotalIsLowerBound ? "+" : "")} events, {page.Events.Count} listed" : "";
            // As parley network prints it: the 50 heaviest links of the whole network.
            string Network(EventFilter filter) => network.Run(filter, NetworkLevel.Organization, 50) is var n ? $"{n.Events:N0} events, {n.NodeCount:N0} nodes, {n.EdgeCount:N0} edges" : "";
            TimedQuery[] queries =
            [
                new($"events --place {subjects.LargestProvince} --type meeting", () => Events(new EventFilter { Place = subjects.LargestProvince, Type = "meeting" })),
                new($"events --place {subjects.MedianProvince} --type signing", () => Events(new EventFilter { Place = subjects.MedianProvince, Type = "signing" })),
                new($"events --topic trade --place {subjects.LargestProvince}", () => Events(new EventFilter { Place = subjects.LargestProvince, Topic = "trade" })),
                new($"events --topic energy --place {subjects.MedianProvince}", () => Events(new EventFilter { Place = subjects.MedianProvince, Topic = "energy" })),
                new($"events --person \"{subjects.BusyPerson}\" --from 2023-01 --to 2023-12", () => Events(new EventFilter { Person = subjects.BusyPerson, From = DateBound.Parse("2023-01"), To = DateBound.Parse("2023-12") })),
                new($"events --person \"{subjects.TypicalPerson}\" --from 2022 --to 2024", () => Events(new EventFilter { Person = subjects.TypicalPerson, From = DateBound.Parse("2022"), To = DateBound.Parse("2024") })),
                new("events --text \"cold chain\" --from 2023-06", () => Events(new EventFilter { Text = "cold chain", From = DateBound.Parse("2023-06") })),
                new($"events --text \"cold chain\" --place {subjects.MedianProvince}", () => Events(new EventFilter { Text = "cold chain", Place = subjects.MedianProvince })),
                new("events --from 2023-01 --to 2023-03 --type conference", () => Events(new EventFilter { From = DateBound.Parse("2023-01"), To = DateBound.Parse("2023-03"), Type = "conference" })),
                new($"events --org \"{subjects.BusyOrganization}\" --type signing", () => Events(new EventFilter { Organization = subjects.BusyOrganization, Type = "signing" })),
                new($"network --level org --place {subjects.MedianProvince}", () => Network(new EventFilter { Place = subjects.MedianProvince })),
                new($"network --level org --place {subjects.LargestProvince}", () => Network(new EventFilter { Place = subjects.LargestProvince })),
                new($"network --level org --place {subjects.LargestProvince} --from 2023 --to 2023",
                    () => Network(new EventFilter { Place = subjects.LargestProvince, From = DateBound.Parse("2023"), To = DateBound.Parse("2023") })),
                new($"person \"{subjects.BusyPerson}\"", () => person.Run(subjects.BusyPerson)),
                new($"person \"{subjects.TypicalPerson}\"", () => person.Run(subjects.TypicalPerson)),
                new($"person \"{subjects.RarePerson}\"", () => person.Run(subjects.RarePerson)),
            ];
            timings = queries.Select(q => Measure(q, options.Runs)).ToList();
            afterWrites = AfterAWrite(store, queries);
        }
        PrintTimings(timings, options.Runs, log);
        PrintAfterWrites(afterWrites, log);
        IncrementalIngest(options.Database, log);
        return 0;
    }

    private static readonly string[] AfterWriteGuests = ["Ana Lima", "Omar Haddad", "Sara Kim", "Ivo Novak", "Luc Martin"];
    private static readonly string[] AfterWriteCities = ["Nanjing", "Guangzhou", "Chongqing", "Wuhan", "Shenzhen", "Suzhou", "Xiamen"];

    /// <summary>
    /// Each query once, right after an article is written before it: what a user asks after an ingest. Kept
    /// answers are retired by then; the process, the statements and the page cache are warm.
    /// </summary>
    private static List<(string Command, double WallMs, double CpuMs)> AfterAWrite(SqliteKnowledgeStore store, TimedQuery[] queries)
    {
        var folder = Directory.CreateTempSubdirectory("parley-scale-");
        try
        {
            var ingest = new IngestService(store, ExtractionPipeline.CreateDefault(), new IngestOptions { RecentEventCount = 0 });
            using var self = Process.GetCurrentProcess();
            var results = new List<(string, double, double)>();
            // Articles from an earlier run of the bench are stored already: the stamp keeps these new.
            var stamp = DateTime.UtcNow.Ticks;
            foreach (var query in queries)
            {
                // An invented article, new each time (its own file and content), so the write is never skipped as
                // unchanged; those alike enough are stored as near-duplicates, a write all the same.
                var n = results.Count;
                var file = Path.Combine(folder.FullName, $"after-{n}.txt");
                File.WriteAllText(file, string.Create(CultureInfo.InvariantCulture,
                    $"Harbor talks, part {n + 1} ({stamp})\n2024-05-{n % 28 + 1:00}\n\nOn May {n % 28 + 1}, Tang Wenbo, Chairman of the Harbor Trade Council, " +
                    $"met {AfterWriteGuests[n % AfterWriteGuests.Length]} in {AfterWriteCities[n % AfterWriteCities.Length]} to discuss port logistics (round {n + 1})."));
                var stored = ingest.Run([file]);
                if (stored.Inserted + stored.NearDuplicates != 1) throw new InvalidOperationException($"{file} was not stored as a new article");
                self.Refresh();
                var cpuBefore = self.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                query.Run();
                var wall = clock.Elapsed.TotalMilliseconds;
                self.Refresh();
                results.Add((query.Command, wall, (self.TotalProcessorTime - cpuBefore).TotalMilliseconds));
            }
            return results;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void PrintAfterWrites(List<(string Command, double WallMs, double CpuMs)> results, TextWriter log)
    {
        var c = CultureInfo.InvariantCulture;
        var width = results.Max(t => t.Command.Length);
        log.WriteLine();
        log.WriteLine(string.Format(c, $"{{0,-{width}}}  {{1,9}}  {{2,9}}", "query, once, right after an article is written", "wall ms", "CPU ms"));
        log.WriteLine(new string('-', width + 22));
        foreach (var (command, wall, cpu) in results) log.WriteLine(string.Format(c, $"{{0,-{width}}}  {{1,9:F1}}  {{2,9:F1}}", command, wall, cpu));
    }

    private static QueryTiming Measure(TimedQuery query, int runs)
    {
        // Two warm-up runs: the page cache, SQLite's statement preparation and the JIT are warm afterwards.
        // The store's kept answers were cleared before timing, so the first run computes the answer.
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var firstCpuBefore = self.TotalProcessorTime;
        query.Run();
        self.Refresh();
        var firstCpu = (self.TotalProcessorTime - firstCpuBefore).TotalMilliseconds;
        var answer = query.Run();
        var wall = new double[runs];
        var cpu = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            self.Refresh();
            var cpuBefore = self.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            query.Run();
            wall[i] = clock.Elapsed.TotalMilliseconds;
            self.Refresh();
            cpu[i] = (self.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        }
        Array.Sort(wall);
        Array.Sort(cpu);
        return new QueryTiming(query.Command, answer, wall[runs / 2], wall[^1], cpu[runs / 2], firstCpu);
    }

    private static void PrintContents(SqliteConnection raw, string path, TextWriter log)
    {
        var c = raw.QuerySingle<(long Articles, long Events, long People, long Organizations, long Places, long Participants)>(
            """
            SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), (SELECT count(*) FROM person_entities),
                   (SELECT count(*) FROM organization_entities), (SELECT count(*) FROM place_entities), (SELECT count(*) FROM event_participants)
            """);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"store: {c.Articles:N0} articles, {c.Events:N0} events, {c.People:N0} people, {c.Organizations:N0} organizations, {c.Places:N0} places, {c.Participants:N0} participations; {new FileInfo(path).Length / 1e9:F2} GB"));
    }

    private static void PrintTimings(List<QueryTiming> timings, int runs, TextWriter log)
    {
        var c = CultureInfo.InvariantCulture;
        var width = timings.Max(t => t.Command.Length);
        log.WriteLine();
        log.WriteLine(string.Format(c, $"{{0,-{width}}}  {{1,9}}  {{2,9}}  {{3,9}}  {{4,11}}  {{5}}", $"query (warm, median of {runs})", "wall ms", "max ms", "CPU ms", "1st CPU ms", "answer"));
        log.WriteLine(new string('-', width + 83));
        foreach (var t in timings)
            log.WriteLine(string.Format(c, $"{{0,-{width}}}  {{1,9:F1}}  {{2,9:F1}}  {{3,9:F1}}  {{4,11:F1}}  {{5}}", t.Command, t.MedianMs, t.MaxMs, t.CpuMs, t.FirstCpuMs, t.Answer));
        // Wall times on a shared machine grow with its load; the CPU column does not.
        if (File.Exists("/proc/loadavg"))
            log.WriteLine(string.Create(c, $"load average while measuring: {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores"));
    }

    /// <summary>Ingests the invented samples into the big store and checks no existing entity or resolution changed.</summary>
    private static void IncrementalIngest(string database, TextWriter log)
    {
        if (RepositoryRoot.Find() is not { } repo) return;
        var before = EntityFingerprint.Read(database, upTo: null);
        var clock = Stopwatch.StartNew();
        IngestSummary summary;
        using (var store = new SqliteKnowledgeStore(database))
            summary = new IngestService(store, ExtractionPipeline.CreateDefault(), new IngestOptions { RecentEventCount = 0 })
                .Run([Path.Combine(repo, "samples", "articles")]);
        var elapsed = clock.Elapsed;
        var after = EntityFingerprint.Read(database, upTo: before);
        log.WriteLine();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"incremental ingest of samples/articles: {summary.ArticlesRead} read, {summary.Inserted} inserted, {summary.Unchanged} unchanged in {elapsed.TotalMilliseconds:F0} ms; " +
            $"existing entities and resolutions {(after == before ? "unchanged" : "CHANGED")} ({before.People:N0} people, {before.Organizations:N0} organizations, {before.Places:N0} places, {before.Mentions:N0} resolved mentions)"));
    }
}
