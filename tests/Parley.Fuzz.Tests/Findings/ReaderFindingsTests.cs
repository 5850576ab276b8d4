using System.Text;
using Parley.Ingest;

namespace Parley.Fuzz.Tests.Findings;

/// <summary>Regressions for what fuzzing found in the readers, each from an invented minimal input.</summary>
[Collection(FuzzCollection.Name)]
public sealed class ReaderFindingsTests : IDisposable
{
    private const string Sentence = "The delegation met the harbor council on Monday to discuss customs clearance and ferry routes. ";
    private readonly ScratchFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void An_escaped_lone_surrogate_fails_its_json_line_and_reading_goes_on()
    {
        // Valid JSON syntax, but "\ud800" decodes to no text: the JSON reader threw instead of the line failing.
        var path = folder.Write("briefs.jsonl",
            "{\"id\": \"a\", \"text\": \"Broken \\ud800 brief about the harbor council.\"}\n" +
            "{\"id\": \"b\", \"text\": \"" + Sentence + "\"}\n");
        var outcomes = new ArticleReader().Read([path]).ToList();
        outcomes.Count.ShouldBe(2);
        var failure = outcomes[0].ShouldBeOfType<ReadFailure>();
        failure.Line.ShouldBe(1);
        failure.Reason.ShouldContain("lone surrogate");
        outcomes[1].ShouldBeOfType<ArticleRead>().Article.Id.ShouldBe("b");
    }

    public static TheoryData<string, string> MisnestedPages => new()
    {
        // Each keeps the parser's stack of open elements growing far past what any page needs; most make every later tag
        // cost time in proportion to that stack (200 KB of unclosed divs took 11 s, 500 KB over two minutes).
        { "unclosed divs", AdversarialText.Repeat("<div>", 60_000) },
        { "self-closed divs (not self-closing in HTML)", AdversarialText.Repeat("<div/>", 60_000) },
        { "a span end tag cannot close past a div", AdversarialText.Repeat("<span><div></span>", 60_000) },
        { "a new link inside a block does not end the open link", AdversarialText.Repeat("<a href=x><div>", 60_000) },
        { "a list item inside a section does not end the open item", "<ul>" + AdversarialText.Repeat("<li><section>", 60_000) },
        { "a div end tag does not reach past a table", AdversarialText.Repeat("<div><table></div>", 60_000) },
    };

    [Theory]
    [MemberData(nameof(MisnestedPages))]
    public void A_page_nested_deeper_than_browsers_nest_is_refused_quickly(string shape, string markup)
    {
        var path = folder.Write("page.html", "<html><body>" + markup + "<p>" + Sentence + "</p></body></html>");
        ReadFailure? failure = null;
        WithinBounds.Run(new FileInfo(path).Length, () => failure = new ArticleReader().Read([path]).Single() as ReadFailure);
        failure.ShouldNotBeNull(shape).Reason.ShouldContain("nests over 512 elements deep");
    }

    public static TheoryData<string, string> SloppyPages => new()
    {
        // Real pages leave tags open that the parser closes itself; none of this may count as deep nesting.
        { "paragraphs with unclosed fonts", AdversarialText.Repeat("<p><font face=Arial size=2>" + Sentence, 120_000) },
        { "list items with unclosed paragraphs", "<ul>" + AdversarialText.Repeat("<li><p>" + Sentence, 120_000) },
        { "unclosed links", "<p>" + AdversarialText.Repeat("<a href=\"/news/1\">" + Sentence, 120_000) },
        { "unclosed rows and cells", "<table>" + AdversarialText.Repeat("<tr><td>" + Sentence + "<td>more", 120_000) + "</table>" },
        { "unclosed headings", AdversarialText.Repeat("<h2>Port news<p>" + Sentence, 120_000) },
        { "definition lists", "<dl>" + AdversarialText.Repeat("<dt>Port<dd>" + Sentence, 120_000) + "</dl>" },
        { "self-closed SVG shapes", "<svg>" + AdversarialText.Repeat("<path d='M0 0'/>", 120_000) + "</svg><p>" + Sentence },
        { "list items outside a list", AdversarialText.Repeat("<li>" + Sentence, 120_000) },
    };

    [Theory]
    [MemberData(nameof(SloppyPages))]
    public void A_sloppy_but_shallow_page_is_read(string shape, string markup)
    {
        var path = folder.Write("page.html", "<html><body>" + markup + "</body></html>");
        ArticleRead? read = null;
        WithinBounds.Run(new FileInfo(path).Length, () => read = new ArticleReader().Read([path]).Single() as ArticleRead);
        read.ShouldNotBeNull(shape).Article.Text.ShouldContain(Sentence.Trim());
    }

    [Fact]
    public void Formatting_elements_reopened_in_every_paragraph_parse_in_linear_time()
    {
        // Each paragraph reopens every differently attributed bold element before it: quadratically many elements.
        var markup = new StringBuilder("<html><body>");
        for (var k = 0; k < 6_000; k++) markup.Append("<p><b id=").Append(k).Append(">x</p>");
        var path = folder.Write("page.html", markup.Append("<p>").Append(Sentence).ToString());
        ArticleRead? read = null;
        WithinBounds.Run(new FileInfo(path).Length, () => read = new ArticleReader().Read([path]).Single() as ArticleRead);
        read.ShouldNotBeNull().Article.Text.ShouldContain(Sentence.Trim());
    }
}
