namespace Parley.Store.Tests.Identity;

/// <summary>Event locations and places named in organizations resolve to gazetteer entries with their hierarchy.</summary>
public sealed class PlaceResolutionTests : IDisposable
{
    private readonly IdentityStore db = new();

    public void Dispose() => db.Dispose();

    [Fact]
    public void An_event_location_resolves_with_its_ancestors()
    {
        db.Save(new TestArticle("e", "2024-04-07").Person("Gao Min", "Mayor", "Chifeng").Meeting("2024-03-26", "Chifeng", "Gao Min"));

        var ancestors = db.Query<(string, long)>(
            """
            SELECT a.name, x.depth FROM event_places ep
            JOIN place_ancestors x ON x.place_entity_id = ep.place_entity_id
            JOIN place_entities a ON a.id = x.ancestor_id
            ORDER BY x.depth
            """);
        ancestors.ShouldBe([("Chifeng", 0L), ("Inner Mongolia", 1L), ("China", 2L)]);
    }

    [Fact]
    public void A_province_reaches_the_events_in_its_cities()
    {
        db.Save(
            new TestArticle("a", "2024-01-01").Meeting("2024-01-01", "Chifeng", "Gao Min"),
            new TestArticle("b", "2024-02-01").Meeting("2024-02-01", "Baotou", "Ruan Jie"),
            new TestArticle("c", "2024-03-01").Meeting("2024-03-01", "Wuhan", "Sun Hao"),
            new TestArticle("d", "2024-04-01").Meeting("2024-04-01", "Riverside Hall", "Kong Lei"));

        db.Scalar<long>(
            """
            SELECT count(*) FROM event_places ep
            JOIN place_ancestors x ON x.place_entity_id = ep.place_entity_id
            JOIN place_entities p ON p.id = x.ancestor_id
            WHERE p.name = 'Inner Mongolia'
            """).ShouldBe(2);
        // Every located event whose location is in the gazetteer has its place; the others have none.
        db.Scalar<long>("SELECT count(*) FROM event_places").ShouldBe(3);
    }

    [Fact]
    public void A_place_named_in_an_organization_is_its_place()
    {
        db.Save(new TestArticle("o", "2024-01-01").Person("Ruan Jie", "Vice Chairman", "CCPIT Wuhan").Person("Gao Min", "Secretary", "Chifeng Municipal Party Committee"));

        db.Query<(string, string)>(
            "SELECT o.name, p.name FROM organization_entities o JOIN place_entities p ON p.id = o.place_entity_id ORDER BY o.id")
            .ShouldBe([("CCPIT Wuhan", "Wuhan"), ("Chifeng Municipal Party Committee", "Chifeng")]);
    }
}
