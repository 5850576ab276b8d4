using System.Text;
using System.Text.Json;
using Dapper;
using Parley.Model;
using Parley.Store.Identity;
using Parley.Store.Queries;
using Parley.Store.Schema;
using Parley.Store.Tests.Identity;
using Parley.Store.Totals;

namespace Parley.Store.Tests.Queries;

/// <summary>
/// The who-met-whom totals kept at every write (migration 0006): equal to totals recomputed from nothing,
/// read by the network and profile queries when current, and left aside while some event is pending.
/// The changes that can make them stale are run in <see cref="KeptAnswerEquivalenceTests"/>, which checks
/// these totals against a rebuild and every answer against the live computation after each.
/// </summary>
public sealed class NetworkTotalsTests
{
    private static readonly string[] Tables =
    [
        "network_scope_totals", "network_node_totals", "network_pair_totals",
        "network_event_shares", "network_event_members", "network_event_topics",
    ];

    [Fact]
    public void APlacesOrganizationNetwork_IsReadFromTheTotals()
    {
        using var kb = StoreWithOneMeeting();
        var filter = new EventFilter { Place = "Jiangsu" };
        new NetworkQuery(kb.Store).Run(filter, NetworkLevel.Organization, 50).Edges.Single().Weight.ShouldBe(1);

        // Only an answer read from the totals can show a weight no event gives.
        kb.Query<int>("UPDATE network_pair_totals SET weight = 7 WHERE level = 1 RETURNING 1").Count.ShouldBeGreaterThan(0);
        new NetworkQuery(kb.Store).Run(filter, NetworkLevel.Organization, 50).Edges.Single().Weight.ShouldBe(7);
        new NetworkQuery(kb.Store).Run(EventFilter.All, NetworkLevel.Organization, 50).Edges.Single().Weight.ShouldBe(7);
    }

    [Fact]
    public void ANameOfAPlaceAndOfAnotherInsideIt_IsAnsweredFromTheOuterPlacesTotals()
    {
        using var kb = new IdentityStore();
        kb.Save(new TestArticle("a1", "2024-01-02").Person("Chen Bo", "Chairman", "Harbor Trade Council")
            .Person("Ana Lima", "Mayor", "Lakeside Town Hall").Meeting("2024-01-02", "Beijing", "Chen Bo", "Ana Lima"));
        // The gazetteer holds Beijing the municipality and Beijing the city; the article's event was placed
        // in one of them. A city of that name inside it is added, and the event moved there, as a store
        // holding both (with events in either) would have them.
        kb.Query<int>(
            """
            INSERT INTO place_entities (id, gazetteer_id, name, kind, country_code, parent_id)
            SELECT max(id) + 1, (SELECT max(gazetteer_id) + 1000000 FROM place_entities), 'Beijing', 'city', 'CN',
                   (SELECT id FROM place_entities WHERE name = 'Beijing') FROM place_entities;
            INSERT INTO place_ancestors (place_entity_id, ancestor_id, depth)
            SELECT (SELECT max(id) FROM place_entities), ancestor_id, depth + 1 FROM place_ancestors
            WHERE place_entity_id = (SELECT min(id) FROM place_entities WHERE name = 'Beijing')
            UNION ALL SELECT max(id), max(id), 0 FROM place_entities;
            UPDATE event_places SET place_entity_id = (SELECT max(id) FROM place_entities) RETURNING 1;
            """).Count.ShouldBe(1);
        CatchUp(kb.Store);
        var filter = new EventFilter { Place = "Beijing" };
        var resolved = FilterResolver.Resolve(kb.Store.Connection, filter);
        resolved.Places!.Count.ShouldBe(2);
        var network = new NetworkQuery(kb.Store);
        JsonSerializer.Serialize(network.Run(filter, NetworkLevel.Organization, 50))
            .ShouldBe(JsonSerializer.Serialize(network.Compute(resolved, NetworkLevel.Organization, 50)));

        kb.Query<int>("UPDATE network_pair_totals SET weight = 7 WHERE level = 1 RETURNING 1").Count.ShouldBeGreaterThan(0);
        new NetworkQuery(kb.Store).Run(filter, NetworkLevel.Organization, 50).Edges.Single().Weight.ShouldBe(7);
    }

    [Fact]
    public void WhileAnEventIsPending_TheNetworkIsComputedLive()
    {
        using var kb = StoreWithOneMeeting();
        kb.Query<int>("UPDATE network_pair_totals SET weight = 7 RETURNING 1").Count.ShouldBeGreaterThan(0);
        kb.Query<int>("INSERT INTO network_pending (event_id) SELECT min(id) FROM events RETURNING 1").Count.ShouldBe(1);

        new NetworkQuery(kb.Store).Run(new EventFilter { Place = "Jiangsu" }, NetworkLevel.Organization, 50).Edges.Single().Weight.ShouldBe(1);
    }

    [Fact]
    public void TotalsOfAStoreFromBeforeThem_AreAddedUpWhenItIsOpened()
    {
        using var db = new TempDatabase();
        var totals = EmbeddedMigrations.All.Single(m => m.Name.Contains("network_totals", StringComparison.Ordinal)).Version;
        var random = new Random(7);
        using (var old = new SqliteKnowledgeStore(db.FilePath, EmbeddedMigrations.All.Where(m => m.Version < totals).ToList(), TimeProvider.System))
            for (var i = 0; i < 10; i++) old.Save(KeptAnswerEquivalenceTests.RandomArticle(random, $"a{i}").Build());

        using var upgraded = db.Open();
        NetworkTotals.AreCurrent(upgraded.Connection, null).ShouldBeTrue();
        upgraded.Connection.ExecuteScalar<int>("SELECT count(*) FROM network_event_shares")
            .ShouldBe(upgraded.Connection.ExecuteScalar<int>("SELECT count(*) FROM events"));
        KeptAnswerEquivalenceTests.AssertKeptEqualsLive(upgraded, "upgrade");
    }

    [Fact]
    public void ABusyPersonsCounterpartsAndEvents_AreReadFromTheTotals()
    {
        using var kb = StoreWithOneMeeting();
        var chen = kb.Person("a1", "Chen Bo");
        var person = new PersonCandidate(chen, "Chen Bo", 0, null, null, null);
        PersonProfiles.Read(kb.Store, person, 50).Counterparts.Single().Events.ShouldBe(1);

        // Tampered totals (and no kept profile): only a profile read from the totals can show these numbers.
        kb.Query<int>("DELETE FROM query_results RETURNING 1").Count.ShouldBe(1);
        kb.Query<int>("UPDATE network_pair_totals SET weight = 5 WHERE level = 0 RETURNING 1").Count.ShouldBe(1);
        kb.Query<int>("UPDATE network_node_totals SET events = 6 WHERE level = 0 AND node = @Chen RETURNING 1", new { Chen = chen }).Count.ShouldBe(1);
        var profile = PersonProfiles.Read(kb.Store, person, 50);
        profile.Counterparts.Single().Events.ShouldBe(5);
        profile.EventCount.ShouldBe(6);
    }

    /// <summary>Brings the totals up to date, as the next write or open would.</summary>
    internal static void CatchUp(SqliteKnowledgeStore store)
    {
        using var transaction = store.Connection.BeginTransaction(deferred: false);
        store.CatchUpNetworkTotals(transaction);
        transaction.Commit();
    }

    /// <summary>The totals kept event by event are current, and equal to those the set-based rebuild computes from every event.</summary>
    internal static void AssertTotalsEqualARebuild(SqliteKnowledgeStore store, string after)
    {
        if (!NetworkTotals.AreCurrent(store.Connection, null)) return;
        var kept = Dump(store);
        using var transaction = store.Connection.BeginTransaction(deferred: false);
        TotalsRebuild.Run(store.Connection, transaction);
        var rebuilt = Dump(store, transaction);
        transaction.Rollback();
        kept.ShouldBe(rebuilt, $"network totals after {after}");
    }

    private static string Dump(SqliteKnowledgeStore store, Microsoft.Data.Sqlite.SqliteTransaction? transaction = null)
    {
        var text = new StringBuilder();
        foreach (var table in Tables)
        {
            text.AppendLine(table);
            var rows = store.Connection.Query($"SELECT * FROM {table}", transaction: transaction)
                .Select(row => JsonSerializer.Serialize((IDictionary<string, object>)row));
            foreach (var row in rows.Order(StringComparer.Ordinal)) text.AppendLine(row);
        }
        return text.ToString();
    }

    private static IdentityStore StoreWithOneMeeting()
    {
        var kb = new IdentityStore();
        kb.Save(new TestArticle("a1", "2024-01-02").Person("Chen Bo", "Chairman", "Harbor Trade Council")
            .Person("Ana Lima", "Mayor", "Lakeside Town Hall").Meeting("2024-01-02", "Nanjing", "Chen Bo", "Ana Lima"));
        return kb;
    }
}
