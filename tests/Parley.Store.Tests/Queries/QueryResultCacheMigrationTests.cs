using Dapper;
using Parley.Store.Identity;
using Parley.Store.Queries;
using Parley.Store.Schema;

namespace Parley.Store.Tests.Queries;

/// <summary>The kept-answer tables on a store written before them, and the change counter's reach.</summary>
public sealed class QueryResultCacheMigrationTests
{
    // Tables whose writes need not retire kept answers: how near-duplicates are found (what is decided is in
    // near_duplicates), the full-text index (it follows articles), the kept answers themselves, and the network
    // totals (written in the same transaction as the event rows they add up, whose writes are counted).
    private static readonly string[] Uncounted =
    [
        "minhash_signatures", "minhash_bands", "minhash_pending", "store_generation", "query_results",
        "network_pending", "network_event_shares", "network_event_members", "network_event_topics",
        "network_scope_totals", "network_node_totals", "network_pair_totals",
    ];

    [Fact]
    public void Upgrade_OfAStoreWithData_AnswersAsTheLiveComputationAndKeepsTheAnswer()
    {
        using var db = new TempDatabase();
        var cache = EmbeddedMigrations.All.Single(m => m.Name.Contains("query_result_cache", StringComparison.Ordinal)).Version;
        var before = EmbeddedMigrations.All.Where(m => m.Version < cache).ToList();
        using (var old = new SqliteKnowledgeStore(db.FilePath, before, TimeProvider.System))
            old.Save(new Identity.TestArticle("a1", "2024-01-02").Person("Chen Bo", "Chairman", "Harbor Trade Council")
                .Person("Ana Lima", "Mayor", "Lakeside Town Hall").Meeting("2024-01-02", "Nanjing", "Chen Bo", "Ana Lima").Build());

        using var upgraded = db.Open();
        upgraded.SchemaVersion.ShouldBe(EmbeddedMigrations.LatestVersion);
        var query = new NetworkQuery(upgraded);
        // A place and a type: answered live and kept, not from the network totals.
        var filter = new EventFilter { Place = "Jiangsu", Type = Parley.Model.EventTypes.Meeting };
        var resolved = FilterResolver.Resolve(upgraded.Connection, filter);
        var live = query.Compute(resolved, NetworkLevel.Organization, 50);
        live.EdgeCount.ShouldBe(1);
        Json(query.Run(filter, NetworkLevel.Organization, 50)).ShouldBe(Json(live));
        Json(query.Run(filter, NetworkLevel.Organization, 50)).ShouldBe(Json(live));
        upgraded.Connection.ExecuteScalar<int>("SELECT count(*) FROM query_results WHERE kind = 'network'").ShouldBe(1);

        var person = new PersonCandidate(upgraded.Connection.ExecuteScalar<long>("SELECT min(id) FROM person_entities"), "", 0, null, null, null);
        PersonProfiles.Read(upgraded, person).Counterparts.Count.ShouldBe(1);
        PersonProfiles.Read(upgraded, person).Counterparts.Count.ShouldBe(1);
    }

    private static string Json(Network network) => System.Text.Json.JsonSerializer.Serialize(network);

    [Fact]
    public void EveryTableAQueryCanRead_RaisesTheChangeCounterOnInsertUpdateAndDelete()
    {
        using var db = new TempDatabase();
        db.Open().Dispose();
        using var raw = db.Raw();
        var tables = raw.Query<string>(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'article_text%' ORDER BY name").AsList();
        var triggers = raw.Query<(string Table, string Sql)>("SELECT tbl_name, sql FROM sqlite_master WHERE type = 'trigger'").AsList();
        foreach (var table in tables.Except(Uncounted))
            foreach (var operation in new[] { "INSERT", "UPDATE", "DELETE" })
                triggers.ShouldContain(t => t.Table == table && t.Sql.Contains($"AFTER {operation} ON {table} ", StringComparison.Ordinal)
                                            && t.Sql.Contains("UPDATE store_generation SET value = value + 1", StringComparison.Ordinal),
                    $"{table} has no change-counter trigger for {operation}");
    }
}
