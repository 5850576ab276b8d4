using System.Text;
using Parley.Ingest;
using Xunit.Abstractions;

namespace Parley.Fuzz.Tests;

/// <summary>
/// Articles over <see cref="ArticleReaderOptions.MaxArticleBytes"/> are refused with the reason, before they are
/// loaded: a whole file is measured first, a JSON line is skipped byte by byte once it passes the limit.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class SizeLimitTests(FuzzReport report, ITestOutputHelper output) : IDisposable
{
    private const string Brief = "{\"id\": \"brief\", \"text\": \"Mayor Elda Voss met a trade delegation from Norland on Tuesday.\"}";
    private readonly ScratchFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("page.html")]
    [InlineData("story.txt")]
    public void A_200_MB_file_is_refused_without_being_read(string name)
    {
        var path = Path.Combine(folder.Path, name);
        using (var sparse = File.Create(path)) sparse.SetLength(200L * 1024 * 1024); // sparse: no disk space, no time to write

        ReadOutcome? outcome = null;
        var use = ResourceUse.Measure(() => outcome = new ArticleReader().Read([path]).Single());
        use.Exception.ShouldBeNull();
        outcome.ShouldBeOfType<ReadFailure>().Reason.ShouldBe("the file is too large: one article may have at most 5,242,880 bytes (MaxArticleBytes); split it into smaller files");
        use.AllocatedBytes.ShouldBeLessThan(1024 * 1024);
        report.Note($"fixed case 200 MB {name}: refused in {use.Elapsed.TotalMilliseconds:N0} ms, {use.AllocatedBytes / 1024.0:N0} KB allocated", output);
    }

    [Fact]
    public void The_limit_is_configurable()
    {
        var path = folder.Write("story.txt", new string('a', 2000) + " met the delegation.");
        var options = new ArticleReaderOptions { MaxArticleBytes = 1000 };
        new ArticleReader(options).Read([path]).Single().ShouldBeOfType<ReadFailure>().Reason.ShouldContain("at most 1,000 bytes (MaxArticleBytes)");
        new ArticleReader(options with { MaxArticleBytes = 4000 }).Read([path]).Single().ShouldBeOfType<ArticleRead>();
    }

    [Fact]
    public void A_file_without_a_length_is_read_only_up_to_the_limit()
    {
        if (!File.Exists("/dev/zero")) return; // a device of endless bytes; only where the system has one
        var path = Path.Combine(folder.Path, "endless.txt");
        File.CreateSymbolicLink(path, "/dev/zero");
        var options = new ArticleReaderOptions { MaxArticleBytes = 1024 * 1024 };

        ReadOutcome? outcome = null;
        var use = ResourceUse.Measure(() => outcome = new ArticleReader(options).Read([path]).Single());
        use.Exception.ShouldBeNull();
        outcome.ShouldBeOfType<ReadFailure>().Reason.ShouldContain("at most 1,048,576 bytes (MaxArticleBytes)");
        use.AllocatedBytes.ShouldBeLessThan(4 * options.MaxArticleBytes);
    }

    [Fact]
    public void A_50_MB_json_line_is_refused_and_the_next_line_is_read()
    {
        var path = Path.Combine(folder.Path, "crawl.jsonl");
        using (var file = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            // Written in pieces: the test itself never holds the line.
            file.Write("{\"id\": \"huge\", \"text\": \"");
            var chunk = new string('x', 1024 * 1024);
            for (var i = 0; i < 50; i++) file.Write(chunk);
            file.Write("\"}\n");
            file.Write(Brief);
        }

        List<ReadOutcome>? outcomes = null;
        var use = ResourceUse.Measure(() => outcomes = new ArticleReader().Read([path]).ToList());
        use.Exception.ShouldBeNull();
        outcomes.ShouldNotBeNull().Count.ShouldBe(2);
        var failure = outcomes[0].ShouldBeOfType<ReadFailure>();
        failure.Line.ShouldBe(1);
        failure.Reason.ShouldBe("the line is too large: one article may have at most 5,242,880 bytes (MaxArticleBytes)");
        outcomes[1].ShouldBeOfType<ArticleRead>().Article.Id.ShouldBe("brief");
        // The line buffer stops growing at the limit: a few times 5 MB at most, never the 50 MB line.
        use.AllocatedBytes.ShouldBeLessThan(4 * ArticleReaderOptions.DefaultMaxArticleBytes);
        report.Note($"fixed case 50 MB JSON line: refused in {use.Elapsed.TotalMilliseconds:N0} ms, {use.AllocatedBytes / 1048576.0:F1} MB allocated", output);
    }
}
