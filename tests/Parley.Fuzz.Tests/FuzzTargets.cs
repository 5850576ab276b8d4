using Parley.Cleaning;
using Parley.Dates;
using Parley.Ingest;
using Parley.Model;
using static Parley.Fuzz.Tests.FuzzCheckException;

namespace Parley.Fuzz.Tests;

/// <summary>
/// The public entry points under fuzz, each with the invariants its result must keep. The readers take files,
/// as in use, so their targets write each input to a scratch file, deleted after reading.
/// </summary>
internal static class FuzzTargets
{

    /// <summary>Every target, in the order the tests run them.</summary>
    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("cleaner", ".txt", (rng, max) => FuzzInput.OfText(FuzzInputs.Text(rng, max)), input => Clean(input.Text!)),
        new("dates", ".txt", (rng, max) => FuzzInput.OfText(FuzzInputs.Text(rng, max)), input => FindDates(input.Text!, input.Size)),
        new("html-reader", ".html", (rng, max) => FuzzInput.OfBytes(FuzzInputs.Page(rng, max)), input => ReadFile(input.Bytes!, ".html", expectOne: true)),
        new("jsonl-reader", ".jsonl", (rng, max) => FuzzInput.OfBytes(FuzzInputs.JsonLines(rng, max)), input => ReadFile(input.Bytes!, ".jsonl", expectOne: false)),
        new("pipeline", ".txt", (rng, max) => FuzzInput.OfText(FuzzInputs.Text(rng, max)), input => Extract(input.Text!, input.Size)),
    ];

    /// <summary>The target called <paramref name="name"/>.</summary>
    public static FuzzTarget Named(string name) => All.Single(t => t.Name == name);

    private static void Clean(string text)
    {
        var cleaned = TextCleaner.Clean(text);
        var previous = 0;
        for (var i = 0; i < cleaned.Text.Length; i++)
        {
            var original = cleaned.ToOriginal(i);
            Require(original >= previous && original < text.Length, $"cleaned character {i} maps to {original}, out of order or outside the text");
            previous = original;
        }
    }

    // Options, publication date and metadata derive from the input's size, so a saved input replays exactly.
    private static void FindDates(string text, int size)
    {
        var options = new DateTaggerOptions
        {
            AnchorOnDatelines = size % 2 == 0,
            InheritYearFromText = size % 3 == 0,
            FutureToleranceDays = size % 5 == 0 ? DateTaggerOptions.MaxFutureToleranceDays : size % 7,
        };
        var published = FuzzInputs.Published(new Random(size));
        foreach (var mention in DateTagger.Find(text, published, options)) RequireInside(mention.Span, text, "date mention");
        foreach (var full in FullDateFinder.FindAll(text)) RequireInside(full.Span, text, "full date");
        if (PublishedDateFinder.Find(text) is { } date) RequireInside(date.Span, text, "publication date");
        if (TitleFinder.Find(text) is { } title) RequireInside(title.Span, text, "title");
        FullDateFinder.ParseIsoPrefix(text.Length > 64 ? text[..64] : text);
    }

    private static void ReadFile(byte[] bytes, string extension, bool expectOne)
    {
        var path = Path.Combine(Path.GetTempPath(), $"parley-fuzz-input-{Environment.ProcessId}{extension}");
        List<ReadOutcome> outcomes;
        try
        {
            File.WriteAllBytes(path, bytes);
            outcomes = new ArticleReader().Read([path]).ToList();
        }
        finally
        {
            File.Delete(path);
        }
        Require(outcomes.Count > 0, "the reader reported nothing for a file");
        Require(!expectOne || outcomes.Count == 1, $"the reader reported {outcomes.Count} outcomes for one page");
        foreach (var outcome in outcomes)
        {
            Require(outcome is ArticleRead or ReadFailure, $"unexpected outcome {outcome}");
            if (outcome is ArticleRead read) Require(!string.IsNullOrWhiteSpace(read.Article.Text), "an article was read with no text");
            if (outcome is ReadFailure failure) Require(failure.Reason.Length > 0, "a failure without a reason");
        }
    }

    private static void Extract(string text, int size)
    {
        var rng = new Random(size);
        var article = new SourceArticle(
            "fuzz", "fuzz", text,
            Url: rng.Next(3) == 0 ? "https://example.org/news/1" : null,
            Published: FuzzInputs.PublishedText(rng),
            Title: rng.Next(4) == 0 ? text[..Math.Min(text.Length, rng.Next(200))] : null);
        var record = WarmPipeline.Instance.Extract(article);
        RecordJson.Serialize(record);
    }

    private static void RequireInside(Parley.Text.TextSpan span, string text, string what) =>
        Require(span.Start >= 0 && span.Start <= span.End && span.End <= text.Length, $"{what} span {span} lies outside the text of {text.Length} characters");
}
