using Dapper;
using Microsoft.Data.Sqlite;
using Parley.Extraction;
using Parley.Store;
using Parley.Store.Ingestion;
using Parley.Testing;

namespace Parley.Cli.Tests.Robustness;

/// <summary>
/// Near-duplicate detection over the shared corpus: every article republished with other page furniture,
/// other line breaks and one word in twenty replaced is linked to its original, and no two of the corpus's
/// distinct articles are linked to each other. The corpus is read at run time; nothing of it is kept.
/// </summary>
public sealed class CorpusNearDuplicateTests : IDisposable
{
    private const string Header = "Home | News | Local affairs | Contact us\nFont size: A A A   Print   Close\nShare to: WeChat Weibo\n";
    private const string Footer = "\nEditor: Lan Qiu   Responsible editor: Mo Xi\nCopyright © 2025 Provincial Portal. All rights reserved.\n";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Every_republished_corpus_article_is_linked_to_its_original_and_no_two_originals_are()
    {
        if (SharedCorpus.RequireOrSkip() is not { } shared) return;
        var articles = SharedCorpus.GoldFolders(shared)
            .SelectMany(gold => Directory.GetFiles(Path.GetDirectoryName(gold)!, "*.txt"))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var article in articles)
        {
            var text = File.ReadAllText(article);
            var name = Path.GetFileName(article);
            _temp.Write($"originals/{name}", text);
            _temp.Write($"republished/re-{name}", Header + Republished(text) + Footer);
        }
        using var store = new SqliteKnowledgeStore(_temp["kb.db"]);
        var service = new IngestService(store, ExtractionPipeline.CreateDefault());

        var originals = service.Run([_temp["originals"]]);
        var eventsOfOriginals = store.Counts().Events;
        var linksAmongOriginals = Links();
        var republished = service.Run([_temp["republished"]]);

        // The corpus itself holds the odd page twice (one copy cut short, with other spaces): those are the
        // only links allowed among the originals.
        (originals.Inserted + originals.NearDuplicates).ShouldBe(articles.Count);
        linksAmongOriginals.Count.ShouldBeLessThanOrEqualTo(articles.Count / 20);
        foreach (var (copy, original) in linksAmongOriginals)
            Opening(_temp[$"originals/{copy}.txt"]).ShouldBe(Opening(_temp[$"originals/{original}.txt"]), $"{copy} linked to {original}");
        // A copy is not linked when its people, extracted anew from the other furniture, disagree with the
        // original's (the guard against templated stories): that may cost the odd copy, never more.
        republished.NearDuplicates.ShouldBeGreaterThanOrEqualTo(articles.Count - Math.Max(1, articles.Count / 50));
        if (republished.NearDuplicates == articles.Count) store.Counts().Events.ShouldBe(eventsOfOriginals);
        // Each republished copy is linked to its own original, or to the page that original repeats.
        var rootOf = linksAmongOriginals.ToDictionary(l => l.Copy, l => l.Original);
        foreach (var (copy, original) in Links().Except(linksAmongOriginals))
        {
            var source = copy["re-".Length..];
            original.ShouldBe(rootOf.GetValueOrDefault(source, source), $"{copy} linked to {original}");
        }
    }

    /// <summary>Every near-duplicate link as (copy's record id, original's record id).</summary>
    private List<(string Copy, string Original)> Links()
    {
        using var raw = new SqliteConnection($"Data Source={_temp["kb.db"]};Pooling=False");
        return raw.Query<(string, string)>(
            "SELECT c.record_id, o.record_id FROM near_duplicates n JOIN articles c ON c.id = n.article_id JOIN articles o ON o.id = n.original_id").AsList();
    }

    /// <summary>The first 1,000 characters of a file with every run of white space made one space.</summary>
    private static string Opening(string path)
    {
        var collapsed = string.Join(' ', File.ReadAllText(path).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed[..Math.Min(1000, collapsed.Length)];
    }

    /// <summary>The text with Windows line breaks, a blank line after each line, and every twentieth word replaced.</summary>
    private static string Republished(string text)
    {
        var words = text.Replace("\n", "\r\n\r\n", StringComparison.Ordinal).Split(' ');
        for (var i = 7; i < words.Length; i += 20) words[i] = "reportedly";
        return string.Join(' ', words);
    }
}
