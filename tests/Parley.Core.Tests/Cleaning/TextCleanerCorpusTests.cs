using System.Text.Json;
using Parley.Cleaning;
using Parley.Testing;
using Xunit.Abstractions;

namespace Parley.Core.Tests.Cleaning;

/// <summary>
/// The cleaner over the shared corpus: gold people's names must survive cleaning. Removed lines are written
/// to the test output so they can be inspected by eye (run with console verbosity "detailed").
/// </summary>
public sealed class TextCleanerCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void Gold_names_present_in_the_page_survive_cleaning()
    {
        var shared = SharedCorpus.RequireOrSkip();
        if (shared is null) return;

        var (present, kept, removedLines) = (0, 0, 0);
        foreach (var goldFolder in SharedCorpus.GoldFolders(shared))
        foreach (var goldPath in Directory.GetFiles(goldFolder, "*.json").Order(StringComparer.Ordinal))
        {
            var textPath = Path.Combine(Path.GetDirectoryName(goldFolder)!, Path.GetFileNameWithoutExtension(goldPath) + ".txt");
            var original = File.ReadAllText(textPath);
            var cleaned = TextCleaner.Clean(original).Text;
            using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
            foreach (var person in gold.RootElement.GetProperty("people").EnumerateArray())
            {
                var name = person.GetProperty("name").GetString()!;
                if (!Normalize(original).Contains(Normalize(name), StringComparison.OrdinalIgnoreCase)) continue;
                present++;
                if (Normalize(cleaned).Contains(Normalize(name), StringComparison.OrdinalIgnoreCase)) kept++;
                else output.WriteLine($"LOST {Path.GetFileName(textPath)}: {name}");
            }
            foreach (var verdict in TextCleaner.Explain(original).Where(v => !v.IsKept))
            {
                removedLines++;
                var line = verdict.Span.Of(original).Trim();
                output.WriteLine($"REMOVED {Path.GetFileName(textPath)} [{verdict.Reason}] {(line.Length > 110 ? line[..110] : line)}");
            }
        }
        output.WriteLine($"names kept: {kept}/{present} = {(double)kept / present:F3}; lines removed: {removedLines}");
        present.ShouldBeGreaterThan(0);
        ((double)kept / present).ShouldBeGreaterThanOrEqualTo(0.98);
    }

    private static string Normalize(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
