using Parley.Store;

namespace Parley.Cli.Tests;

/// <summary><c>parley ingest</c> stores each input format the reader understands.</summary>
public sealed class IngestFormatsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_text_file_is_stored_with_its_record_and_mentions()
    {
        var file = _temp.Write("in/maple.txt", InventedArticles.MeetingText);

        var run = CliRun.Of("ingest", file, "--db", _temp["kb.db"]);

        run.ExitCode.ShouldBe(0, run.Out + run.Error);
        run.Out.ShouldContain("inserted        1");
        using var store = new SqliteKnowledgeStore(_temp["kb.db"]);
        var record = store.Records().ShouldHaveSingleItem();
        record.Id.ShouldBe("maple");
        record.People.Select(p => p.Name).ShouldContain("Ding Weiran");
        store.Counts().Events.ShouldBeGreaterThan(0);
        MentionCount(_temp["kb.db"]).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void An_html_page_is_stored_without_its_menus()
    {
        var file = _temp.Write("in/birch.html", InventedArticles.Html);

        var run = CliRun.Of("ingest", file, "--db", _temp["kb.db"]);

        run.ExitCode.ShouldBe(0, run.Out + run.Error);
        using var store = new SqliteKnowledgeStore(_temp["kb.db"]);
        var record = store.Records().ShouldHaveSingleItem();
        record.Id.ShouldBe("birch");
        record.People.Select(p => p.Name).ShouldContain("Fu Haoyu");
        CleanedTexts(_temp["kb.db"]).ShouldHaveSingleItem().ShouldNotContain("Copyright");
    }

    [Fact]
    public void Every_line_of_a_json_lines_file_is_one_article()
    {
        var file = _temp.Write("in/briefs.jsonl", string.Join("\n",
            InventedArticles.JsonLine("one", InventedArticles.Meeting("Ma Qiyuan", "Hu Zhengyi", "Changsha")),
            InventedArticles.JsonLine("two", InventedArticles.Meeting("Yao Shenglan", "Cui Boyang", "Fuzhou"))));

        var run = CliRun.Of("ingest", file, "--db", _temp["kb.db"]);

        run.ExitCode.ShouldBe(0, run.Out + run.Error);
        run.Out.ShouldContain("articles read   2");
        using var store = new SqliteKnowledgeStore(_temp["kb.db"]);
        store.Records().Select(r => r.Id).Order().ShouldBe(["one", "two"]);
    }

    [Fact]
    public void The_bundled_samples_ingest_without_failures()
    {
        var samples = Path.Combine(Parley.Testing.SharedCorpus.RepoRoot, "samples", "articles");

        var run = CliRun.Of("ingest", samples, "--db", _temp["kb.db"]);

        run.ExitCode.ShouldBe(0, run.Out + run.Error);
        run.Out.ShouldContain("failed          0");
        run.Out.ShouldContain("Newest events:");
        using var store = new SqliteKnowledgeStore(_temp["kb.db"]);
        store.Counts().Articles.ShouldBeGreaterThanOrEqualTo(8);
    }

    private static long MentionCount(string db) => Scalar<long>(db, "SELECT COUNT(*) FROM mentions");

    private static List<string> CleanedTexts(string db)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT cleaned_text FROM articles";
        using var reader = command.ExecuteReader();
        var texts = new List<string>();
        while (reader.Read()) texts.Add(reader.GetString(0));
        return texts;
    }

    private static T Scalar<T>(string db, string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
