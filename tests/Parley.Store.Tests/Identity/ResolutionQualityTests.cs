using System.Globalization;
using Parley.Model;
using Parley.Testing;
using Parley.Text;
using Xunit.Abstractions;

namespace Parley.Store.Tests.Identity;

/// <summary>
/// Pairwise precision and recall of person resolution, on invented news with known identities (asserted:
/// the floors of the issue) and on the gold records of ../shared/corpus (reported, see below for the method).
/// </summary>
public sealed class ResolutionQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void Synthetic_news_resolves_people_above_the_floors()
    {
        var news = SyntheticNews.Generate(seed: 20240407, peopleCount: 240, articleCount: 1000);
        using var db = new IdentityStore();
        foreach (var article in news.Articles) db.Save(article);

        var resolved = news.Truth.Select(t => (Predicted: db.PersonOf(t.Key.SourceKey, t.Key.Name), Gold: t.Value)).ToList();
        var figures = PairwiseFigures.Of(resolved);
        // What joining equal names alone would give, for comparison.
        var byName = PairwiseFigures.Of(news.Truth.Select(t => (Predicted: NameKey.Of(t.Key.Name), Gold: t.Value)));

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"synthetic: {news.People} people ({news.PeopleSharingAName} share a name with someone else), {news.Articles.Count} articles, {resolved.Count} mentions"));
        output.WriteLine($"resolver:          {figures}");
        output.WriteLine($"equal names alone: {byName}");
        figures.Precision.ShouldBeGreaterThanOrEqualTo(0.95, figures.ToString());
        figures.Recall.ShouldBeGreaterThanOrEqualTo(0.90, figures.ToString());
    }

    /// <summary>
    /// The corpus has no identities across documents, so the truth is assumed: mentions whose names are equal
    /// after normalization are one person, others are not. In these 92 documents a repeated full name is nearly
    /// always the same official reported again, years apart and in other posts, which makes this set a test of
    /// recall for career changes; precision counts only merges of differently written names.
    /// </summary>
    [Fact]
    public void Corpus_gold_records_resolve_repeated_names_to_one_person()
    {
        if (SharedCorpus.RequireOrSkip() is not { } shared) return;
        using var db = new IdentityStore();
        var mentions = new List<(string SourceKey, string Name)>();
        foreach (var folder in SharedCorpus.GoldFolders(shared))
            foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
            {
                var record = RecordJson.Deserialize(File.ReadAllText(file));
                var text = File.ReadAllText(file);
                db.Store.Save(new ArticleToStore
                {
                    SourceKey = file, Origin = file, Id = record.Id, Title = record.Title, Published = record.Published,
                    RawText = text, CleanedText = text, ContentHash = ContentHash.Of(text), Record = record,
                });
                mentions.AddRange(record.People.Select(p => (file, p.Name)));
            }

        var figures = PairwiseFigures.Of(mentions.Select(m => (Predicted: db.PersonOf(m.SourceKey, m.Name), Gold: NameKey.Of(m.Name))));

        output.WriteLine($"corpus gold, {mentions.Count} mentions: {figures}");
        figures.Precision.ShouldBeGreaterThanOrEqualTo(0.95, figures.ToString());
        figures.Recall.ShouldBeGreaterThanOrEqualTo(0.90, figures.ToString());
    }
}
