using System.Text.Json;
using System.Xml.Linq;

namespace Parley.Cli.Tests.Queries;

/// <summary><c>parley events</c>, <c>parley network</c> and the graph exports, run on two ingested invented articles.</summary>
public sealed class QueryCommandsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public QueryCommandsTests()
    {
        // Ding Weiran meets Shao Linfeng (Vice Mayor of Suzhou) in Hangzhou; Fu Haoyu receives Xue Mingyang (of Xi'an) in Shanghai.
        _temp.Write("in/maple.txt", InventedArticles.MeetingText);
        _temp.Write("in/birch.html", InventedArticles.Html);
        CliRun.Of("ingest", _temp["in"], "--db", _temp["kb.db"]).ExitCode.ShouldBe(0);
    }

    public void Dispose() => _temp.Dispose();

    private CliRun Parley(params string[] args) => CliRun.Of([.. args, "--db", _temp["kb.db"]]);

    [Fact]
    public void Events_ListsTheMatchingEventsInATable()
    {
        var all = Parley("events");
        var zhejiang = Parley("events", "--place", "Zhejiang");

        all.ExitCode.ShouldBe(0, all.Error);
        all.Out.ShouldContain("2 events match.");
        all.Out.ShouldContain("Ding Weiran, Shao Linfeng");
        all.Out.ShouldContain("Fu Haoyu, Xue Mingyang");
        zhejiang.Out.ShouldContain("1 event matches.");
        zhejiang.Out.ShouldContain("Hangzhou");
        zhejiang.Out.ShouldNotContain("Fu Haoyu");
    }

    [Fact]
    public void Events_Json_HasTheTotalAndEachEventsFacts()
    {
        var run = Parley("events", "--person", "FU HAOYU", "--from", "2023-08", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        var root = JsonDocument.Parse(run.Out).RootElement;
        root.GetProperty("total").GetInt32().ShouldBe(1);
        var e = root.GetProperty("events").EnumerateArray().ShouldHaveSingleItem();
        e.GetProperty("article_id").GetString().ShouldBe("birch");
        e.GetProperty("start").GetString().ShouldBe("2023-08-01");
        e.GetProperty("location").GetString().ShouldBe("Shanghai");
        e.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ShouldBe(["Fu Haoyu", "Xue Mingyang"]);
    }

    [Fact]
    public void Totals_CountEveryEvent_AndARebuildMendsDamagedOnes()
    {
        var before = Parley("network", "--level", "org", "--json");
        Parley("totals").Out.ShouldContain("2 events counted, 0 pending.");

        // Damage the totals behind Parley's back: the network shows it until they are rebuilt.
        using (var raw = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_temp["kb.db"]};Pooling=False"))
        {
            raw.Open();
            using var damage = raw.CreateCommand();
            damage.CommandText = "UPDATE network_pair_totals SET weight = weight + 5";
            damage.ExecuteNonQuery().ShouldBeGreaterThan(0);
        }
        Parley("network", "--level", "org", "--json").Out.ShouldNotBe(before.Out);

        var rebuild = Parley("totals", "--rebuild");
        rebuild.ExitCode.ShouldBe(0, rebuild.Error);
        rebuild.Out.ShouldContain("2 events counted, 0 pending.");
        Parley("network", "--level", "org", "--json").Out.ShouldBe(before.Out);
    }

    [Theory]
    [InlineData("events", "--place", "Zhejiang")]
    [InlineData("network", "--level", "org")]
    [InlineData("person", "Fu Haoyu")]
    public void Timing_GoesToStandardErrorAndLeavesTheJsonAlone(params string[] args)
    {
        var run = Parley([.. args, "--json", "--timing"]);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Error.ShouldMatch(@"^took \d+\.\d ms in the process\s*$");
        JsonDocument.Parse(run.Out).RootElement.ValueKind.ShouldBe(JsonValueKind.Object);
    }

    [Fact]
    public void Events_UnknownName_SaysSoOnStandardError()
    {
        var run = Parley("events", "--person", "Nobody Here", "--json");

        run.ExitCode.ShouldBe(0);
        run.Error.ShouldContain("No stored person is called 'Nobody Here'.");
        JsonDocument.Parse(run.Out).RootElement.GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Theory]
    [InlineData("--from", "2024-13")]
    [InlineData("--to", "yesterday")]
    [InlineData("--type", "dinner")]
    [InlineData("--topic", "sports")]
    [InlineData("--limit", "-1")]
    public void Events_RefusesBadValues(string option, string value)
    {
        Parley("events", option, value).ExitCode.ShouldNotBe(0);
    }

    [Fact]
    public void Query_commands_need_an_existing_database()
    {
        foreach (var command in new[] { "events", "network" })
        {
            var run = CliRun.Of(command, "--db", _temp["missing.db"]);
            run.ExitCode.ShouldBe(2);
            run.Error.ShouldContain("no knowledge base");
        }
        File.Exists(_temp["missing.db"]).ShouldBeFalse();
    }

    [Fact]
    public void Network_ListsWhoMetWhom()
    {
        var run = Parley("network");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("4 people linked by 2 pairs over 2 events");
        run.Out.ShouldContain("Ding Weiran");
        run.Out.ShouldContain("Shao Linfeng");
    }

    [Fact]
    public void Network_AtPlaceLevel_LinksTheProvincesThatMet_ByTopic()
    {
        var json = JsonDocument.Parse(Parley("network", "--level", "place", "--json").Out).RootElement;
        var byTopic = Parley("network", "--level", "place", "--by-topic", "--topic", "industry");

        json.GetProperty("level").GetString().ShouldBe("place");
        var names = json.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetInt64(), n => n.GetProperty("name").GetString());
        json.GetProperty("edges").EnumerateArray()
            .Select(e => string.Join(" – ", new[] { names[e.GetProperty("source").GetInt64()], names[e.GetProperty("target").GetInt64()] }.Order()))
            .ShouldBe(["Jiangsu – Zhejiang", "Shaanxi – Shanghai"], ignoreOrder: true);
        byTopic.ExitCode.ShouldBe(0, byTopic.Error);
        byTopic.Out.ShouldContain("industry");
        byTopic.Out.ShouldContain("Zhejiang");
        byTopic.Out.ShouldNotContain("Shaanxi");
    }

    [Fact]
    public void Export_Graphml_WritesTheFilteredNetwork()
    {
        var run = Parley("export", "--format", "graphml", "--level", "org", "--place", "Shanghai", "--out", _temp["out/net.graphml"]);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("Wrote 2 nodes and 1 edges (1 events)");
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        var labels = XDocument.Load(_temp["out/net.graphml"]).Descendants(g + "data")
            .Where(d => (string?)d.Attribute("key") == "label").Select(d => d.Value);
        labels.ShouldBe(["Birch Chamber of Commerce", "Xi'an"], ignoreOrder: true);
    }

    [Fact]
    public void Export_Gexf_WritesAGephiFile()
    {
        var run = Parley("export", "--format", "gexf", "--out", _temp["net.gexf"]);

        run.ExitCode.ShouldBe(0, run.Error);
        XNamespace x = "http://gexf.net/1.3";
        var doc = XDocument.Load(_temp["net.gexf"]);
        doc.Descendants(x + "node").Count().ShouldBe(4);
        doc.Descendants(x + "edge").Count().ShouldBe(2);
    }

    [Fact]
    public void Export_RefusesFiltersForTheFullDumps()
    {
        var run = Parley("export", "--format", "csv", "--place", "Shanghai", "--out", _temp["tables"]);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("graphml and gexf only");
        Directory.Exists(_temp["tables"]).ShouldBeFalse();
    }
}
