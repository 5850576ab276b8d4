using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Dapper;
using Parley.Extraction;
using Parley.Model;
using Parley.Store.Export;
using Parley.Store.Ingestion;
using Parley.Store.Queries;
using Parley.Testing;

namespace Parley.Store.Tests;

/// <summary>
/// Graph exports of a store built from the invented samples plus synthetic articles: each file passes its
/// XML schema, loads back, and holds as many nodes and edges as SQL counts independently of the exporter.
/// </summary>
public sealed class ExportGraphTests : IDisposable
{
    private static readonly XNamespace GraphMl = GraphMlWriter.Namespace;
    private static readonly XNamespace Gexf = GexfWriter.Namespace;

    private readonly TempDatabase db = new();
    private readonly SqliteKnowledgeStore store;

    public ExportGraphTests()
    {
        store = db.Open();
        var summary = new IngestService(store, ExtractionPipeline.CreateDefault(), new IngestOptions { RecentEventCount = 0 })
            .Run([Path.Combine(SharedCorpus.RepoRoot, "samples", "articles")]);
        summary.Failures.ShouldBeEmpty();
        // The same two people meeting three times, in two provinces, under two organizations.
        Save("s1", "2022-03-01", "Chengdu", "trade");
        Save("s2", "2022-09-10", "Hefei", "technology");
        Save("s3", "2023-01-05", "Chengdu", "trade");
    }

    public void Dispose()
    {
        store.Dispose();
        db.Dispose();
    }

    public static TheoryData<NetworkLevel> Levels() => [NetworkLevel.Person, NetworkLevel.Organization, NetworkLevel.Place];

    [Theory]
    [MemberData(nameof(Levels))]
    public void GraphMl_PassesTheSchema_AndHoldsTheNodesAndEdgesSqlCounts(NetworkLevel level)
    {
        var xml = Write(GraphBuilder.Build(store, EventFilter.All, level), GraphMlWriter.Write);

        Validate(xml, "graphml-subset.xsd").ShouldBeEmpty();
        var graph = XDocument.Parse(xml).Root!.Element(GraphMl + "graph")!;
        var (nodes, edges) = SqlCounts(level);
        edges.ShouldBeGreaterThan(0);
        graph.Elements(GraphMl + "node").Count().ShouldBe(nodes);
        graph.Elements(GraphMl + "edge").Count().ShouldBe(edges);
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void Gexf_PassesTheSchema_AndHoldsTheNodesAndEdgesSqlCounts(NetworkLevel level)
    {
        var xml = Write(GraphBuilder.Build(store, EventFilter.All, level), GexfWriter.Write);

        Validate(xml, "gexf-subset.xsd").ShouldBeEmpty();
        var graph = XDocument.Parse(xml).Root!.Element(Gexf + "graph")!;
        var (nodes, edges) = SqlCounts(level);
        graph.Element(Gexf + "nodes")!.Elements(Gexf + "node").Count().ShouldBe(nodes);
        graph.Element(Gexf + "edges")!.Elements(Gexf + "edge").Count().ShouldBe(edges);
    }

    [Fact]
    public void GraphMl_CarriesNodeAndEdgeAttributes()
    {
        var xml = XDocument.Parse(Write(GraphBuilder.Build(store, EventFilter.All, NetworkLevel.Person), GraphMlWriter.Write));

        var keys = xml.Root!.Elements(GraphMl + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("attr.type")!);
        keys["weight"].ShouldBe("double");
        keys["events"].ShouldBe("int");
        var nodes = xml.Descendants(GraphMl + "node").ToDictionary(n => (string)n.Attribute("id")!, Data);
        var gu = nodes.Values.Single(n => n["label"] == "Gu Wenjie");
        gu["type"].ShouldBe("person");
        gu["positions"].ShouldBe("Secretary-General, Chengdu Silk Road Chamber");
        gu["events"].ShouldBe("3");
        var edge = xml.Descendants(GraphMl + "edge").Select(Data)
            .Single(e => e["weight"] == "3");
        edge["first"].ShouldBe("2022-03-01");
        edge["last"].ShouldBe("2023-01-05");
        edge["types"].ShouldBe("meeting");
        edge["topics"].ShouldBe("trade; technology");
    }

    [Fact]
    public void Gexf_UsesItsOwnLabelAndWeight_AndFiltersChooseTheEvents()
    {
        var graph = GraphBuilder.Build(store, new EventFilter { Place = "Sichuan", Topic = "trade" }, NetworkLevel.Person);
        var xml = XDocument.Parse(Write(graph, GexfWriter.Write));

        graph.Events.ShouldBe(2);
        var edge = xml.Descendants(Gexf + "edge").ShouldHaveSingleItem();
        double.Parse((string)edge.Attribute("weight")!, CultureInfo.InvariantCulture).ShouldBe(2);
        xml.Descendants(Gexf + "node").Select(n => (string)n.Attribute("label")!).ShouldBe(["Gu Wenjie", "Hala Mansour"], ignoreOrder: true);
    }

    [Fact]
    public void Places_CarryTheirKindAndTheCountryTheyLieIn()
    {
        var xml = XDocument.Parse(Write(GraphBuilder.Build(store, EventFilter.All, NetworkLevel.Place), GraphMlWriter.Write));

        var sichuan = xml.Descendants(GraphMl + "node").Select(Data).Single(n => n["label"] == "Sichuan");
        sichuan["kind"].ShouldBe("province");
        sichuan["place"].ShouldBe("China");
    }

    [Fact]
    public void SchemaCheck_RefusesAnEdgeToAMissingNode()
    {
        var xml = Write(GraphBuilder.Build(store, EventFilter.All, NetworkLevel.Person), GraphMlWriter.Write);
        var broken = XDocument.Parse(xml);
        broken.Descendants(GraphMl + "edge").First().SetAttributeValue("target", "person-999999");
        var gexf = XDocument.Parse(Write(GraphBuilder.Build(store, EventFilter.All, NetworkLevel.Person), GexfWriter.Write));
        gexf.Descendants(Gexf + "attvalue").First().SetAttributeValue("for", "undeclared");

        Validate(broken.ToString(), "graphml-subset.xsd").ShouldNotBeEmpty();
        Validate(gexf.ToString(), "gexf-subset.xsd").ShouldNotBeEmpty();
    }

    private void Save(string id, string date, string city, string topic)
    {
        var record = new ArticleRecord
        {
            Id = id,
            Published = date,
            People =
            [
                new PersonRecord { Name = "Gu Wenjie", Positions = [new PositionRecord { Title = "Secretary-General", Org = "Chengdu Silk Road Chamber" }] },
                new PersonRecord { Name = "Hala Mansour", Positions = [new PositionRecord { Title = "Consul General", Org = "Cairo Trade Office" }] },
            ],
            Events =
            [
                new EventRecord
                {
                    Type = EventTypes.Meeting, Start = date, End = date, Location = city,
                    Participants = ["Gu Wenjie", "Hala Mansour"], Topics = [topic],
                },
            ],
        };
        store.Save(Samples.Article($"synthetic/{id}.txt", $"{Filler(id)} Gu Wenjie met Hala Mansour in {city} on {date}.", record)).ShouldBe(SaveOutcome.Inserted);
    }

    // Distinct wording per article, so the near-duplicate detector does not take the one-line stories for copies.
    private static string Filler(string id) =>
        string.Join(' ', Enumerable.Range(0, 40).Select(i => $"w{(id.GetHashCode() ^ (i * 7919)) & 0xffff:x}"));

    /// <summary>Nodes and edges of the level's network, counted in SQL straight from the tables.</summary>
    private (int Nodes, int Edges) SqlCounts(NetworkLevel level)
    {
        const string organizations = """
            SELECT eo.event_id, r.entity_id FROM event_organizations eo JOIN organization_resolutions r ON r.organization_id = eo.organization_id
            UNION
            SELECT ep.event_id, r.entity_id FROM event_participants ep
            JOIN positions p ON p.article_person_id = ep.article_person_id
            JOIN organization_resolutions r ON r.organization_id = p.organization_id
            """;
        var members = level switch
        {
            NetworkLevel.Person => """
                SELECT DISTINCT ep.event_id, r.entity_id FROM event_participants ep
                JOIN person_resolutions r ON r.article_person_id = ep.article_person_id
                """,
            NetworkLevel.Organization => organizations,
            _ => $"""
                SELECT DISTINCT pl.event_id, coalesce(
                    (SELECT a.ancestor_id FROM place_ancestors a JOIN place_entities k ON k.id = a.ancestor_id WHERE a.place_entity_id = pl.place_id AND k.kind = 'province'),
                    (SELECT a.ancestor_id FROM place_ancestors a JOIN place_entities k ON k.id = a.ancestor_id WHERE a.place_entity_id = pl.place_id AND k.kind = 'country'),
                    pl.place_id)
                FROM (SELECT event_id, place_entity_id AS place_id FROM event_places
                      UNION SELECT o.event_id, oe.place_entity_id FROM ({organizations}) o
                      JOIN organization_entities oe ON oe.id = o.entity_id WHERE oe.place_entity_id IS NOT NULL) pl
                """,
        };
        using var raw = db.Raw();
        return raw.QuerySingle<(int, int)>($"""
            WITH members (event_id, node) AS ({members}),
            pairs AS (SELECT DISTINCT a.node AS x, b.node AS y FROM members a JOIN members b ON b.event_id = a.event_id AND a.node < b.node)
            SELECT (SELECT count(*) FROM (SELECT x FROM pairs UNION SELECT y FROM pairs)), (SELECT count(*) FROM pairs)
            """);
    }

    private static string Write(Graph graph, Action<Graph, TextWriter> writer)
    {
        using var output = new StringWriter();
        writer(graph, output);
        return output.ToString();
    }

    /// <summary>Every schema error and warning (an element the schema does not know is only a warning).</summary>
    private static List<string> Validate(string xml, string schemaFile)
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(null, Path.Combine(SharedCorpus.RepoRoot, "tests", "Parley.Store.Tests", "ExportSchemas", schemaFile));
        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read()) { }
        return problems;
    }

    private static Dictionary<string, string> Data(XElement owner) =>
        owner.Elements(GraphMl + "data").ToDictionary(d => (string)d.Attribute("key")!, d => d.Value);
}
