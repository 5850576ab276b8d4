using System.Text;
using Parley.Ingest;

namespace Parley.Core.Tests.Ingest;

public sealed class ArticleReaderTests : IDisposable
{
    private const string Story = "Harbor Town Mayor Elda Voss met with a trade delegation from Norland on Tuesday.\n\nThe two sides discussed port logistics.";
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static List<ReadOutcome> Read(params string[] paths) => new ArticleReader().Read(paths).ToList();

    private static ReadFailure SingleFailure(List<ReadOutcome> outcomes) => outcomes.ShouldHaveSingleItem().ShouldBeOfType<ReadFailure>();

    [Fact]
    public void Text_file_becomes_an_article_named_after_the_file()
    {
        var path = folder.Write("story-7.txt", Story);
        var read = Read(path).ShouldHaveSingleItem().ShouldBeOfType<ArticleRead>();
        read.Article.Id.ShouldBe("story-7");
        read.Article.Text.ShouldBe(Story);
        read.SourceKey.ShouldBe(path);
        read.ContentHash.ShouldBe(ArticleReader.Sha256Hex(Story));
        read.ContentHash.Length.ShouldBe(64);
    }

    [Fact]
    public void Folders_are_walked_recursively_in_ordinal_order_and_other_files_are_skipped()
    {
        folder.Write("b.txt", Story);
        folder.Write("a.txt", Story);
        folder.Write("sub/c.txt", Story);
        folder.Write("notes.docx", "ignored");
        var outcomes = Read(folder.Path);
        outcomes.OfType<ArticleRead>().Select(r => r.Article.Id).ShouldBe(["a", "b", "c"]);
        outcomes.OfType<FileSkipped>().ShouldHaveSingleItem().Origin.ShouldEndWith("notes.docx");
    }

    [Fact]
    public void Unsupported_file_named_explicitly_is_a_failure()
    {
        var path = folder.Write("notes.docx", "text");
        SingleFailure(Read(path)).Reason.ShouldContain("not a supported file type");
    }

    [Fact]
    public void Missing_path_is_a_failure() =>
        SingleFailure(Read(Path.Combine(folder.Path, "absent.txt"))).Reason.ShouldContain("no such file");

    [Fact]
    public void Empty_file_is_a_failure() =>
        SingleFailure(Read(folder.Write("empty.txt", ""))).Reason.ShouldContain("empty");

    [Fact]
    public void Whitespace_only_file_is_a_failure() =>
        SingleFailure(Read(folder.Write("blank.txt", " \n\t\r\n "))).Reason.ShouldContain("only whitespace");

    [Fact]
    public void Binary_file_with_nul_bytes_is_a_failure() =>
        SingleFailure(Read(folder.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]))).Reason.ShouldContain("binary");

    [Fact]
    public void Text_dense_with_control_characters_is_a_failure() =>
        SingleFailure(Read(folder.Write("noise.txt", "ab\u0001\u0002\u0003cd\u0004\u0005"))).Reason.ShouldContain("binary");

    [Fact]
    public void Invalid_utf8_is_a_failure() =>
        SingleFailure(Read(folder.WriteBytes("latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9 meeting in Z\u00fcrich")))).Reason.ShouldContain("not valid UTF-8");

    [Fact]
    public void Utf16_with_byte_order_mark_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Story)).ToArray();
        var read = Read(folder.WriteBytes("wide.txt", bytes)).ShouldHaveSingleItem().ShouldBeOfType<ArticleRead>();
        read.Article.Text.ShouldBe(Story);
    }

    [Fact]
    public void Utf8_byte_order_mark_is_dropped()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Story)).ToArray();
        Read(folder.WriteBytes("bom.txt", bytes)).ShouldHaveSingleItem().ShouldBeOfType<ArticleRead>().Article.Text.ShouldBe(Story);
    }

    [Fact]
    public void File_over_the_size_limit_is_a_failure()
    {
        var path = folder.Write("big.txt", new string('x', 2000));
        var outcomes = new ArticleReader(new ArticleReaderOptions { MaxArticleBytes = 1000 }).Read([path]).ToList();
        SingleFailure(outcomes).Reason.ShouldContain("too large");
    }

    [Fact]
    public void Html_page_is_reduced_to_its_article_with_metadata()
    {
        const string html = """
            <html><head><title>Port Talks Open in Harbor Town - Norland Daily</title>
            <meta property="article:published_time" content="2022-05-19T08:12:00+08:00">
            <link rel="canonical" href="https://news.example.org/port-talks">
            <script>var tracking = 1;</script><style>p { color: red }</style></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <header>Norland Daily</header>
            <article><h1>Port Talks Open in Harbor Town</h1>
            <p>Harbor Town Mayor Elda Voss met with a trade delegation from Norland on Tuesday to discuss shipping lanes.</p>
            <p>The two sides agreed to expand cooperation on cold-chain logistics and customs clearance.</p></article>
            <aside>Most read: <a href="/x">Other story</a></aside><footer>Copyright Norland Daily</footer></body></html>
            """;
        var read = Read(folder.Write("port.html", html)).ShouldHaveSingleItem().ShouldBeOfType<ArticleRead>();
        read.Article.Id.ShouldBe("port");
        read.Article.Title.ShouldBe("Port Talks Open in Harbor Town");
        read.Article.Published.ShouldBe("2022-05-19");
        read.Article.Url.ShouldBe("https://news.example.org/port-talks");
        read.Article.Text.ShouldStartWith("Port Talks Open in Harbor Town\n\nHarbor Town Mayor Elda Voss met");
        read.Article.Text.ShouldContain("shipping lanes.\n\nThe two sides agreed");
        read.Article.Text.ShouldNotContain("tracking");
        read.Article.Text.ShouldNotContain("Most read");
        read.Article.Text.ShouldNotContain("Copyright");
    }

    [Fact]
    public void Html_without_article_element_uses_the_block_with_most_prose()
    {
        const string html = """
            <html><head><title>Norland Daily | Mayor Receives Guests</title></head><body>
            <div class="menu"><a href="/a">Politics news section</a> <a href="/b">Economy news section</a> <a href="/c">Culture news section</a></div>
            <div class="content"><p>Mayor Elda Voss received a business delegation at the city hall on Monday morning.</p>
            <p>They exchanged views on investment in renewable energy and agreed to meet again next year.</p></div>
            <time datetime="2021-03-05">March 5</time></body></html>
            """;
        var read = Read(folder.Write("guests.htm", html)).ShouldHaveSingleItem().ShouldBeOfType<ArticleRead>();
        read.Article.Title.ShouldBe("Mayor Receives Guests");
        read.Article.Published.ShouldBe("2021-03-05");
        read.Article.Text.ShouldContain("Mayor Elda Voss received");
        read.Article.Text.ShouldNotContain("news section");
    }

    [Fact]
    public void Html_without_article_text_is_a_failure() =>
        SingleFailure(Read(folder.Write("shell.html", "<html><head><script>x()</script></head><body><nav>Home</nav></body></html>")))
            .Reason.ShouldContain("no article text");

    [Fact]
    public void Json_lines_yield_one_article_per_line_and_failures_name_the_line()
    {
        var path = folder.Write("batch.jsonl", string.Join('\n',
            """{"id": "n1", "text": "Mayor Elda Voss met guests from Norland.", "url": "https://example.org/n1", "published": "2020-09-22", "title": "Guests"}""",
            """{"text": "The delegation toured the new container terminal."}""",
            """{"text": "unterminated""",
            "",
            """{"url": "https://example.org/none"}""",
            """{"html": "<html><body><article><p>Mayor Elda Voss opened the spring trade fair in the old market hall, greeting exhibitors from five countries.</p></article></body></html>"}""") + "\n");
        var outcomes = Read(path);
        outcomes.Count.ShouldBe(5);

        var first = outcomes[0].ShouldBeOfType<ArticleRead>();
        first.Article.Id.ShouldBe("n1");
        first.Article.Published.ShouldBe("2020-09-22");
        first.Article.Title.ShouldBe("Guests");
        first.Article.Url.ShouldBe("https://example.org/n1");
        first.SourceKey.ShouldBe(path + "#n1");
        first.Article.Origin.ShouldBe(path + ":1");

        outcomes[1].ShouldBeOfType<ArticleRead>().Article.Id.ShouldBe("batch-2");

        var malformed = outcomes[2].ShouldBeOfType<ReadFailure>();
        malformed.Line.ShouldBe(3);
        malformed.Location.ShouldBe(path + ":3");
        malformed.Reason.ShouldContain("not valid JSON");

        var noText = outcomes[3].ShouldBeOfType<ReadFailure>();
        noText.Line.ShouldBe(5);
        noText.Reason.ShouldContain("neither a \"text\" nor an \"html\"");

        outcomes[4].ShouldBeOfType<ArticleRead>().Article.Text.ShouldContain("opened the spring trade fair");
    }

    [Fact]
    public void Json_line_with_invalid_utf8_fails_alone()
    {
        var good = Encoding.UTF8.GetBytes("{\"text\": \"First line reads fine.\"}\n");
        var bad = new byte[] { (byte)'{', (byte)'"', (byte)'t', 0xC3, 0x28, (byte)'"', (byte)'}', (byte)'\n' };
        var alsoGood = Encoding.UTF8.GetBytes("{\"text\": \"Third line reads fine.\"}\n");
        var outcomes = Read(folder.WriteBytes("mixed.jsonl", [.. good, .. bad, .. alsoGood]));
        outcomes.Select(o => o.GetType().Name).ShouldBe(["ArticleRead", "ReadFailure", "ArticleRead"]);
        ((ReadFailure)outcomes[1]).Reason.ShouldContain("UTF-8");
    }

    [Fact]
    public void Json_line_over_the_size_limit_fails_and_reading_goes_on()
    {
        var path = folder.Write("long.jsonl", "{\"text\": \"" + new string('y', 500) + "\"}\n{\"text\": \"Short and fine.\"}\n");
        var outcomes = new ArticleReader(new ArticleReaderOptions { MaxArticleBytes = 100 }).Read([path]).ToList();
        outcomes[0].ShouldBeOfType<ReadFailure>().Reason.ShouldContain("too large");
        outcomes[1].ShouldBeOfType<ArticleRead>().Article.Text.ShouldBe("Short and fine.");
    }

    [Fact]
    public void Json_line_with_an_unreadable_date_is_a_failure()
    {
        var path = folder.Write("dates.jsonl", "{\"text\": \"Fine text here.\", \"published\": \"sometime\"}\n");
        SingleFailure(Read(path)).Reason.ShouldContain("published");
    }
}
