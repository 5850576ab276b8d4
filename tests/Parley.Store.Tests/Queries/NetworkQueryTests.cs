using Parley.Model;
using Parley.Store.Queries;

namespace Parley.Store.Tests.Queries;

public sealed class NetworkQueryTests : IDisposable
{
    private readonly EngagementStore kb = new();

    public void Dispose() => kb.Dispose();

    private Network Run(EventFilter filter, NetworkLevel level = NetworkLevel.Person) => new NetworkQuery(kb.Store).Run(filter, level);

    /// <summary>Edges as "A – B ×weight", by node names, in the network's order.</summary>
    private static List<string> Pairs(Network network)
    {
        var names = network.Nodes.ToDictionary(n => n.Id, n => n.Name);
        return network.Edges.Select(e => $"{names[e.Source]} – {names[e.Target]} ×{e.Weight}").ToList();
    }

    [Fact]
    public void People_AreLinkedByTheEventsTheyShared_HeaviestAndNewestFirst()
    {
        var network = Run(EventFilter.All);

        network.Events.ShouldBe(5);
        Pairs(network).ShouldBe(["Ana Lima – Zoe Park ×2", "Chen Bo – Ana Lima ×2", "Chen Bo – Zoe Park ×2", "Chen Bo – Luc Martin ×1"]);
        network.Nodes.Select(n => (n.Name, n.Events)).ShouldBe([("Chen Bo", 4), ("Ana Lima", 3), ("Zoe Park", 3), ("Luc Martin", 1)]);
    }

    [Fact]
    public void Edge_CarriesFirstAndLastDay_TypesAndTopicCounts()
    {
        var edges = Run(EventFilter.All).Edges;

        var chenAna = edges[1];
        chenAna.First.ShouldBe("2023-05-17");
        chenAna.Last.ShouldBe("2024-01-12");
        chenAna.Types.ShouldBe([EventTypes.Meeting, EventTypes.Conference]);
        chenAna.Topics.ShouldBe([new TopicCount("trade", 2), new TopicCount("technology", 1)]);
        // A month-precise start is the earliest date it can be compared as.
        edges[2].First.ShouldBe("2023-06");
        var undated = edges[3];
        (undated.First, undated.Last).ShouldBe((null, null));
        undated.Topics.ShouldBeEmpty();
        undated.Types.ShouldBe([EventTypes.Signing]);
        edges.ShouldAllBe(e => e.Source < e.Target);
    }

    [Theory]
    [InlineData(NetworkLevel.Person)]
    [InlineData(NetworkLevel.Organization)]
    [InlineData(NetworkLevel.Place)]
    public void EdgeLimit_ReturnsTheHeaviestEdgesOfTheWholeNetwork_WithTheirOwnTopics(NetworkLevel level)
    {
        static string Describe(NetworkEdge e) =>
            $"{e.Source}-{e.Target} ×{e.Weight} {e.First}..{e.Last} {string.Join(",", e.Types)} {string.Join(",", e.Topics.Select(t => $"{t.Topic}:{t.Events}"))}";
        var all = Run(EventFilter.All, level);

        var top = new NetworkQuery(kb.Store).Run(EventFilter.All, level, edgeLimit: 2);

        top.Edges.Select(Describe).ShouldBe(all.Edges.Take(2).Select(Describe));
        top.Nodes.Select(n => n.Id).ShouldBe(top.Edges.SelectMany(e => new[] { e.Source, e.Target }).Distinct().Order());
        (top.NodeCount, top.EdgeCount, top.Events).ShouldBe((all.NodeCount, all.EdgeCount, all.Events));
    }

    [Fact]
    public void Filter_ChoosesTheEvents()
    {
        // Ties (same weight, same last day) go by node id: Chen Bo was stored first.
        Pairs(Run(new EventFilter { Place = "Jiangsu" })).ShouldBe(["Chen Bo – Ana Lima ×2", "Chen Bo – Zoe Park ×1", "Ana Lima – Zoe Park ×1"]);
        Run(new EventFilter { Place = "Atlantis" }).ShouldSatisfyAllConditions(
            n => n.Events.ShouldBe(0), n => n.Edges.ShouldBeEmpty(), n => n.Filter.MatchesNothing.ShouldBeTrue());
    }

    [Fact]
    public void Organizations_AreThoseAnEventNames_AndThoseItsParticipantsHoldPositionsIn()
    {
        var network = Run(EventFilter.All, NetworkLevel.Organization);

        // a1 names the Harbor Council and Ana Lima is Mayor for Nanjing's government; in a2 Zoe Park directs the Port Authority.
        Pairs(network).ShouldBe(["Shanghai Harbor Council – Wuhan Port Authority ×1", "Shanghai Harbor Council – Nanjing Municipal Government ×1"]);
        network.Nodes.Single(n => n.Name == "Shanghai Harbor Council").Events.ShouldBe(3);
    }

    [Fact]
    public void Regions_AreProvincesOrCountries_OfTheEventsPlaceAndItsOrganizations()
    {
        var network = Run(EventFilter.All, NetworkLevel.Place);

        // Nanjing and its government roll up to Jiangsu, Wuhan to Hubei, Paris to France; the council is in Shanghai.
        // The Wuxi conference involves Jiangsu alone: no link.
        // An edge's direction follows entity ids, which say nothing here: compare the ends as a set.
        var names = network.Nodes.ToDictionary(n => n.Id, n => n.Name);
        network.Edges.Select(e => string.Join(" – ", new[] { names[e.Source], names[e.Target] }.Order(StringComparer.Ordinal)) + $" ×{e.Weight}")
            .ShouldBe(["Hubei – Shanghai ×1", "Jiangsu – Shanghai ×1", "France – Shanghai ×1"], ignoreOrder: true);
    }

    [Fact]
    public void NearDuplicateArticles_AreNotCounted()
    {
        kb.MarkNearDuplicate("a3");

        var network = Run(EventFilter.All);

        network.Events.ShouldBe(3);
        Pairs(network).ShouldBe(["Chen Bo – Zoe Park ×1", "Chen Bo – Ana Lima ×1", "Chen Bo – Luc Martin ×1"]);
    }
}
