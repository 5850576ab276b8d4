using System.Text.Json;

namespace Parley.Cli.Tests;

/// <summary><c>parley extract</c> prints records and explanations without touching a database.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Prints_the_record_as_json()
    {
        var file = _temp.Write("maple.txt", InventedArticles.MeetingText);

        var run = CliRun.Of("extract", file);

        run.ExitCode.ShouldBe(0, run.Error);
        JsonDocument.Parse(run.Out).RootElement.GetProperty("id").GetString().ShouldBe("maple");
        Directory.GetFiles(_temp.Path, "*.db").ShouldBeEmpty();
    }

    [Fact]
    public void Explain_marks_recognized_spans_in_brackets_and_lists_each_event_with_its_sentence()
    {
        var file = _temp.Write("maple.txt", InventedArticles.MeetingText);

        var run = CliRun.Of("extract", file, "--explain");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("[PERSON Ding Weiran]");
        run.Out.ShouldContain("[PLACE Hangzhou]");
        run.Out.ShouldContain("[DATE February 19]");
        run.Out.ShouldContain("#1 meeting");
        run.Out.ShouldContain("sentence");
        run.Out.ShouldContain("met with Shao Linfeng");
    }
}
