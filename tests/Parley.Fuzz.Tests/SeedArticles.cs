using System.Text.Json;
using Parley.Testing;

namespace Parley.Fuzz.Tests;

/// <summary>
/// The real-looking inputs mutations start from: the invented samples in <c>samples/articles</c> always, and the
/// shared corpus pages when <c>../shared</c> is present. They are read at run time and never copied into the
/// repository. Files are taken in ordinal order so a seed and iteration name the same input on every machine
/// with the same files.
/// </summary>
internal sealed class SeedArticles
{
    private static readonly Lazy<SeedArticles> Loaded = new(Load);

    private SeedArticles(IReadOnlyList<string> texts, IReadOnlyList<string> pages, IReadOnlyList<string> jsonLines, bool hasSharedCorpus)
    {
        Texts = texts;
        Pages = pages;
        JsonLines = jsonLines;
        HasSharedCorpus = hasSharedCorpus;
    }

    /// <summary>The seeds, read once per test run.</summary>
    public static SeedArticles Instance => Loaded.Value;

    /// <summary>Plain-text articles (.txt files and the text fields of the sample JSON lines).</summary>
    public IReadOnlyList<string> Texts { get; }

    /// <summary>HTML pages.</summary>
    public IReadOnlyList<string> Pages { get; }

    /// <summary>Raw JSON lines, one article object each.</summary>
    public IReadOnlyList<string> JsonLines { get; }

    /// <summary>True when the shared corpus contributed seeds (it changes which input an iteration makes).</summary>
    public bool HasSharedCorpus { get; }

    private static SeedArticles Load()
    {
        var texts = new List<string>();
        var pages = new List<string>();
        var jsonLines = new List<string>();
        var folders = new List<string> { Path.Combine(SharedCorpus.RepoRoot, "samples", "articles") };
        var shared = SharedCorpus.RequireOrSkip();
        if (shared is not null)
            folders.AddRange(Directory.GetDirectories(Path.Combine(shared, "corpus")).Order(StringComparer.Ordinal));

        foreach (var folder in folders)
            foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
            {
                switch (Path.GetExtension(file).ToLowerInvariant())
                {
                    case ".txt": texts.Add(File.ReadAllText(file)); break;
                    case ".html" or ".htm": pages.Add(File.ReadAllText(file)); break;
                    case ".jsonl":
                        foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
                        {
                            jsonLines.Add(line);
                            using var document = JsonDocument.Parse(line);
                            if (document.RootElement.TryGetProperty("text", out var text)) texts.Add(text.GetString()!);
                        }
                        break;
                }
            }
        if (texts.Count == 0 || pages.Count == 0 || jsonLines.Count == 0)
            throw new InvalidOperationException("samples/articles must hold at least one .txt, .html and .jsonl seed.");
        return new SeedArticles(texts, pages, jsonLines, shared is not null);
    }
}
