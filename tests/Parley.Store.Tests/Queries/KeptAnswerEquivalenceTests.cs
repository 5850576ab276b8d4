using System.Text.Json;
using Dapper;
using Parley.Model;
using Parley.Store.Identity;
using Parley.Store.Queries;
using Parley.Store.Tests.Identity;

namespace Parley.Store.Tests.Queries;

/// <summary>
/// The answers the store keeps (networks, person profiles) against the live computation, over a small random
/// store, after every kind of change: new articles, the same article again, a re-extracted article, a
/// near-duplicate, merged organization names, and a user's merge and split of people. Every query is asked
/// before each change, so a kept answer exists to go stale; after it, the kept path must agree with the live one.
/// The same questions cover the network totals: a place's or the whole store's network is read from them.
/// </summary>
public sealed class KeptAnswerEquivalenceTests
{
    private static readonly string[] Cities = ["Nanjing", "Wuxi", "Suzhou", "Wuhan", "Guangzhou", "Shenzhen", "Paris", "Beijing"];
    // Beijing names both a municipality and its city: a place filter matching two places, one inside the other.
    private static readonly string[] Provinces = ["Jiangsu", "Hubei", "Guangdong", "France", "Beijing"];
    private static readonly string[] Organizations =
        ["Harbor Trade Council", "HTC", "Lakeside Town Hall", "River Port Authority", "Pearl Export Bureau", "Hill Mining Group", "Delta Science Park"];
    private static readonly string[] Names =
        ["Chen Bo", "Ana Lima", "Zoe Park", "Luc Martin", "Wang Fei", "Li Na", "Omar Haddad", "Sara Kim", "Tang Wei", "Ivo Novak"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void KeptAnswers_EqualTheLiveComputation_AfterEveryKindOfChange(int seed)
    {
        var random = new Random(seed);
        using var kb = new IdentityStore();
        var articles = new List<TestArticle>();
        TestArticle NewArticle(string id) => RandomArticle(random, id);

        for (var i = 0; i < 12; i++) articles.Add(NewArticle($"a{i}"));
        kb.Save(articles.ToArray());
        AssertKeptEqualsLive(kb.Store, "first load");

        // New articles.
        var added = Enumerable.Range(12, 4).Select(i => NewArticle($"a{i}")).ToArray();
        kb.Save(added);
        articles.AddRange(added);
        AssertKeptEqualsLive(kb.Store, "insert");

        // The same article again changes nothing; the kept answers stay valid.
        kb.Store.Save(articles[0].Build()).ShouldBe(SaveOutcome.Unchanged);
        AssertKeptEqualsLive(kb.Store, "re-ingest unchanged");

        // Re-extraction: the same source with other people, events and places.
        kb.Store.Save(NewArticle("a3").Build()).ShouldBe(SaveOutcome.Replaced);
        AssertKeptEqualsLive(kb.Store, "re-extract");

        // A near-duplicate is left out of every count.
        kb.Query<int>("INSERT INTO near_duplicates (article_id, original_id, similarity) SELECT max(id), min(id), 0.97 FROM articles RETURNING 1")
            .Count.ShouldBe(1);
        AssertKeptEqualsLive(kb.Store, "near-duplicate, totals pending");
        NetworkTotalsTests.CatchUp(kb.Store);
        AssertKeptEqualsLive(kb.Store, "near-duplicate");

        // An alias makes two organization names one entity.
        kb.Save(new TestArticle("alias", "2024-03-01").Person("Chen Bo", "Chairman", "Harbor Trade Council").Alias("Harbor Trade Council", "HTC")
            .Meeting("2024-03-01", "Nanjing", "Chen Bo"));
        AssertKeptEqualsLive(kb.Store, "organization alias");

        // A user merges two people, then splits one article's mentions off again.
        var people = PersonIds(kb);
        PersonCorrections.Merge(kb.Store, people[0], people[1]).Applied.ShouldBeTrue();
        AssertKeptEqualsLive(kb.Store, "merge");
        var busiest = kb.Query<long>("SELECT entity_id FROM person_resolutions GROUP BY entity_id ORDER BY count(*) DESC, entity_id LIMIT 1")[0];
        var source = kb.Query<string>(
            """
            SELECT a.record_id FROM person_resolutions r JOIN article_people ap ON ap.id = r.article_person_id
            JOIN articles a ON a.id = ap.article_id WHERE r.entity_id = @Id ORDER BY a.id LIMIT 1
            """, new { Id = busiest })[0];
        PersonCorrections.Split(kb.Store, busiest, new SplitSelection([source], [])).Applied.ShouldBeTrue();
        AssertKeptEqualsLive(kb.Store, "split");
    }

    [Fact]
    public void UnchangedData_IsAnsweredFromTheKeptAnswer()
    {
        using var kb = new IdentityStore();
        kb.Save(new TestArticle("a1", "2024-01-02").Person("Chen Bo", "Chairman", "Harbor Trade Council")
            .Person("Ana Lima", "Mayor", "Lakeside Town Hall").Meeting("2024-01-02", "Nanjing", "Chen Bo", "Ana Lima"));
        // A place and a type: not a question the network totals answer, so its answer is kept.
        var filter = new EventFilter { Place = "Jiangsu", Type = EventTypes.Meeting };
        new NetworkQuery(kb.Store).Run(filter, NetworkLevel.Organization, 50).EdgeCount.ShouldBe(1);

        // Tamper with the kept answer: only a kept answer can then show two edges.
        kb.Query<int>("UPDATE query_results SET payload = json_set(payload, '$.EdgeCount', 2) RETURNING 1").Count.ShouldBe(1);
        new NetworkQuery(kb.Store).Run(filter, NetworkLevel.Organization, 50).EdgeCount.ShouldBe(2);

        // Any write retires it.
        kb.Save(new TestArticle("a2", "2024-01-03").Person("Zoe Park", "Director", "River Port Authority").Meeting("2024-01-03", "Wuhan", "Zoe Park"));
        new NetworkQuery(kb.Store).Run(filter, NetworkLevel.Organization, 50).EdgeCount.ShouldBe(1);
    }

    [Fact]
    public void AnotherProcessHoldingTheWriteLock_GetsTheLiveAnswerWithoutKeepingIt()
    {
        using var kb = new IdentityStore();
        kb.Save(new TestArticle("a1", "2024-01-02").Person("Chen Bo", "Chairman", "Harbor Trade Council")
            .Person("Ana Lima", "Mayor", "Lakeside Town Hall").Meeting("2024-01-02", "Nanjing", "Chen Bo", "Ana Lima"));
        using var writer = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={kb.FilePath};Pooling=False");
        writer.Open();
        using var transaction = writer.BeginTransaction(deferred: false);

        new NetworkQuery(kb.Store).Run(new EventFilter { Place = "Jiangsu", Type = EventTypes.Meeting }, NetworkLevel.Organization, 50).EdgeCount.ShouldBe(1);

        writer.ExecuteScalar<int>("SELECT count(*) FROM query_results", transaction: transaction).ShouldBe(0);
    }

    /// <summary>Asks every query twice through the kept path and once live; all three must be equal.</summary>
    internal static void AssertKeptEqualsLive(SqliteKnowledgeStore store, string after)
    {
        NetworkTotalsTests.AssertTotalsEqualARebuild(store, after);
        var network = new NetworkQuery(store);
        foreach (var filter in Filters())
            foreach (var level in new[] { NetworkLevel.Organization, NetworkLevel.Person, NetworkLevel.Place })
                foreach (var limit in new[] { 3, 50 })
                {
                    var resolved = FilterResolverFor(store, filter);
                    var live = resolved.MatchesNothing ? null : Json(network.Compute(resolved, level, limit));
                    var first = network.Run(filter, level, limit);
                    var second = network.Run(filter, level, limit);
                    if (live is null) continue;
                    Json(first).ShouldBe(live, $"network {level} {NetworkQueryKey.Of(filter, level, limit)} after {after}");
                    Json(second).ShouldBe(live, $"network {level} {NetworkQueryKey.Of(filter, level, limit)} (kept) after {after}");
                }
        foreach (var id in store.Connection.Query<long>("SELECT id FROM person_entities ORDER BY id"))
        {
            var described = PersonDirectory.DescribeOne(store.Connection, id);
            Json(PersonDirectory.Describe(store.Connection, [id])).ShouldBe(Json(described is null ? [] : new[] { described }), $"look-up P{id} after {after}");
            Json(PersonDirectory.Describe(store.Connection, [id])).ShouldBe(Json(described is null ? [] : new[] { described }), $"look-up P{id} (kept) after {after}");
            var person = new PersonCandidate(id, $"P{id}", 0, null, null, null);
            foreach (var limit in new[] { 2, 20 })
            {
                var live = Json(PersonProfiles.Compute(store, person, limit));
                Json(PersonProfiles.Compute(store, person, limit, fromTotals: true)).ShouldBe(live, $"profile P{id} from totals after {after}");
                Json(PersonProfiles.Read(store, person, limit)).ShouldBe(live, $"profile P{id} after {after}");
                Json(PersonProfiles.Read(store, person, limit)).ShouldBe(live, $"profile P{id} (kept) after {after}");
            }
        }
    }

    private static IEnumerable<EventFilter> Filters()
    {
        yield return EventFilter.All;
        foreach (var province in Provinces)
        {
            yield return new EventFilter { Place = province };
            yield return new EventFilter { Place = province, From = DateBound.Parse("2023-06"), To = DateBound.Parse("2024") };
        }
        yield return new EventFilter { Person = "Chen Bo" };
        yield return new EventFilter { Organization = "Harbor Trade Council", Type = EventTypes.Meeting };
    }

    private static ResolvedFilter FilterResolverFor(SqliteKnowledgeStore store, EventFilter filter) => FilterResolver.Resolve(store.Connection, filter);

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    private static List<long> PersonIds(IdentityStore kb) =>
        kb.Query<long>("SELECT entity_id FROM person_resolutions GROUP BY entity_id ORDER BY count(*) DESC, entity_id LIMIT 2");

    /// <summary>An article of two to five people with positions, and one to three events among them in random places and months.</summary>
    internal static TestArticle RandomArticle(Random random, string id)
    {
        var published = $"202{random.Next(2, 5)}-{random.Next(1, 13):00}-{random.Next(1, 28):00}";
        var article = new TestArticle(id, random.Next(5) == 0 ? null : published);
        var people = Names.OrderBy(_ => random.Next()).Take(random.Next(2, 6)).ToArray();
        foreach (var name in people)
        {
            var positions = Enumerable.Range(0, random.Next(0, 3))
                .Select(_ => (Title: random.Next(2) == 0 ? "Chairman" : "Director", Org: (string?)Organizations[random.Next(Organizations.Length)]))
                .ToArray();
            article.Person(name, positions);
        }
        for (var e = random.Next(1, 4); e > 0; e--)
        {
            var date = random.Next(6) == 0 ? null : $"202{random.Next(2, 5)}-{random.Next(1, 13):00}-{random.Next(1, 28):00}";
            var place = random.Next(8) == 0 ? null : Cities[random.Next(Cities.Length)];
            var type = new[] { EventTypes.Meeting, EventTypes.Visit, EventTypes.Conference, EventTypes.Signing }[random.Next(4)];
            article.Event(type, date, place, people.OrderBy(_ => random.Next()).Take(random.Next(1, people.Length + 1)).ToArray());
        }
        return article;
    }
}
