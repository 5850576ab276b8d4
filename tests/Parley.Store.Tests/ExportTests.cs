using Dapper;
using Parley.Model;
using Parley.Store.Export;

namespace Parley.Store.Tests;

public class ExportTests
{
    [Fact]
    public void JsonLines_RoundTripsEveryRecord()
    {
        using var db = new TempDatabase();
        using var store = db.Open();
        var first = Samples.Record("a1");
        var second = new ArticleRecord { Id = "a2", Title = "Ana Lima’s visit — São Paulo" };
        store.Save(Samples.Article("in/a1.txt", record: first));
        store.Save(Samples.Article("in/a2.txt", text: "Ana Lima visited.", record: second));
        var output = new StringWriter();

        JsonLinesExporter.Export(store, output).ShouldBe(2);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        // Records hold lists, whose equality is by reference: compare the canonical serialization instead.
        RecordJson.Serialize(RecordJson.Deserialize(lines[0])).ShouldBe(RecordJson.Serialize(first));
        RecordJson.Serialize(RecordJson.Deserialize(lines[1])).ShouldBe(RecordJson.Serialize(second));
        lines[1].ShouldContain("São Paulo");
        lines[0].ShouldContain("\"evidence\":[{\"start\":0");
    }


    [Fact]
    public void Csv_WritesFactTablesWithHeadersAndOneRowPerFact()
    {
        using var db = new TempDatabase();
        using var store = db.Open();
        store.Save(Samples.Article("in/a1.txt"));
        store.Save(Samples.Article("in/a2.txt", text: "Chen Bo signed.", record: TrickyRecord()));
        var folder = Path.Combine(db.Folder, "csv");

        var summary = CsvExporter.Export(store, folder);

        summary.ShouldBe(summary with { Events = 2, Participants = 3, Positions = 4 });
        var events = Read(folder, CsvExporter.EventsFile);
        events[0].ShouldBe(["event_id", "article_id", "type", "mode", "start", "end", "location", "place_id", "organizations", "agreements", "topics"]);
        events.Count.ShouldBe(3);
        events[2][1..7].ShouldBe(["a2", "signing", "in_person", "", "", "Port \"North\", Bay"]);
        events[2][8..].ShouldBe(["Harbor Trade Council; Bay, Inc.", "MoU on \"green\" shipping", "trade; environment"]);
        events[1][8..].ShouldBe(["Harbor Trade Council", "a memorandum on port logistics", "trade; infrastructure"]);

        var participants = Read(folder, CsvExporter.ParticipantsFile);
        participants[0].ShouldBe(["event_id", "person_id", "name"]);
        participants.Count.ShouldBe(4);
        participants.Skip(1).Select(r => r[2]).ShouldBe(["Ana Lima", "Chen Bo", "Chen Bo"]);
        participants[2][1].ShouldBe(participants[3][1]);

        var positions = Read(folder, CsvExporter.PositionsFile);
        positions[0].ShouldBe(["person_id", "name", "title", "org", "organization_id", "article_id"]);
        positions.Count.ShouldBe(5);
        positions[3][1..].ShouldBe(["Chen Bo", "Advisor", "", "", "a1"]);
        positions[4][1..4].ShouldBe(["Chen Bo", "Head, \"Ports\"\nDivision", "Harbor Trade Council"]);
        positions[4][5].ShouldBe("a2");
        // The same organization entity in both articles.
        positions[4][4].ShouldBe(positions[2][4]);
    }

    [Fact]
    public void Csv_EntityTables_HoldEveryEntityOnce_AndEveryIdInTheFactTablesResolves()
    {
        using var db = new TempDatabase();
        using var store = db.Open();
        store.Save(Samples.Article("in/a1.txt"));
        store.Save(Samples.Article("in/a2.txt", text: "Chen Bo signed.", record: TrickyRecord()));
        store.Save(Samples.Article("in/a3.txt", text: "Chen Bo met in Nanjing.", record: new ArticleRecord
        {
            Id = "a3",
            People = [new PersonRecord { Name = "CHEN-BO", Positions = [new PositionRecord { Title = "Chairman", Org = "Harbor Trade Council" }] }],
            Events = [new EventRecord { Type = EventTypes.Meeting, Location = "Nanjing", Participants = ["CHEN-BO"] }],
        }));
        var folder = Path.Combine(db.Folder, "csv");

        var summary = CsvExporter.Export(store, folder);

        using var raw = db.Raw();
        summary.People.ShouldBe(raw.ExecuteScalar<int>("SELECT count(*) FROM person_entities"));
        summary.Organizations.ShouldBe(raw.ExecuteScalar<int>("SELECT count(*) FROM organization_entities"));
        summary.Places.ShouldBe(raw.ExecuteScalar<int>("SELECT count(*) FROM place_entities"));
        var people = Read(folder, CsvExporter.PeopleFile);
        var organizations = Read(folder, CsvExporter.OrganizationsFile);
        var places = Read(folder, CsvExporter.PlacesFile);
        people[0].ShouldBe(["person_id", "name", "names"]);
        organizations[0].ShouldBe(["organization_id", "name", "names", "place_id"]);
        places[0].ShouldBe(["place_id", "name", "kind", "country_code", "parent_id", "gazetteer_id"]);

        var personIds = Ids(people);
        var organizationIds = Ids(organizations);
        var placeIds = Ids(places);
        personIds.Count.ShouldBe(people.Count - 1, "no person twice");
        Read(folder, CsvExporter.ParticipantsFile).Skip(1).Select(r => r[1]).ShouldAllBe(id => personIds.Contains(id));
        var positions = Read(folder, CsvExporter.PositionsFile).Skip(1).ToList();
        positions.Select(r => r[0]).ShouldAllBe(id => personIds.Contains(id));
        positions.Select(r => r[4]).Where(id => id != "").ShouldAllBe(id => organizationIds.Contains(id));
        Read(folder, CsvExporter.EventsFile).Skip(1).Select(r => r[7]).Where(id => id != "").ShouldAllBe(id => placeIds.Contains(id));
        organizations.Skip(1).Select(r => r[3]).Where(id => id != "").ShouldAllBe(id => placeIds.Contains(id));
        places.Skip(1).Select(r => r[4]).Where(id => id != "").ShouldAllBe(id => placeIds.Contains(id));

        // Both spellings, with the same organization, are one person, listed under each.
        people.Single(r => r[1] == "Chen Bo")[2].ShouldBe("CHEN-BO; Chen Bo");
        var nanjing = places.Single(r => r[1] == "Nanjing");
        nanjing[2].ShouldBe("prefecture");
        places.Single(r => r[0] == nanjing[4])[1].ShouldBe("Jiangsu");
        Read(folder, CsvExporter.EventsFile).Single(r => r[1] == "a3")[7].ShouldBe(nanjing[0]);
    }

    [Fact]
    public void Csv_OnEmptyStore_WritesHeadersOnly()
    {
        using var db = new TempDatabase();
        using var store = db.Open();
        var folder = Path.Combine(db.Folder, "csv");

        CsvExporter.Export(store, folder).ShouldBe(new CsvExportSummary(0, 0, 0, 0, 0, 0));

        string[] files = [CsvExporter.EventsFile, CsvExporter.ParticipantsFile, CsvExporter.PositionsFile, CsvExporter.PeopleFile, CsvExporter.OrganizationsFile, CsvExporter.PlacesFile];
        foreach (var file in files) Read(folder, file).ShouldHaveSingleItem();
    }

    private static ArticleRecord TrickyRecord() => Samples.Record("a2") with
    {
        People = [new PersonRecord { Name = "Chen Bo", Positions = [new PositionRecord { Title = "Head, \"Ports\"\nDivision", Org = "Harbor Trade Council" }] }],
        Events =
        [
            new EventRecord
            {
                Type = EventTypes.Signing, Location = "Port \"North\", Bay",
                Participants = ["Chen Bo"], Organizations = ["Harbor Trade Council", "Bay, Inc."],
                Agreements = ["MoU on \"green\" shipping"], Topics = ["trade", "environment"],
            },
        ],
    };

    private static HashSet<string> Ids(List<List<string>> table) => table.Skip(1).Select(r => r[0]).ToHashSet();

    private static List<List<string>> Read(string folder, string file) =>
        CsvTestReader.Parse(File.ReadAllText(Path.Combine(folder, file)));
}
