using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Parley.Store;

namespace Parley.Bench.Scale;

/// <summary>Creates a synthetic knowledge base of a given size: the schema through the store, then the world and articles in bulk.</summary>
internal static class SyntheticStoreGenerator
{
    // Rows per transaction: large enough that commits cost nothing, small enough to show progress.
    private const int ArticlesPerCommit = 20_000;

    /// <summary>Writes a store with exactly <see cref="ScaleOptions.Events"/> events and <see cref="ScaleOptions.People"/> people at <see cref="ScaleOptions.Database"/>.</summary>
    public static void Generate(ScaleOptions options, TextWriter log)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(options.Database + suffix);
        // The store creates the schema, so the file has exactly the tables and indexes ingestion works with.
        new SqliteKnowledgeStore(options.Database).Dispose();

        var clock = Stopwatch.StartNew();
        var extras = SchemaExtras.SetAside(options.Database);
        var random = new Random(options.Seed);
        var names = new SyntheticNames(random);
        using (var writer = new SyntheticStoreWriter(options.Database))
        {
            var world = SyntheticWorld.Build(writer, names, random, options.People);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"world: {world.Regions.Count} regions, {world.Organizations.Count:N0} organizations, {world.People.Count:N0} people ({clock.Elapsed.TotalSeconds:F1} s)"));
            var planner = new ArticlePlanner(world, names, random);
            var reported = 0L;
            while (writer.Events < options.Events)
            {
                var id = "syn-" + (writer.Articles + 1).ToString("D7", CultureInfo.InvariantCulture);
                writer.Article(planner.Next(id, maxEvents: (int)Math.Min(3, options.Events - writer.Events)));
                if (writer.Articles % ArticlesPerCommit == 0) writer.Commit();
                if (writer.Events - reported < 100_000) continue;
                reported = writer.Events;
                log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {writer.Events:N0} events, {writer.Articles:N0} articles, {clock.Elapsed.TotalSeconds:F0} s ({writer.Events / clock.Elapsed.TotalSeconds:N0} events/s)"));
            }
        }
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rows written in {clock.Elapsed.TotalSeconds:F0} s; building indexes"));
        extras.Restore(options.Database);
        // The totals' triggers were set aside with the rest: every event is marked pending, and opening the
        // store adds them up (the same code that catches up a store upgraded to the totals), which also puts
        // back the store's own settings (WAL).
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = options.Database, Pooling = false }.ToString()))
        {
            connection.Open();
            using var mark = connection.CreateCommand();
            mark.CommandText = "INSERT OR IGNORE INTO network_pending (event_id) SELECT id FROM events";
            mark.ExecuteNonQuery();
        }
        var totalsStart = clock.Elapsed;
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"indexes built in {clock.Elapsed.TotalSeconds:F0} s; adding up network totals"));
        new SqliteKnowledgeStore(options.Database, log.WriteLine).Dispose();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"network totals added up in {(clock.Elapsed - totalsStart).TotalSeconds:F0} s"));
        SqliteConnection.ClearAllPools();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated in {clock.Elapsed.TotalSeconds:F0} s"));
    }
}
