using Microsoft.Data.Sqlite;
using Parley.Cli.Rendering;
using Parley.Extraction;
using Parley.Store;
using Parley.Store.Ingestion;

namespace Parley.Cli.Tests;

/// <summary>The ingest service's progress and cancellation, which the CLI only renders.</summary>
public sealed class IngestServiceTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Cancellation_stops_after_the_current_article_and_keeps_it()
    {
        WriteThreeArticles();
        using var cancellation = new CancellationTokenSource();
        using var store = new SqliteKnowledgeStore(_temp["kb.db"]);
        var service = new IngestService(store, ExtractionPipeline.CreateDefault());

        // Cancel as the first article is reported, as Ctrl-C during it would.
        var summary = service.Run([_temp["in"]], _ => cancellation.Cancel(), cancellation.Token);

        summary.Cancelled.ShouldBeTrue();
        summary.Succeeded.ShouldBeFalse();
        summary.Inserted.ShouldBe(1);
        store.Records().Select(r => r.Id).ShouldBe(["a"]);
    }

    [Fact]
    public void A_failing_knowledge_base_stops_the_run_with_what_to_do_instead_of_failing_every_article()
    {
        WriteThreeArticles();
        using var store = new SqliteKnowledgeStore(_temp["kb.db"]);
        var full = new FailingStore(store, failingSave: 2, new SqliteException("SQLite Error 13: 'database or disk is full'.", 13));

        var summary = new IngestService(full, ExtractionPipeline.CreateDefault()).Run([_temp["in"]]);

        summary.StoreFailure.ShouldNotBeNull().ShouldStartWith("the disk is full; free some space and run again");
        summary.Succeeded.ShouldBeFalse();
        summary.ArticlesRead.ShouldBe(2);
        summary.Failures.ShouldBeEmpty();
        store.Records().Select(r => r.Id).ShouldBe(["a"]);
    }

    [Fact]
    public void An_article_the_knowledge_base_refuses_is_reported_with_its_file_and_the_run_goes_on()
    {
        WriteThreeArticles();
        using var store = new SqliteKnowledgeStore(_temp["kb.db"]);
        var refusing = new FailingStore(store, failingSave: 2, new SqliteException("SQLite Error 19: 'CHECK constraint failed'.", 19));

        var summary = new IngestService(refusing, ExtractionPipeline.CreateDefault()).Run([_temp["in"]]);

        var failure = summary.Failures.ShouldHaveSingleItem();
        failure.File.ShouldBe(_temp["in/b.txt"]);
        failure.Reason.ShouldContain("could not be stored");
        failure.Reason.ShouldContain("bug in Parley");
        failure.Detail.ShouldNotBeNull().ShouldContain("CHECK constraint failed");
        store.Records().Select(r => r.Id).ShouldBe(["a", "c"]);
    }

    [Fact]
    public void Progress_counts_every_file_and_byte_and_plain_output_stays_within_ten_lines()
    {
        for (var i = 0; i < 25; i++) _temp.Write($"in/{i:D2}.txt", InventedArticles.Meeting($"Ma Qiyuan{i}", "Hu Zhengyi", "Changsha"));
        _temp.Write("in/notes.md", "skipped, not counted");
        using var store = new SqliteKnowledgeStore(_temp["kb.db"]);
        var reports = new List<IngestProgress>();
        using var log = new StringWriter();
        var plain = new PlainProgressReporter(log);

        new IngestService(store, ExtractionPipeline.CreateDefault()).Run([_temp["in"]], p => { reports.Add(p); plain.Report(p); });

        var last = reports[^1];
        last.FilesTotal.ShouldBe(25);
        last.FilesDone.ShouldBe(25);
        last.BytesDone.ShouldBe(last.BytesTotal);
        last.Fraction.ShouldBe(1.0);
        reports.Select(r => r.BytesDone).ShouldBeInOrder(SortDirection.Ascending);
        var lines = log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBeInRange(1, 10);
        lines[^1].ShouldStartWith("ingest: 100%");
    }

    private void WriteThreeArticles()
    {
        _temp.Write("in/a.txt", InventedArticles.MeetingText);
        _temp.Write("in/b.txt", InventedArticles.Meeting("Ma Qiyuan", "Hu Zhengyi", "Changsha"));
        _temp.Write("in/c.txt", InventedArticles.Meeting("Yao Shenglan", "Cui Boyang", "Fuzhou"));
    }
}
