using System.Text;
using Parley.Ingest;
using Xunit.Abstractions;

namespace Parley.Fuzz.Tests;

/// <summary>
/// The inputs a crawler really produces, at full size: markup nested 100,000 deep, binary blobs and invalid UTF-8
/// under article names, JSON lines with broken quoting, and texts of one endless token, dots, digits or brackets.
/// Each is refused with a reason or extracted, within the resource bounds linear in its size.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class AdversarialInputTests(FuzzReport report, ITestOutputHelper output) : IDisposable
{
    private const string Story = "Port Council Welcomes Norland Delegation\n\nMayor Elda Voss met a trade delegation from Norland on Tuesday " +
        "in Harbor Town to discuss ferry routes and customs clearance.\n\nThe two sides agreed to meet again in the spring.";

    private readonly ScratchFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("div")]
    [InlineData("b")]
    [InlineData("article")]
    public void Html_nested_100000_levels_deep_is_refused(string tag)
    {
        var path = folder.Write("deep.html", "<html><body>" + AdversarialText.Repeat($"<{tag}>", 100_000 * (tag.Length + 2)) + "<p>" + Story + "</p>");
        var failure = ReadOne(path).ShouldBeOfType<ReadFailure>();
        failure.Reason.ShouldContain("nests over 512 elements deep");
    }

    [Fact]
    public void A_binary_blob_named_html_is_refused()
    {
        var blob = new byte[1024 * 1024];
        new Random(7).NextBytes(blob);
        ReadOne(folder.WriteBytes("photo.html", blob)).ShouldBeOfType<ReadFailure>().Reason.ShouldContain("binary data");
    }

    [Theory]
    [InlineData("story.txt")]
    [InlineData("story.html")]
    public void Invalid_utf8_is_refused(string name)
    {
        var bytes = Encoding.UTF8.GetBytes(Story);
        bytes[40] = 0xC3; // a lead byte followed by ASCII: no UTF-8 sequence
        ReadOne(folder.WriteBytes(name, bytes)).ShouldBeOfType<ReadFailure>().Reason.ShouldContain("not valid UTF-8");
    }

    [Fact]
    public void Json_lines_with_broken_quoting_fail_one_by_one()
    {
        var good = "{\"id\": \"good\", \"text\": \"" + Story.Replace("\n", "\\n") + "\"}";
        var path = folder.Write("briefs.jsonl", string.Join('\n',
            good,
            "{\"id\": \"open\", \"text\": \"the closing quote never comes}",
            "{\"id\": \"stray\", \"text\": \"a \"quoted\" word\"}",
            "{id: \"bare\", \"text\": \"keys must be quoted\"}",
            "{\"id\": \"slash\", \"text\": \"ends in a lone backslash\\\"}",
            good.Replace("\"good\"", "\"again\"")));
        var outcomes = new ArticleReader().Read([path]).ToList();
        outcomes.Select(o => o is ArticleRead r ? r.Article.Id : $"line {((ReadFailure)o).Line}").ShouldBe(["good", "line 2", "line 3", "line 4", "line 5", "again"]);
        outcomes.OfType<ReadFailure>().ShouldAllBe(f => f.Reason.Contains("not valid JSON"));
    }

    public static TheoryData<string, int> HugeTexts => new()
    {
        { "no-spaces", 1024 * 1024 },
        { "dots", 100_000 },
        { "digits", 100_000 },
        { "nested-parentheses", 200_000 },
        { "nested-quotes", 200_000 },
        { "nested-brackets", 200_000 },
    };

    [Theory]
    [MemberData(nameof(HugeTexts))]
    public void A_huge_degenerate_text_is_extracted_within_bounds(string shape, int size)
    {
        // Between two paragraphs of prose, so the cleaner keeps it and every later stage reads it.
        var text = Story + "\n\n" + AdversarialText.Shapes.Single(s => s.Name == shape).Make(size) + "\n\n" + Story;
        var pipeline = WarmPipeline.Instance;
        var use = WithinBounds.Run(text.Length, () => pipeline.Extract(new SourceArticle(shape, shape, text)));
        report.Note($"fixed case {shape}: {text.Length / 1024:N0} KB extracted in {use.ProcessorTime.TotalMilliseconds:N0} ms of processor time, " +
                    $"{use.AllocatedBytes / 1048576.0:F1} MB allocated", output);
    }

    private static ReadOutcome ReadOne(string path)
    {
        ReadOutcome? outcome = null;
        WithinBounds.Run(new FileInfo(path).Length, () => outcome = new ArticleReader().Read([path]).Single());
        return outcome!;
    }
}
