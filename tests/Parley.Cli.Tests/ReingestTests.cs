using Parley.Store;

namespace Parley.Cli.Tests;

/// <summary>Re-running <c>parley ingest</c> is idempotent, and an edited file replaces its old record.</summary>
public sealed class ReingestTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Ingesting_the_same_files_again_changes_nothing()
    {
        _temp.Write("in/maple.txt", InventedArticles.MeetingText);
        _temp.Write("in/birch.html", InventedArticles.Html);
        CliRun.Of("ingest", _temp["in"], "--db", _temp["kb.db"]).ExitCode.ShouldBe(0);
        var before = Snapshot();

        var again = CliRun.Of("ingest", _temp["in"], "--db", _temp["kb.db"]);

        again.ExitCode.ShouldBe(0);
        again.Out.ShouldContain("inserted        0");
        again.Out.ShouldContain("unchanged       2");
        Snapshot().ShouldBe(before);
    }

    [Fact]
    public void An_edited_file_replaces_its_old_record()
    {
        var file = _temp.Write("in/maple.txt", InventedArticles.MeetingText);
        CliRun.Of("ingest", file, "--db", _temp["kb.db"]).ExitCode.ShouldBe(0);
        File.WriteAllText(file, InventedArticles.EditedMeetingText);

        var run = CliRun.Of("ingest", file, "--db", _temp["kb.db"]);

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("replaced        1");
        using var store = new SqliteKnowledgeStore(_temp["kb.db"]);
        var record = store.Records().ShouldHaveSingleItem();
        record.Title.ShouldBe("Maple Council Meets with Visitors from Wuxi");
        var names = record.People.Select(p => p.Name).ToList();
        names.ShouldContain("Guan Shiqi");
        names.ShouldNotContain("Shao Linfeng");
        store.ParticipantRows().Select(p => p.Name).ShouldNotContain("Shao Linfeng");
    }

    private string Snapshot()
    {
        using var store = new SqliteKnowledgeStore(_temp["kb.db"]);
        using var jsonl = new StringWriter();
        Parley.Store.Export.JsonLinesExporter.Export(store, jsonl);
        return $"{store.Counts()}\n{jsonl}";
    }
}
