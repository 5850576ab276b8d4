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
    public void Csv_WritesThreeFilesWithHeadersAndOneRowPerFact()
    {
        using var db = new TempDatabase();
        using var store = db.Open();
        var tricky = Samples.Record("a2") with
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
        store.Save(Samples.Article("in/a1.txt"));
        store.Save(Samples.Article("in/a2.txt", text: "Chen Bo signed.", record: tricky));
        var folder = Path.Combine(db.Folder, "csv");

        var summary = CsvExporter.Export(store, folder);

        summary.ShouldBe(new CsvExportSummary(Events: 2, Participants: 3, Positions: 4));
        var events = Read(folder, CsvExporter.EventsFile);
        events[0].ShouldBe(["event_id", "article_id", "type", "mode", "start", "end", "location", "organizations", "agreements", "topics"]);
        events.Count.ShouldBe(3);
        events[2][1..].ShouldBe(["a2", "signing", "in_person", "", "", "Port \"North\", Bay", "Harbor Trade Council; Bay, Inc.", "MoU on \"green\" shipping", "trade; environment"]);
        events[1][7..].ShouldBe(["Harbor Trade Council", "a memorandum on port logistics", "trade; infrastructure"]);

        var participants = Read(folder, CsvExporter.ParticipantsFile);
        participants[0].ShouldBe(["event_id", "person_id", "name"]);
        participants.Count.ShouldBe(4);
        participants.Skip(1).Select(r => r[2]).ShouldBe(["Ana Lima", "Chen Bo", "Chen Bo"]);
        participants[2][1].ShouldBe(participants[3][1]);

        var positions = Read(folder, CsvExporter.PositionsFile);
        positions[0].ShouldBe(["person_id", "name", "title", "org", "article_id"]);
        positions.Count.ShouldBe(5);
        positions[3][1..].ShouldBe(["Chen Bo", "Advisor", "", "a1"]);
        positions[4][1..].ShouldBe(["Chen Bo", "Head, \"Ports\"\nDivision", "Harbor Trade Council", "a2"]);
    }

    [Fact]
    public void Csv_OnEmptyStore_WritesHeadersOnly()
    {
        using var db = new TempDatabase();
        using var store = db.Open();
        var folder = Path.Combine(db.Folder, "csv");

        CsvExporter.Export(store, folder).ShouldBe(new CsvExportSummary(0, 0, 0));

        Read(folder, CsvExporter.EventsFile).ShouldHaveSingleItem();
        Read(folder, CsvExporter.ParticipantsFile).ShouldHaveSingleItem();
        Read(folder, CsvExporter.PositionsFile).ShouldHaveSingleItem();
    }

    private static List<List<string>> Read(string folder, string file) =>
        CsvTestReader.Parse(File.ReadAllText(Path.Combine(folder, file)));
}
