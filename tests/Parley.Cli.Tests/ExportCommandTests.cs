using System.Text.Json;

namespace Parley.Cli.Tests;

/// <summary><c>parley export</c> writes what was ingested, as JSON lines or CSV tables.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public ExportCommandTests()
    {
        _temp.Write("in/maple.txt", InventedArticles.MeetingText);
        _temp.Write("in/birch.html", InventedArticles.Html);
        CliRun.Of("ingest", _temp["in"], "--db", _temp["kb.db"]).ExitCode.ShouldBe(0);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Jsonl_writes_one_record_per_stored_article()
    {
        var run = CliRun.Of("export", "--format", "jsonl", "--out", _temp["out/records.jsonl"], "--db", _temp["kb.db"]);

        run.ExitCode.ShouldBe(0, run.Error);
        var lines = File.ReadAllLines(_temp["out/records.jsonl"]);
        lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).Order().ShouldBe(["birch", "maple"]);
    }

    [Fact]
    public void Csv_writes_events_participants_and_positions()
    {
        var run = CliRun.Of("export", "--format", "csv", "--out", _temp["tables"], "--db", _temp["kb.db"]);

        run.ExitCode.ShouldBe(0, run.Error);
        File.ReadLines(_temp["tables/events.csv"]).First().ShouldStartWith("event_id,article_id,type");
        File.ReadAllText(_temp["tables/participants.csv"]).ShouldContain("Ding Weiran");
        File.ReadAllText(_temp["tables/positions.csv"]).ShouldContain("Chairman");
    }

    [Fact]
    public void An_unknown_format_is_refused()
    {
        CliRun.Of("export", "--format", "xml", "--out", _temp["x"], "--db", _temp["kb.db"]).ExitCode.ShouldNotBe(0);
    }

    [Fact]
    public void A_missing_database_is_an_error_and_is_not_created()
    {
        var run = CliRun.Of("export", "--format", "jsonl", "--out", _temp["r.jsonl"], "--db", _temp["missing.db"]);

        run.ExitCode.ShouldBe(2);
        File.Exists(_temp["missing.db"]).ShouldBeFalse();
    }
}
