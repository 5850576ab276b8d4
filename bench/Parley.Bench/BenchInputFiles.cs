using System.Text.Json;

namespace Parley.Bench;

/// <summary>
/// Writes a <see cref="RepeatedCorpus"/> to disk as JSON-lines files (one per repetition), so the ingest
/// measurement reads real files through the same reader and service as <c>parley ingest</c>.
/// </summary>
internal static class BenchInputFiles
{
    /// <summary>Writes the files into <paramref name="folder"/>; returns how many were written.</summary>
    public static int Write(RepeatedCorpus corpus, string folder)
    {
        Directory.CreateDirectory(folder);
        var files = 0;
        StreamWriter? writer = null;
        var repetition = -1;
        try
        {
            foreach (var (article, r) in corpus.Articles().Select((a, i) => (a.Article, i / corpus.BaseArticles)))
            {
                if (r != repetition)
                {
                    writer?.Dispose();
                    writer = new StreamWriter(Path.Combine(folder, $"r{r:D5}.jsonl"));
                    repetition = r;
                    files++;
                }
                // A per-copy line makes every copy's content unique: identical copies would be stored once and
                // counted as duplicates, which would leave the database writes out of the measurement.
                var line = JsonSerializer.Serialize(new Dictionary<string, string>
                {
                    ["id"] = article.Id,
                    ["text"] = $"{article.Text}\n\nCopy {r} of the benchmark corpus.",
                });
                writer!.Write(line);
                writer.Write('\n');
            }
        }
        finally
        {
            writer?.Dispose();
        }
        return files;
    }
}
