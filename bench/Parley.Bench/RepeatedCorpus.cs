using System.Text;
using Parley.Ingest;

namespace Parley.Bench;

/// <summary>
/// A corpus of at least the requested size made by repeating the shared corpus's <c>*.txt</c> articles.
/// Only the base set (~140 KB) is held; the repetitions are yielded lazily, so a 1 GB run needs no more memory.
/// </summary>
internal sealed class RepeatedCorpus
{
    private readonly List<(string Name, string Path, string Text, int Bytes)> _baseSet;

    private RepeatedCorpus(List<(string Name, string Path, string Text, int Bytes)> baseSet, long targetBytes)
    {
        _baseSet = baseSet;
        var baseBytes = baseSet.Sum(a => (long)a.Bytes);
        Repetitions = (int)Math.Max(1, (targetBytes + baseBytes - 1) / baseBytes);
        TotalBytes = baseBytes * Repetitions;
        TotalArticles = (long)baseSet.Count * Repetitions;
    }

    /// <summary>Times the base set is repeated.</summary>
    public int Repetitions { get; }

    /// <summary>UTF-8 bytes of article text in one full pass.</summary>
    public long TotalBytes { get; }

    /// <summary>Articles in one full pass.</summary>
    public long TotalArticles { get; }

    /// <summary>Articles in the base set.</summary>
    public int BaseArticles => _baseSet.Count;

    /// <summary>UTF-8 bytes of the base set.</summary>
    public long BaseBytes => _baseSet.Sum(a => (long)a.Bytes);

    /// <summary>Reads every <c>corpus/**/*.txt</c> once, in a fixed order.</summary>
    public static RepeatedCorpus Load(string sharedRoot, long targetBytes)
    {
        var files = Directory.GetFiles(Path.Combine(sharedRoot, "corpus"), "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p =>
            {
                var text = File.ReadAllText(p);
                return (Path.GetFileNameWithoutExtension(p), p, text, Encoding.UTF8.GetByteCount(text));
            })
            .ToList();
        if (files.Count == 0) throw new InvalidOperationException($"no *.txt under {sharedRoot}/corpus");
        return new RepeatedCorpus(files, targetBytes);
    }

    /// <summary>One pass over the whole repeated corpus; ids are unique per repetition.</summary>
    public IEnumerable<BenchArticle> Articles() => Articles(Repetitions);

    /// <summary>The base set repeated <paramref name="repetitions"/> times (used for the warm-up).</summary>
    public IEnumerable<BenchArticle> Articles(int repetitions)
    {
        for (var r = 0; r < repetitions; r++)
            foreach (var (name, path, text, bytes) in _baseSet)
                yield return new BenchArticle(new SourceArticle($"{name}-r{r}", path, text), bytes);
    }
}

/// <summary>An article to extract and its size in UTF-8 bytes (counted once, not per pass).</summary>
internal readonly record struct BenchArticle(SourceArticle Article, int Bytes);
