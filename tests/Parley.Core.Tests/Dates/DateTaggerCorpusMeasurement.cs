using Parley.Dates;
using Parley.Model;
using Parley.Testing;
using Xunit.Abstractions;

namespace Parley.Core.Tests.Dates;

/// <summary>
/// Measures the tagger on the shared corpus: for each gold event with a start date, is there a mention
/// in the article (anchored on the gold publication date) whose start and end equal gold's?
/// Prints the figures; asserts only a floor so regressions show.
/// </summary>
public class DateTaggerCorpusMeasurement(ITestOutputHelper output)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void GoldEventDates_AreAmongTheMentions(bool inheritYearFromText)
    {
        var options = DateTaggerOptions.Default with { InheritYearFromText = inheritYearFromText };
        var shared = SharedCorpus.RequireOrSkip();
        if (shared is null) return;

        int articles = 0, mentions = 0, resolvedMentions = 0, dated = 0, found = 0;
        foreach (var goldFolder in SharedCorpus.GoldFolders(shared))
        {
            var textFolder = Path.GetDirectoryName(goldFolder)!;
            foreach (var goldFile in Directory.GetFiles(goldFolder, "*.json").Order(StringComparer.Ordinal))
            {
                var textFile = Path.Combine(textFolder, Path.GetFileNameWithoutExtension(goldFile) + ".txt");
                if (!File.Exists(textFile)) continue;
                var gold = RecordJson.Deserialize(File.ReadAllText(goldFile));
                DateOnly? published = gold.Published is null ? null : DateOnly.ParseExact(gold.Published, "yyyy-MM-dd");
                var found1 = DateTagger.Find(File.ReadAllText(textFile), published, options);
                articles++;
                if (Environment.GetEnvironmentVariable("PARLEY_DATES_DUMP") is not null)
                    foreach (var m in found1) output.WriteLine($"  {Path.GetFileName(textFile)} {m.Kind} [{m.Span.Of(File.ReadAllText(textFile)).ReplaceLineEndings(" ")}] {m.Start}..{m.End}{(m.IsDateline ? " dateline" : "")}");
                mentions += found1.Count;
                resolvedMentions += found1.Count(m => m.IsResolved);
                foreach (var e in gold.Events.Where(e => e.Start is not null))
                {
                    dated++;
                    if (found1.Any(m => m.Start?.ToString() == e.Start && m.End?.ToString() == e.End)) found++;
                    else output.WriteLine($"missed {Path.GetFileName(goldFile)} {e.Start}..{e.End} (published {gold.Published})");
                }
            }
        }

        var share = dated == 0 ? 0 : (double)found / dated;
        output.WriteLine($"InheritYearFromText={inheritYearFromText}");
        output.WriteLine($"gold events with a start: {dated}; matched by a mention: {found} ({share:P1})");
        output.WriteLine($"articles: {articles}; mentions: {mentions} ({(double)mentions / articles:F2}/article); resolved: {resolvedMentions} ({(double)resolvedMentions / articles:F2}/article)");
        share.ShouldBeGreaterThan(0.8);
    }
}
