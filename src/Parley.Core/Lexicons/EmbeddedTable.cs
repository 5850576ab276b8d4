using System.Reflection;

namespace Parley.Lexicons;

/// <summary>
/// Reads the tab-separated tables under <c>data/</c> that are embedded in this assembly
/// (resource name <c>Parley.Data.FILE.tsv</c>). The first line is a header; lines starting with
/// <c>#</c> and blank lines are skipped.
/// </summary>
public static class EmbeddedTable
{
    /// <summary>The rows of <paramref name="fileName"/> (e.g. <c>title_heads.tsv</c>), each split on tabs.</summary>
    public static IEnumerable<string[]> Rows(string fileName)
    {
        var assembly = typeof(EmbeddedTable).Assembly;
        using var stream = assembly.GetManifestResourceStream("Parley.Data." + fileName)
            ?? throw new InvalidOperationException($"The lexicon '{fileName}' is not embedded; is it in data/?");
        using var reader = new StreamReader(stream);
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (header) { header = false; continue; }
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }

    /// <summary>
    /// The first column of every row, lower-cased, as a set that ignores case when asked (so look-ups
    /// need not allocate a lower-cased copy of the word).
    /// </summary>
    public static HashSet<string> FirstColumnSet(string fileName) =>
        Rows(fileName).Select(r => r[0].Trim().ToLowerInvariant()).Where(s => s.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
}
