using System.Text.Json;
using Parley.Ingest;
using Parley.Testing;
using Xunit.Abstractions;

namespace Parley.Core.Tests.Ingest;

/// <summary>Publication dates found in the shared corpus pages against their gold records.</summary>
public sealed class PublishedDateCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void Published_date_accuracy_over_all_gold_files_is_at_least_97_percent()
    {
        var shared = SharedCorpus.RequireOrSkip();
        if (shared is null) return;

        var (total, correct) = (0, 0);
        foreach (var goldFolder in SharedCorpus.GoldFolders(shared))
        foreach (var goldPath in Directory.GetFiles(goldFolder, "*.json").Order(StringComparer.Ordinal))
        {
            var textPath = Path.Combine(Path.GetDirectoryName(goldFolder)!, Path.GetFileNameWithoutExtension(goldPath) + ".txt");
            using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
            var expected = gold.RootElement.GetProperty("published") is { ValueKind: JsonValueKind.String } p ? p.GetString() : null;
            var found = PublishedDateFinder.Find(File.ReadAllText(textPath))?.Date;
            total++;
            if (found == expected) correct++;
            else output.WriteLine($"MISS {textPath}: expected {expected ?? "null"}, found {found ?? "null"}");
        }
        var accuracy = (double)correct / total;
        output.WriteLine($"published accuracy: {correct}/{total} = {accuracy:F3}");
        total.ShouldBeGreaterThan(0);
        accuracy.ShouldBeGreaterThanOrEqualTo(0.97);
    }
}
