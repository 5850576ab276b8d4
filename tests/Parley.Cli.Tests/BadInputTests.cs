using Parley.Store;

namespace Parley.Cli.Tests;

/// <summary>Bad inputs are reported per file (and line, for JSON lines) with the reason, and ingestion goes on.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, byte[], string> Cases() => new()
    {
        { "empty.txt", [], "empty" },
        { "binary.txt", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x00, 0x00, 0x7F, 0x00], "binary" },
        { "latin1.txt", [.. "Caf"u8, 0xE9, .. " met the mayor in Lyon."u8], "UTF-8" },
        { "no-article.html", "<html><head><script>var x = 1;</script></head><body><nav><a href='/'>Home</a></nav></body></html>"u8.ToArray(), "no article text" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_bad_file_is_named_with_its_reason_and_the_good_one_is_still_stored(string name, byte[] bytes, string reasonWords)
    {
        var bad = _temp.WriteBytes("in/" + name, bytes);
        _temp.Write("in/good.txt", InventedArticles.MeetingText);

        var run = CliRun.Of("ingest", _temp["in"], "--db", _temp["kb.db"]);

        run.ExitCode.ShouldBe(1);
        run.Out.ShouldContain("failed          1");
        var failedSection = run.Out[run.Out.IndexOf("Failed:", StringComparison.Ordinal)..];
        failedSection.ShouldContain(bad);
        failedSection.ShouldContain(reasonWords, Case.Insensitive);
        using var store = new SqliteKnowledgeStore(_temp["kb.db"]);
        store.Records().Select(r => r.Id).ShouldBe(["good"]);
    }

    [Fact]
    public void A_malformed_json_line_is_reported_with_its_line_and_the_other_lines_are_stored()
    {
        var file = _temp.Write("in/mixed.jsonl", string.Join("\n",
            InventedArticles.JsonLine("first", InventedArticles.Meeting("Ma Qiyuan", "Hu Zhengyi", "Changsha")),
            "{\"id\": \"broken\", \"text\": ",
            InventedArticles.JsonLine("third", InventedArticles.Meeting("Yao Shenglan", "Cui Boyang", "Fuzhou"))));

        var run = CliRun.Of("ingest", file, "--db", _temp["kb.db"]);

        run.ExitCode.ShouldBe(1);
        run.Out.ShouldContain($"{file}:2");
        run.Out.ShouldContain("not valid JSON");
        using var store = new SqliteKnowledgeStore(_temp["kb.db"]);
        store.Records().Select(r => r.Id).Order().ShouldBe(["first", "third"]);
    }

    [Fact]
    public void Failures_are_grouped_by_reason_with_each_file_and_what_is_particular_to_it()
    {
        var early = _temp.WriteBytes("in/early.txt", [.. "Caf"u8, 0xE9, .. " met the mayor."u8]);
        var late = _temp.WriteBytes("in/late.txt", [.. "The mayor of Lyon met the council in Caf"u8, 0xE9, .. "."u8]);
        var feed = _temp.Write("in/feed.jsonl", string.Join("\n",
            "{\"id\": \"a\", \"text\": ",
            InventedArticles.JsonLine("b", InventedArticles.Meeting("Ma Qiyuan", "Hu Zhengyi", "Changsha"), published: "last spring"),
            "[1, 2"));

        var run = CliRun.Of("ingest", _temp["in"], "--db", _temp["kb.db"]);

        run.ExitCode.ShouldBe(1);
        var failed = run.Out[run.Out.IndexOf("Failed:", StringComparison.Ordinal)..];
        var lines = failed.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        // One heading per reason with its count, then one line per input: file (and line), and its particulars.
        lines.ShouldContain("it is not valid UTF-8 or UTF-16 text; save it as UTF-8 (2):");
        lines.ShouldContain($"{early}  (invalid bytes at offset 3)");
        lines.ShouldContain($"{late}  (invalid bytes at offset 40)");
        lines.ShouldContain("the line is not valid JSON (2):");
        lines.ShouldContain(l => l.StartsWith($"{feed}:1  (", StringComparison.Ordinal) && l.EndsWith("At byte 21 of the line.)", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith($"{feed}:3  (", StringComparison.Ordinal));
        lines.ShouldContain("the field \"published\" is not a date like 2024-04-07 (1):");
        lines.ShouldContain($"{feed}:2  (\"last spring\")");
    }

    [Fact]
    public void A_knowledge_base_that_is_not_one_is_refused_with_what_to_do()
    {
        _temp.Write("in/good.txt", InventedArticles.MeetingText);
        var notes = _temp.Write("notes.txt", "These are my notes, not a database.");

        var run = CliRun.Of("ingest", _temp["in"], "--db", notes);

        run.ExitCode.ShouldBe(Commands.IngestCommand.KnowledgeBaseFailedExitCode);
        run.Error.ShouldContain($"cannot open the knowledge base {notes}: the file is not a Parley knowledge base, or it is damaged");
        File.ReadAllText(notes).ShouldBe("These are my notes, not a database.");
    }

    [Fact]
    public void A_file_of_another_type_in_a_folder_is_listed_as_skipped_not_failed()
    {
        var notes = _temp.Write("in/notes.docx", "not an article");
        _temp.Write("in/good.txt", InventedArticles.MeetingText);

        var run = CliRun.Of("ingest", _temp["in"], "--db", _temp["kb.db"]);

        run.ExitCode.ShouldBe(0, run.Out);
        run.Out.ShouldContain("skipped         1");
        run.Out.ShouldContain(notes);
    }

    [Fact]
    public void A_missing_path_fails_the_run()
    {
        var run = CliRun.Of("ingest", _temp["nowhere"], "--db", _temp["kb.db"]);

        run.ExitCode.ShouldBe(1);
        run.Out.ShouldContain("no such file or folder");
    }

    [Fact]
    public void Strict_stops_at_the_first_failure_and_keeps_what_was_stored_before_it()
    {
        // The reader walks a folder in ordinal order: a.txt, then b.txt (bad), then c.txt.
        _temp.Write("in/a.txt", InventedArticles.MeetingText);
        _temp.WriteBytes("in/b.txt", []);
        _temp.Write("in/c.txt", InventedArticles.Meeting("Ma Qiyuan", "Hu Zhengyi", "Changsha"));

        var run = CliRun.Of("ingest", _temp["in"], "--db", _temp["kb.db"], "--strict");

        run.ExitCode.ShouldBe(1);
        run.Out.ShouldContain("--strict");
        using var store = new SqliteKnowledgeStore(_temp["kb.db"]);
        store.Records().Select(r => r.Id).ShouldBe(["a"]);
    }
}
